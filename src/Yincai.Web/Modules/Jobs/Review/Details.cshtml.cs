using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Shared;
using Yincai.Platform;

namespace Yincai.Modules.Jobs.Review;

/// <summary>The officer of the job's region publishes it (when its employer is verified) or sends it back.</summary>
public sealed class DetailsModel(YincaiDb db, JobPostings postings, CurrentUser current, IStringLocalizer<JobsResource> text,
    IStringLocalizer<SharedResource> shared) : PageModel
{
    public Job Job { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await db.FindInScopeAsync<Job>(id, HttpContext.RequestAborted, tracked: false) is not { } job) return NotFound();
        Job = job;
        return Page();
    }

    public Task<IActionResult> OnPostApproveAsync(Guid id, int version) =>
        ActAsync(id, version, job => postings.ApproveAsync(job, current.Id!.Value, HttpContext.RequestAborted), "Review_Approved");

    public Task<IActionResult> OnPostRejectAsync(Guid id, int version, string? reason) =>
        ActAsync(id, version, job => Task.FromResult(job.Reject(current.Id!.Value, reason ?? "")), "Review_Rejected");

    private async Task<IActionResult> ActAsync(Guid id, int version, Func<Job, Task<Result>> action, string doneKey)
    {
        if (await db.FindInScopeAsync<Job>(id, HttpContext.RequestAborted) is not { } job) return NotFound();
        db.Entry(job).Property(j => j.Version).OriginalValue = version;
        var result = await action(job);
        if (!result.IsError)
        {
            try
            {
                await db.SaveChangesAsync(HttpContext.RequestAborted);
                TempData["Status"] = text[doneKey].Value;
                return Redirect("/Jobs/Review/Details?id=" + id);
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError("", shared["ConcurrencyConflict"]);
            }
        }
        else
        {
            ModelState.AddModelError("", result.Error!.Message);
        }
        db.ChangeTracker.Clear();
        return await OnGetAsync(id);
    }
}
