using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Complaints.Manage;

/// <summary>The complaints of the officer's region scope, newest first, or the overdue ones by deadline (GRD-14).</summary>
public sealed class IndexModel(ComplaintHandling handling, RegionDirectory regions) : PageModel
{
    [BindProperty(SupportsGet = true)] public ComplaintStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public ComplaintKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public bool Overdue { get; set; }
    [BindProperty(SupportsGet = true)] public string? Number { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public PagedList<Complaint> Complaints { get; private set; } = new([], 1, 1, 0);
    public IReadOnlyDictionary<string, string> RegionNames { get; private set; } = new Dictionary<string, string>();
    public DateOnly Today => handling.Today;

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Complaints = await handling.ListAsync(new ComplaintFilter(Status, Kind, Overdue, Number), PageNumber, ct);
        RegionNames = await regions.NamesAsync(Complaints.Items.Select(c => c.RegionCode).Distinct().ToList(), ct);
    }
}
