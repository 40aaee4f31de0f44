using Yincai.Platform;

namespace Yincai.Modules.Audit.Contracts;

/// <summary>
/// Records that someone saw a protected value in clear (ID number, mobile, disadvantaged-group flags):
/// who, which record, which fields and why. Call it before the value is shown; the view and the audit row
/// go together or not at all.
/// </summary>
public sealed class SensitiveDataViews(YincaiDb db, CurrentUser current)
{
    public async Task RecordAsync(string entityType, string entityId, IReadOnlyList<string> fields, string purpose,
        string? regionCode, CancellationToken cancellationToken)
    {
        db.Audit(new AuditRecord(AuditActions.SensitiveView, AuditOutcome.Success, current.Id, current.UserName,
            entityType, entityId, regionCode, After: AuditJson.Serialize(new { fields, purpose }), IpAddress: current.IpAddress));
        await db.SaveChangesAsync(cancellationToken);
    }
}
