using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs.Demands;

/// <summary>Published project demands for anyone, no sign-in (ENT-02, RET-06): keyword, region and industry filters.</summary>
[AllowAnonymous]
public sealed class IndexModel(ProjectDemands demands, RegionDirectory regions, IndustryCatalog industries) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }
    [BindProperty(SupportsGet = true)] public string? Industry { get; set; }
    [BindProperty(SupportsGet = true)] public CooperationMode? Mode { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    public PagedList<ProjectDemand> Demands { get; private set; } = new([], 1, 1, 0);
    public IReadOnlyDictionary<string, string> RegionNames { get; private set; } = new Dictionary<string, string>();
    public RegionChoices RegionChoices { get; private set; } = new([], null, []);
    public IndustryCatalog Industries => industries;

    public async Task OnGetAsync()
    {
        var query = demands.Open();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var term = Q.Trim();
            query = query.Where(d => d.Title.Contains(term) || d.Description.Contains(term) || d.EmployerName.Contains(term));
        }
        if (RegionScope.IsRegionCode(Region)) { var prefix = RegionScope.PrefixOf(Region!); query = query.Where(d => d.RegionCode.StartsWith(prefix)); }
        if (industries.Find(Industry) is { Level: "division" } industry) query = query.Where(d => d.IndustryCode == industry.Code);
        if (Mode is { } mode) query = query.Where(d => d.Mode == mode);
        Demands = await query.ToCappedPagedListAsync(q => q.OrderByDescending(d => d.PublishedAtUtc).ThenByDescending(d => d.Id), PageNumber, 20,
            HttpContext.RequestAborted);
        RegionNames = await regions.NamesAsync(Demands.Items.Select(d => d.RegionCode).Distinct().ToList(), HttpContext.RequestAborted);
        RegionChoices = await regions.ChoicesAsync(null, RegionScope.IsRegionCode(Region) ? Region : null, HttpContext.RequestAborted);
    }
}
