using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Policies.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;
using Microsoft.AspNetCore.OutputCaching;
using Yincai.Platform.PageCache;

namespace Yincai.Modules.Policies;

/// <summary>The funds and subsidies the published notices name, for anyone: who may claim, what the notice gives.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class FundsModel(PolicyCatalog catalog, RegionDirectory regions) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }
    public SearchTerms Terms { get; private set; } = SearchTerms.None;
    public IReadOnlyList<PolicyFund> Funds { get; private set; } = [];
    public IReadOnlyDictionary<string, string> RegionNames { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyList<string> RegionCodes => catalog.RegionCodes;

    public PolicyDocument PolicyOf(PolicyFund fund) => catalog.Find(fund.PolicyId)!;

    public async Task OnGetAsync()
    {
        Terms = SearchTerms.Parse(Q);
        Funds = catalog.SearchFunds(Terms, Region).ToList();
        RegionNames = await regions.NamesAsync(catalog.RegionCodes, HttpContext.RequestAborted);
    }
}
