using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs.Own;

/// <summary>The employer's applicants for one job, each with the steps it may take next.</summary>
public sealed class ApplicantsModel(JobApplications applications, CurrentUser current) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid JobId { get; set; }
    public IReadOnlyList<JobApplication> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (current.Id is not { } userId) return Challenge();
        Items = await applications.OfEmployerJobAsync(userId, JobId, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid applicationId, ApplicationStatus status)
    {
        if (current.Id is not { } userId) return Challenge();
        var moved = await applications.MoveAsync(userId, applicationId, status, HttpContext.RequestAborted);
        if (moved.IsError)
        {
            ModelState.AddModelError("", moved.Error!.Message);
            return await OnGetAsync();
        }
        return Redirect("/Jobs/Own/Applicants?jobId=" + JobId);
    }
}
