using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Matching.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Ambassadors;

/// <summary>AMB-12: ambassadors who want to come back to work in the province are matched to jobs first.</summary>
public sealed class ReturningAmbassadors(YincaiDb db) : IPriorityTalents
{
    public async Task<IReadOnlyList<PriorityTalent>> ListAsync(CancellationToken cancellationToken)
    {
        // Only ids leave here, whatever the caller's scope: Matching shows a talent only through its own scope and consent checks.
        var ids = await db.Ambassadors.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
            .Where(a => a.WantsToReturn && a.Status != AmbassadorStatus.Candidate).Select(a => a.TalentId).ToListAsync(cancellationToken);
        var reason = AmbassadorTexts.Get("Priority_Returning");
        return ids.Select(id => new PriorityTalent(id, reason)).ToList();
    }
}
