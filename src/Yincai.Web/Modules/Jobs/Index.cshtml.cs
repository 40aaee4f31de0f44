using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs;

/// <summary>Public job search, no sign-in (ENT-02). Keywords match as substrings, so Chinese needs no word breaks.</summary>
[AllowAnonymous]
public sealed class IndexModel(JobPostings postings, RegionDirectory regions, IndustryCatalog industries, MajorCatalog majors) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public JobType? Type { get; set; }
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }
    [BindProperty(SupportsGet = true)] public string? Industry { get; set; }

    /// <summary>The searcher's own education: jobs that ask for no more than it.</summary>
    [BindProperty(SupportsGet = true)] public DegreeLevel? Degree { get; set; }

    [BindProperty(SupportsGet = true)] public int? MinSalary { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    public PagedList<Job> Jobs { get; private set; } = new([], 1, 1, 0);
    public IReadOnlyDictionary<string, string> RegionNames { get; private set; } = new Dictionary<string, string>();
    public RegionChoices RegionChoices { get; private set; } = new([], null, []);
    public IndustryCatalog Industries => industries;

    public string MajorName(string code) => majors.Find(code)?.Name ?? code;

    public async Task OnGetAsync()
    {
        var query = postings.Open();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var term = Q.Trim();
            query = query.Where(j => j.Title.Contains(term) || j.Description.Contains(term) || j.EmployerName.Contains(term)
                || j.Tags.Contains(term));
        }
        if (Type is { } type) query = query.Where(j => j.Type == type);
        if (RegionScope.IsRegionCode(Region)) { var prefix = RegionScope.PrefixOf(Region!); query = query.Where(j => j.RegionCode.StartsWith(prefix)); }
        if (industries.Find(Industry) is { Level: "division" } industry) query = query.Where(j => j.IndustryCode == industry.Code);
        if (Degree is { } degree) query = query.Where(j => j.MinDegree <= degree);
        if (MinSalary is { } min) query = query.Where(j => j.SalaryMaxYuan >= min);
        Jobs = await query.OrderByDescending(j => j.PublishedAtUtc).ToPagedListAsync(PageNumber, 20, HttpContext.RequestAborted);
        RegionNames = await regions.NamesAsync(Jobs.Items.Select(j => j.RegionCode).Distinct().ToList(), HttpContext.RequestAborted);
        RegionChoices = await regions.ChoicesAsync(null, RegionScope.IsRegionCode(Region) ? Region : null, HttpContext.RequestAborted);
    }
}
