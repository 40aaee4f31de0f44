using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Stations.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;
using Microsoft.AspNetCore.OutputCaching;
using Yincai.Platform.PageCache;

namespace Yincai.Modules.Jobs;

/// <summary>A published job, for anyone. Drafts, jobs under review and closed jobs read as 404. A signed-in talent
/// applies here with one of their résumés.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPagePolicy.Name, Tags = [nameof(Job)])]
public sealed class ViewModel(JobPostings postings, JobApplications applications, TalentDirectory talents, RegionDirectory regions,
    IndustryCatalog industries, OccupationCatalog occupations, MajorCatalog majors, CurrentUser current, StationDirectory stations) : PageModel
{
    public Job Job { get; private set; } = null!;
    public string? RegionName { get; private set; }
    public string? IndustryName { get; private set; }
    public string? OccupationName { get; private set; }
    public IReadOnlyList<string> MajorNames { get; private set; } = [];
    public bool Applied { get; private set; }

    /// <summary>The signed-in talent's résumés to choose from; empty for everyone else.</summary>
    public IReadOnlyList<ResumeSummary> Resumes { get; private set; } = [];

    [BindProperty] public Guid? ResumeId { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await postings.Open().FirstOrDefaultAsync(j => j.Id == id, HttpContext.RequestAborted) is not { } job) return NotFound();
        Job = job;
        RegionName = (await regions.NamesAsync([job.RegionCode], HttpContext.RequestAborted)).GetValueOrDefault(job.RegionCode);
        IndustryName = industries.Find(job.IndustryCode)?.Name;
        OccupationName = occupations.Find(job.OccupationCode)?.Name;
        MajorNames = job.MajorCodes.Select(c => majors.Find(c)?.Name ?? c).ToList();
        if (current.Id is { } userId)
        {
            Applied = await applications.HasAppliedAsync(userId, id, HttpContext.RequestAborted);
            if (!Applied && User.IsInRole(Roles.Talent) && await talents.OfUserAsync(userId, HttpContext.RequestAborted) is { } talent)
                Resumes = await talents.ResumesAsync(talent.Id, HttpContext.RequestAborted);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(Guid id)
    {
        if (current.Id is null) return Challenge();
        if (!User.IsInRole(Roles.Talent)) return Forbid();
        // A station that referred the talent to this job makes the application (and the hire) its own (STN-10).
        var referrer = await stations.ReferrerAsync(current.Id!.Value, id, HttpContext.RequestAborted);
        var result = await applications.ApplyAsync(current.Id!.Value, id, ResumeId, referrer, HttpContext.RequestAborted);
        if (result.IsError) ModelState.AddModelError("", result.Error!.Message);
        return await OnGetAsync(id);
    }
}
