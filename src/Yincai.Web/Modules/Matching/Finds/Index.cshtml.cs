using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Stations.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;
using Yincai.Platform.PageCache;

namespace Yincai.Modules.Matching.Finds;

/// <summary>
/// One search box for the six finds (STN-12), no sign-in needed: up to five hits per kind with the count and a link to
/// that kind's own list. With <c>kind</c>, one kind alone, for kinds without a public list of their own.
/// </summary>
[AllowAnonymous]
// For nobody in particular only (the policy's rule): an anonymous visitor sees how many talents, never who; policies and
// funds ship with the app.
[OutputCache(PolicyName = PublicPagePolicy.Name, Tags = [MatchablePostings.JobKind, MatchablePostings.DemandKind, MatchablePostings.ProjectKind,
    MatchableTalents.Kind, OfficeDirectory.Kind, StationDirectory.Kind])]
public sealed class IndexModel(SixFindsSearch search) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public SixFindsKind? Kind { get; set; }
    public SearchTerms Terms { get; private set; } = SearchTerms.None;
    public IReadOnlyList<SixFindsGroup> Groups { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Terms = SearchTerms.Parse(Q);
        if (Kind is { } kind && !Enum.IsDefined(kind)) Kind = null;
        Groups = await search.SearchAsync(Terms, Kind, HttpContext.RequestAborted);
    }

    public string KindPage(SixFindsKind kind) => $"/Finds?q={Uri.EscapeDataString(Terms.Text)}&kind={kind}";

    public string LoginUrl => "/Accounts/Login?ReturnUrl=" + Uri.EscapeDataString($"/Finds?q={Terms.Text}");
}
