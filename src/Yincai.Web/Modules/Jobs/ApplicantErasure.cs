using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs;

/// <summary>Erases the name and résumé copied into a talent's job applications when the talent is erased.</summary>
public sealed class ApplicantErasure(YincaiDb db, TimeProvider clock) : IErasesTalentData
{
    public async Task EraseAsync(Guid talentId, Guid? userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // Every region's applications: the person's data goes wherever they applied, whoever carries out the erasure.
        foreach (var application in await db.JobApplications.IgnoreQueryFilters().Where(a => a.TalentId == talentId).ToListAsync(cancellationToken))
            application.EraseApplicant(now);
    }
}
