using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs.Projects;

/// <summary>Published talents' projects for anyone, no sign-in (RET-08 roadshows), by the landing region; the owner
/// shows by masked name only.</summary>
[AllowAnonymous]
public sealed class IndexModel(TalentProjects projects, RegionDirectory regions, IndustryCatalog industries) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }
    [BindProperty(SupportsGet = true)] public string? Industry { get; set; }
    [BindProperty(SupportsGet = true)] public ProjectStage? Stage { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    public PagedList<TalentProject> Projects { get; private set; } = new([], 1, 1, 0);
    public IReadOnlyDictionary<string, string> RegionNames { get; private set; } = new Dictionary<string, string>();
    public RegionChoices RegionChoices { get; private set; } = new([], null, []);
    public IndustryCatalog Industries => industries;

    public async Task OnGetAsync()
    {
        var query = projects.Open();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var term = Q.Trim();
            query = query.Where(p => p.Title.Contains(term) || p.Summary.Contains(term));
        }
        if (RegionScope.IsRegionCode(Region)) { var prefix = RegionScope.PrefixOf(Region!); query = query.Where(p => p.RegionCode.StartsWith(prefix)); }
        if (industries.Find(Industry) is { Level: "division" } industry) query = query.Where(p => p.IndustryCode == industry.Code);
        if (Stage is { } stage) query = query.Where(p => p.Stage == stage);
        Projects = await query.ToCappedPagedListAsync(q => q.OrderByDescending(p => p.PublishedAtUtc).ThenByDescending(p => p.Id), PageNumber, 20,
            HttpContext.RequestAborted);
        RegionNames = await regions.NamesAsync(Projects.Items.Select(p => p.RegionCode).Distinct().ToList(), HttpContext.RequestAborted);
        RegionChoices = await regions.ChoicesAsync(null, RegionScope.IsRegionCode(Region) ? Region : null, HttpContext.RequestAborted);
    }
}
