using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Regions.Contracts;

namespace Yincai.Modules.Jobs.Projects;

/// <summary>A published talent's project, for anyone; the owner shows by masked name only.</summary>
[AllowAnonymous]
public sealed class ViewModel(TalentProjects projects, RegionDirectory regions, IndustryCatalog industries) : PageModel
{
    public TalentProject Project { get; private set; } = null!;
    public string? RegionName { get; private set; }
    public string? IndustryName { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await projects.Open().FirstOrDefaultAsync(p => p.Id == id, HttpContext.RequestAborted) is not { } project) return NotFound();
        Project = project;
        RegionName = (await regions.NamesAsync([project.RegionCode], HttpContext.RequestAborted)).GetValueOrDefault(project.RegionCode);
        IndustryName = industries.Find(project.IndustryCode)?.Name;
        return Page();
    }
}
