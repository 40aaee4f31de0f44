using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Regions.Contracts;

namespace Yincai.Modules.Complaints.Manage;

/// <summary>A year's complaints in the officer's scope by kind, region and month: what comes in, how it ends, what is late.</summary>
public sealed class StatisticsModel(ComplaintStatistics statistics, ComplaintHandling handling, RegionDirectory regions) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public ComplaintStatisticsReport Report { get; private set; } = null!;
    public IReadOnlyDictionary<string, string> RegionNames { get; private set; } = new Dictionary<string, string>();
    public int ThisYear => handling.Today.Year;

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var year = Year is { } y && y >= 2020 && y <= ThisYear ? y : ThisYear;
        Report = await statistics.YearAsync(year, ct);
        RegionNames = await regions.FullNamesAsync(Report.ByRegion.Select(r => r.Key).ToList(), ct);
    }
}
