using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs;

/// <summary>Public job search, no sign-in (ENT-02). Keywords match as substrings, so Chinese needs no word breaks.</summary>
[AllowAnonymous]
public sealed class IndexModel(JobPostings postings, RegionDirectory regions) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public JobType? Type { get; set; }
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }
    [BindProperty(SupportsGet = true)] public int? MinSalary { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    public PagedList<Job> Jobs { get; private set; } = new([], 1, 1, 0);
    public IReadOnlyDictionary<string, string> RegionNames { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync()
    {
        var query = postings.Open();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var term = Q.Trim();
            query = query.Where(j => j.Title.Contains(term) || j.Description.Contains(term) || j.EmployerName.Contains(term));
        }
        if (Type is { } type) query = query.Where(j => j.Type == type);
        if (RegionScope.IsRegionCode(Region)) { var prefix = RegionScope.PrefixOf(Region!); query = query.Where(j => j.RegionCode.StartsWith(prefix)); }
        if (MinSalary is { } min) query = query.Where(j => j.SalaryMaxYuan >= min);
        Jobs = await query.OrderByDescending(j => j.PublishedAtUtc).ToPagedListAsync(PageNumber, 20, HttpContext.RequestAborted);
        RegionNames = await regions.NamesAsync(Jobs.Items.Select(j => j.RegionCode).Distinct().ToList(), HttpContext.RequestAborted);
    }
}
