using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Matching.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Ambassadors.Work;

/// <summary>Active ambassadors get the digest of <see cref="AmbassadorDigests"/> (AMB-09), with their referral links, instead of the
/// weekly talent digest.</summary>
public sealed class AmbassadorDigestReaders(YincaiDb db) : IOwnDigestReaders
{
    public async Task<IReadOnlyCollection<Guid>> AmongAsync(IReadOnlyCollection<Guid> talentIds, CancellationToken cancellationToken) =>
        talentIds.Count == 0 ? [] : await db.Ambassadors.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
            // Only ids leave here, whatever the caller's scope: the talent digest is the platform's, for every talent.
            .Where(a => talentIds.Contains(a.TalentId) && a.Status == AmbassadorStatus.Active).Select(a => a.TalentId).Distinct()
            .ToListAsync(cancellationToken);
}
