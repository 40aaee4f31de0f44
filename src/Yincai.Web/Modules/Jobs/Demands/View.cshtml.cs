using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Regions.Contracts;

namespace Yincai.Modules.Jobs.Demands;

/// <summary>A published project demand, for anyone; drafts, demands under review and closed ones read as 404.</summary>
[AllowAnonymous]
public sealed class ViewModel(ProjectDemands demands, RegionDirectory regions, IndustryCatalog industries) : PageModel
{
    public ProjectDemand Demand { get; private set; } = null!;
    public string? RegionName { get; private set; }
    public string? IndustryName { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await demands.Open().FirstOrDefaultAsync(d => d.Id == id, HttpContext.RequestAborted) is not { } demand) return NotFound();
        Demand = demand;
        RegionName = (await regions.NamesAsync([demand.RegionCode], HttpContext.RequestAborted)).GetValueOrDefault(demand.RegionCode);
        IndustryName = industries.Find(demand.IndustryCode)?.Name;
        return Page();
    }
}
