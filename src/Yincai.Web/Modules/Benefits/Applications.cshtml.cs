using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Benefits.Claims;
using Yincai.Platform;

namespace Yincai.Modules.Benefits;

/// <summary>The officers' queue of claims in their region (ENT-05): submitted first, oldest first, each opening the claim to approve
/// or reject; the decided ones by status, newest first.</summary>
public sealed class ApplicationsModel(YincaiDb db) : PageModel
{
    [BindProperty(SupportsGet = true)] public ApplicationStatus Status { get; set; } = ApplicationStatus.Submitted;
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public PagedList<BenefitApplication> Claims { get; private set; } = new([], 1, 1, 0);

    public async Task OnGetAsync()
    {
        if (!Enum.IsDefined(Status)) Status = ApplicationStatus.Submitted;
        var status = Status;
        // The (RegionCode, Status, AppliedAtUtc) index serves the scope, the status and the order.
        Claims = await db.BenefitApplications.AsNoTracking().Where(a => a.Status == status).ToCappedPagedListAsync(
            q => status == ApplicationStatus.Submitted ? q.OrderBy(a => a.AppliedAtUtc).ThenBy(a => a.Id) : q.OrderByDescending(a => a.AppliedAtUtc).ThenBy(a => a.Id),
            PageNumber, 30, HttpContext.RequestAborted);
    }
}
