using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Shared;
using Yincai.Platform;

namespace Yincai.Modules.Jobs.Review;

/// <summary>
/// The officer's review page of a posting of any kind: loaded within the officer's region (404 outside it, audited),
/// approved or sent back with a reason, guarded by the version the officer saw.
/// </summary>
public abstract class PostingReviewModel<T>(YincaiDb db, CurrentUser current, IStringLocalizer<JobsResource> text,
    IStringLocalizer<SharedResource> shared) : PageModel
    where T : Posting, IRegionScoped
{
    public T Item { get; private set; } = null!;

    /// <summary>Where the page lives, to come back to after a decision.</summary>
    protected abstract string PagePath { get; }

    protected Guid OfficerId => current.Id!.Value;

    /// <summary>Publishes the item, after whatever its kind needs checked.</summary>
    protected abstract Task<Result> ApproveAsync(T item, CancellationToken cancellationToken);

    /// <summary>Loads what the page shows besides the item itself (region name, catalog names).</summary>
    protected virtual Task DescribeAsync(T item, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await db.FindInScopeAsync<T>(id, HttpContext.RequestAborted, tracked: false) is not { } item) return NotFound();
        Item = item;
        await DescribeAsync(item, HttpContext.RequestAborted);
        return Page();
    }

    public Task<IActionResult> OnPostApproveAsync(Guid id, int version) =>
        ActAsync(id, version, item => ApproveAsync(item, HttpContext.RequestAborted), "Review_Approved");

    public Task<IActionResult> OnPostRejectAsync(Guid id, int version, string? reason) =>
        ActAsync(id, version, item => Task.FromResult(item.Reject(OfficerId, reason ?? "")), "Review_Rejected");

    private async Task<IActionResult> ActAsync(Guid id, int version, Func<T, Task<Result>> action, string doneKey)
    {
        if (await db.FindInScopeAsync<T>(id, HttpContext.RequestAborted) is not { } item) return NotFound();
        db.Entry(item).Property(i => i.Version).OriginalValue = version;
        var result = await action(item);
        if (!result.IsError)
        {
            try
            {
                await db.SaveChangesAsync(HttpContext.RequestAborted);
                TempData["Status"] = text[doneKey].Value;
                return Redirect(PagePath + "?id=" + id);
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
