using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yincai.Platform;

namespace Yincai.Modules.Regions.Offices;

/// <summary>The offices in the officer's scope (the region filter in YincaiDb does the scoping).</summary>
public sealed class IndexModel(YincaiDb db) : PageModel
{
    public sealed record Row(Guid Id, string RegionName, string Name, string Address, string Phone, string OpeningHours);

    public IReadOnlyList<Row> Offices { get; private set; } = [];

    public async Task OnGetAsync() =>
        Offices = await (from o in db.Offices.AsNoTracking()
                         join r in db.Regions on o.RegionCode equals r.Code
                         orderby o.RegionCode, o.Name
                         select new Row(o.Id, r.Name, o.Name, o.Address, o.Phone, o.OpeningHours))
            .ToListAsync(HttpContext.RequestAborted);
}
