using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs.Review;

/// <summary>Jobs located in the officer's region (YincaiDb's filter), awaiting review by default.</summary>
public sealed class IndexModel(YincaiDb db, Complaints.Contracts.ComplaintRecord complaints) : PageModel
{
    [BindProperty(SupportsGet = true)] public JobStatus Status { get; set; } = JobStatus.PendingReview;
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    public PagedList<Job> Jobs { get; private set; } = new([], 1, 1, 0);

    /// <summary>Upheld complaints against the employers on the page (GRD-14), flagged beside their jobs.</summary>
    public IReadOnlyDictionary<Guid, int> Upheld { get; private set; } = new Dictionary<Guid, int>();

    public async Task OnGetAsync()
    {
        Jobs = await db.Jobs.AsNoTracking().Where(j => j.Status == Status && j.Status != JobStatus.Draft)
            .ToCappedPagedListAsync(q => q.OrderBy(j => j.CreatedAtUtc).ThenBy(j => j.Id), PageNumber, 30, HttpContext.RequestAborted);
        Upheld = await complaints.UpheldCountsAsync(Jobs.Items.Select(j => j.EmployerId).ToList(), HttpContext.RequestAborted);
    }
}
