using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Policies.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;
using Microsoft.AspNetCore.OutputCaching;
using Yincai.Platform.PageCache;

namespace Yincai.Modules.Policies;

/// <summary>One policy's full text for anyone, each paragraph with an anchor (the six finds link to them), and its funds.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class ViewModel(PolicyCatalog catalog, RegionDirectory regions) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    public PolicyDocument Policy { get; private set; } = null!;
    public IReadOnlyList<PolicyFund> Funds { get; private set; } = [];
    public SearchTerms Terms { get; private set; } = SearchTerms.None;
    public string RegionName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string? id)
    {
        if (catalog.Find(id) is not { } policy) return NotFound();
        Policy = policy;
        Funds = catalog.FundsOf(policy.Id).ToList();
        Terms = SearchTerms.Parse(Q);
        RegionName = (await regions.NamesAsync([policy.RegionCode], HttpContext.RequestAborted)).GetValueOrDefault(policy.RegionCode, policy.RegionCode);
        return Page();
    }
}
