using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Ambassadors;

/// <summary>AMB-05: every city of the scope with its serving ambassadors against the quota; shortfalls first.</summary>
public sealed class QuotaModel(YincaiDb db, RegionDirectory regions, AmbassadorRegistry registry, CurrentUser current) : PageModel
{
    public sealed record CityCount(string Code, string Name, int Active, int Candidates, int Quota)
    {
        public int Shortfall => Math.Max(0, Quota - Active);
    }

    public IReadOnlyList<CityCount> Cities { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var cities = (await regions.WithinAsync(current.Scope, ct)).Where(r => r.Level == RegionLevel.Prefecture).ToList();
        var counts = await db.Ambassadors.AsNoTracking().Where(a => a.Status == AmbassadorStatus.Active || a.Status == AmbassadorStatus.Candidate)
            .GroupBy(a => new { a.RegionCode, a.Status }).Select(g => new { g.Key.RegionCode, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        int Count(string code, AmbassadorStatus status) => counts.Where(c => c.RegionCode == code && c.Status == status).Sum(c => c.Count);
        Cities = cities.Select(c => new CityCount(c.Code, c.Name, Count(c.Code, AmbassadorStatus.Active), Count(c.Code, AmbassadorStatus.Candidate), registry.Quota))
            .OrderByDescending(c => c.Shortfall).ThenBy(c => c.Code).ToList();
    }
}
