using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Policies.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;
using Microsoft.AspNetCore.OutputCaching;
using Yincai.Platform.PageCache;

namespace Yincai.Modules.Policies;

/// <summary>The published policies for anyone, no sign-in: by region (a city also gets its province's) and keyword.</summary>
[AllowAnonymous]
// Policies ship with the app: nothing to evict them but a new version (and the age limit, for region names).
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class IndexModel(PolicyCatalog catalog, RegionDirectory regions) : PageModel
{
    public sealed record Row(PolicyDocument Policy, PolicyParagraph? FirstMatch, int FundCount);

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }
    public SearchTerms Terms { get; private set; } = SearchTerms.None;
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyDictionary<string, string> RegionNames { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyList<string> RegionCodes => catalog.RegionCodes;

    public async Task OnGetAsync()
    {
        Terms = SearchTerms.Parse(Q);
        Rows = catalog.Search(Terms, Region)
            .Select(p => new Row(p, Terms.IsEmpty ? null : p.Paragraphs.FirstOrDefault(x => Terms.AllOccurIn(x.SearchText)),
                catalog.FundsOf(p.Id).Count()))
            .ToList();
        RegionNames = await regions.NamesAsync(catalog.RegionCodes, HttpContext.RequestAborted);
    }
}
