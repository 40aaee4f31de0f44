using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Regions;
using Yincai.Platform;

namespace Yincai.Modules;

public sealed class IndexModel(YincaiDb db) : PageModel
{
    public IReadOnlyList<OfficeSummary> Offices { get; private set; } = [];

    public async Task OnGetAsync() =>
        Offices = await db.Offices.AsNoTracking().OrderBy(o => o.RegionCode).Take(20)
            .Select(o => new OfficeSummary(o.Id, o.RegionCode, o.Name, o.Address, o.Phone, o.OpeningHours, o.Version))
            .ToListAsync(HttpContext.RequestAborted);
}
