using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs.Review;

/// <summary>Talents' projects that want to land in the officer's region (YincaiDb's filter), awaiting review by default.</summary>
public sealed class ProjectsModel(YincaiDb db) : PageModel
{
    [BindProperty(SupportsGet = true)] public JobStatus Status { get; set; } = JobStatus.PendingReview;
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    public PagedList<TalentProject> Projects { get; private set; } = new([], 1, 1, 0);

    public async Task OnGetAsync() =>
        Projects = await db.TalentProjects.AsNoTracking().Where(p => p.Status == Status && p.Status != JobStatus.Draft)
            .ToCappedPagedListAsync(q => q.OrderBy(p => p.CreatedAtUtc).ThenBy(p => p.Id), PageNumber, 30, HttpContext.RequestAborted);
}
