using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs;

/// <summary>A published job, for anyone. Drafts, jobs under review and closed jobs read as 404.</summary>
[AllowAnonymous]
public sealed class ViewModel(JobPostings postings, JobApplications applications, RegionDirectory regions, CurrentUser current) : PageModel
{
    public Job Job { get; private set; } = null!;
    public string? RegionName { get; private set; }
    public bool Applied { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await postings.Open().FirstOrDefaultAsync(j => j.Id == id, HttpContext.RequestAborted) is not { } job) return NotFound();
        Job = job;
        RegionName = (await regions.NamesAsync([job.RegionCode], HttpContext.RequestAborted)).GetValueOrDefault(job.RegionCode);
        if (current.Id is { } userId)
            Applied = await applications.HasAppliedAsync(userId, id, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(Guid id)
    {
        if (current.Id is null) return Challenge();
        if (!User.IsInRole(Yincai.Modules.Accounts.Contracts.Roles.Talent)) return Forbid();
        var result = await applications.ApplyAsync(current.Id!.Value, id, null, HttpContext.RequestAborted);
        if (result.IsError) ModelState.AddModelError("", result.Error!.Message);
        return await OnGetAsync(id);
    }
}
