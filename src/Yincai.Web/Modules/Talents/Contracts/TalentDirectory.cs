using Microsoft.EntityFrameworkCore;
using Yincai.Platform;

namespace Yincai.Modules.Talents.Contracts;

/// <summary>Talents for other modules: look-ups, and the employment change a hire makes.</summary>
public sealed class TalentDirectory(YincaiDb db)
{
    public Task<TalentCard?> OfUserAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Talents.AsNoTracking().Where(t => t.UserId == userId)
            .Select(t => new TalentCard(t.Id, t.UserId, t.FullName, t.RegionCode)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Records a hire, and the step in the employment history, in the caller's unit of work (saved with the
    /// caller's SaveChanges).</summary>
    public async Task RecordHiredAsync(Guid talentId, string employerName, DateTime nowUtc, CancellationToken cancellationToken)
    {
        // The hiring employer is not the talent's officer: the hire is recorded whatever the caller's region scope.
        var talent = await db.Talents.IgnoreQueryFilters([YincaiDb.RegionFilter]).FirstAsync(t => t.Id == talentId, cancellationToken);
        talent.RecordEmployment(EmploymentStatus.Employed, employerName, nowUtc);
        db.EmploymentChanges.Add(new EmploymentChange(talentId, EmploymentStatus.Employed, employerName, EmploymentSource.Hire, nowUtc));
    }
}
