using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Regions.Contracts;

namespace Yincai.Modules;

public sealed class IndexModel(OfficeDirectory offices) : PageModel
{
    public IReadOnlyList<OfficeSummary> Offices { get; private set; } = [];

    public async Task OnGetAsync() => Offices = await offices.ListAsync(20, HttpContext.RequestAborted);
}
