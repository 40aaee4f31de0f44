using Microsoft.EntityFrameworkCore;
using Yincai.Platform;

namespace Yincai.Modules.Audit.Contracts;

/// <summary>
/// The per-person keys under which the audit trail keeps personal values (see <see cref="AuditAnnotations.Personal"/>).
/// </summary>
public sealed class DataSubjectKeys(YincaiDb db, TimeProvider clock)
{
    /// <summary>
    /// Destroys the key of <paramref name="subjectId"/> (a talent's or a user's id), in the caller's unit of work: once
    /// saved, the person's values in the audit trail can no longer be read, while every row and the hash chain stay as
    /// they are. Values written from now on (the erasure's own "before") are not recorded at all.
    /// </summary>
    public async Task ShredAsync(Guid subjectId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var key = db.DataSubjectKeys.Local.FirstOrDefault(k => k.SubjectId == subjectId)
            ?? await db.DataSubjectKeys.FirstOrDefaultAsync(k => k.SubjectId == subjectId, cancellationToken);
        if (key is null) db.DataSubjectKeys.Add(DataSubjectKey.Tombstone(subjectId, now));
        else key.Shred(now);
        db.SubjectKeys?.Forget(subjectId);
        db.Audit(new AuditRecord(AuditActions.PersonalDataErased, AuditOutcome.Success, db.Actor?.Id, db.Actor?.UserName,
            "DataSubject", subjectId.ToString(), IpAddress: db.Actor?.IpAddress));
    }
}
