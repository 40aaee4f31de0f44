using Microsoft.EntityFrameworkCore;
using Yincai.Platform;

namespace Yincai.Modules.Ambassadors.Contracts;

/// <summary>A city's serving ambassadors (AMB-05) and its candidates.</summary>
public sealed record CityAmbassadors(string CityCode, int Active, int Candidates);

/// <summary>What the reports ask of the ambassadors: the serving count of each city of the viewer's scope against the quota (AMB-05),
/// counted as the quota page and the ambassadors' list count them, and the list that shows each count.</summary>
public sealed class AmbassadorCounts(YincaiDb db, AmbassadorRegistry registry)
{
    public int QuotaPerCity => registry.Quota;

    public async Task<List<CityAmbassadors>> ByCityAsync(CancellationToken cancellationToken)
    {
        var counts = await db.Ambassadors.AsNoTracking().Where(a => a.Status == AmbassadorStatus.Active || a.Status == AmbassadorStatus.Candidate)
            .GroupBy(a => new { a.RegionCode, a.Status }).Select(g => new { g.Key.RegionCode, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return counts.GroupBy(c => c.RegionCode).Select(g => new CityAmbassadors(g.Key,
                g.Where(c => c.Status == AmbassadorStatus.Active).Sum(c => c.Count), g.Where(c => c.Status == AmbassadorStatus.Candidate).Sum(c => c.Count)))
            .OrderBy(c => c.CityCode, StringComparer.Ordinal).ToList();
    }

    /// <summary>The serving ambassadors of a region (a city's code, or a province's two digits) on the ambassadors' list.</summary>
    public static string ActiveLink(string regionPrefix) => $"/Ambassadors?status={AmbassadorStatus.Active}&region={regionPrefix}";
}
