using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Regions.Contracts;

namespace Yincai.Modules.Jobs;

/// <summary>A published job, for anyone. Drafts, jobs under review and closed jobs read as 404.</summary>
[AllowAnonymous]
public sealed class ViewModel(JobPostings postings, RegionDirectory regions) : PageModel
{
    public Job Job { get; private set; } = null!;
    public string? RegionName { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await postings.Open().FirstOrDefaultAsync(j => j.Id == id, HttpContext.RequestAborted) is not { } job) return NotFound();
        Job = job;
        RegionName = (await regions.NamesAsync([job.RegionCode], HttpContext.RequestAborted)).GetValueOrDefault(job.RegionCode);
        return Page();
    }
}
