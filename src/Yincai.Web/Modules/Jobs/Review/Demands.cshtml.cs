using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs.Review;

/// <summary>Project demands located in the officer's region (YincaiDb's filter), awaiting review by default.</summary>
public sealed class DemandsModel(YincaiDb db) : PageModel
{
    [BindProperty(SupportsGet = true)] public JobStatus Status { get; set; } = JobStatus.PendingReview;
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    public PagedList<ProjectDemand> Demands { get; private set; } = new([], 1, 1, 0);

    public async Task OnGetAsync() =>
        Demands = await db.ProjectDemands.AsNoTracking().Where(d => d.Status == Status && d.Status != JobStatus.Draft)
            .ToCappedPagedListAsync(q => q.OrderBy(d => d.CreatedAtUtc).ThenBy(d => d.Id), PageNumber, 30, HttpContext.RequestAborted);
}
