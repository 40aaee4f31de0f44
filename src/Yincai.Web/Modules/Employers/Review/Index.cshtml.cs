using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Employers.Review;

/// <summary>The employers of the officer's region (scoped by YincaiDb), to verify and to follow as key contacts.</summary>
public sealed class IndexModel(YincaiDb db, RegionDirectory regions, IndustryCatalog industries) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public EmployerStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public bool? KeyContact { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    public PagedList<EmployerSummary> Employers { get; private set; } = new([], 1, 1, 0);
    public IReadOnlyDictionary<string, string> RegionNames { get; private set; } = new Dictionary<string, string>();
    public IndustryCatalog Industries => industries;

    public async Task OnGetAsync()
    {
        Employers = await EmployerQueries.Filter(db.Employers.AsNoTracking(), Status, KeyContact, Q)
            .ToCappedPagedListAsync(q => q.OrderBy(e => e.Status).ThenBy(e => e.RegionCode).ThenBy(e => e.Name).Select(EmployerQueries.Summary),
                PageNumber, 30, HttpContext.RequestAborted);
        RegionNames = await regions.NamesAsync(Employers.Items.Select(e => e.RegionCode).Distinct().ToList(), HttpContext.RequestAborted);
    }
}
