using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Regions.Contracts;
using Microsoft.AspNetCore.OutputCaching;
using Yincai.Platform.PageCache;

namespace Yincai.Modules;

/// <summary>The home page: public, like the job search and the finds it leads to.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPagePolicy.Name, Tags = [OfficeDirectory.Kind])]
public sealed class IndexModel(OfficeDirectory offices) : PageModel
{
    public IReadOnlyList<OfficeSummary> Offices { get; private set; } = [];

    public async Task OnGetAsync() => Offices = await offices.ListAsync(20, HttpContext.RequestAborted);
}
