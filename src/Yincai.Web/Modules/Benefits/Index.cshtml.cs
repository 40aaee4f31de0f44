using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Policies.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Benefits;

/// <summary>The public list of benefits (ENT-05): what can be claimed where, by whom, how often, under which notice (its
/// paragraph one click away), the conditions in words and the amount, as in force today.</summary>
[AllowAnonymous]
public sealed class IndexModel(BenefitCatalog catalog, PolicyCatalog policies, RegionDirectory regions, ChinaClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }

    public IReadOnlyList<(Benefit Benefit, BenefitRules Rules)> Benefits { get; private set; } = [];
    public IReadOnlyDictionary<string, string> RegionNames { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyList<RegionSummary> Cities { get; private set; } = [];

    public PolicyFund? FundOf(Benefit benefit) => policies.Funds.FirstOrDefault(f => f.Id == benefit.FundId);

    public PolicyDocument? PolicyOf(PolicyFund fund) => policies.Find(fund.PolicyId);

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Benefits = await catalog.InForceAsync(clock.Today, Region, ct);
        RegionNames = await regions.FullNamesAsync(Benefits.Select(b => b.Benefit.RegionCode).Distinct().ToList(), ct);
        Cities = (await regions.ChoicesAsync("370000", null, ct)).Regions.Where(r => r.Level == RegionLevel.Prefecture).ToList();
    }
}
