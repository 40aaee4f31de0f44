using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs.Review;

/// <summary>Talent allocations (人才资源配置) of the officer's region: hires through the platform by region of the job.</summary>
public sealed class AllocationsModel(JobApplications applications, RegionDirectory regions, ChinaClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    public IReadOnlyList<AllocationCount> Counts { get; private set; } = [];
    public IReadOnlyDictionary<string, string> RegionNames { get; private set; } = new Dictionary<string, string>();
    public int ThisYear { get; private set; }

    public async Task OnGetAsync()
    {
        ThisYear = clock.Today.Year;
        Counts = await applications.AllocationsAsync(Year, HttpContext.RequestAborted);
        RegionNames = await regions.NamesAsync(Counts.Select(c => c.RegionCode).ToList(), HttpContext.RequestAborted);
    }
}
