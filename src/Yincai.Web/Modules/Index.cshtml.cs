using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Regions.Contracts;

namespace Yincai.Modules;

/// <summary>The home page: public, like the job search and the finds it leads to.</summary>
[AllowAnonymous]
public sealed class IndexModel(OfficeDirectory offices) : PageModel
{
    public IReadOnlyList<OfficeSummary> Offices { get; private set; } = [];

    public async Task OnGetAsync() => Offices = await offices.ListAsync(20, HttpContext.RequestAborted);
}
