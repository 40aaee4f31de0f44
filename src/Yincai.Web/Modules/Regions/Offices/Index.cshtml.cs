using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yincai.Platform;

namespace Yincai.Modules.Regions.Offices;

/// <summary>The offices in the officer's scope (the region filter in YincaiDb does the scoping).</summary>
public sealed class IndexModel(YincaiDb db) : PageModel
{
    public IReadOnlyList<OfficeListing> Offices { get; private set; } = [];

    public async Task OnGetAsync() =>
        Offices = await OfficeListing.Query(db.Offices.AsNoTracking(), db, SearchTerms.None).ToListAsync(HttpContext.RequestAborted);
}
