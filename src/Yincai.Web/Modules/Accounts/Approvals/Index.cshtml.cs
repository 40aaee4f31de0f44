using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Yincai.Modules.Accounts.Approvals;

/// <summary>The three admins' page of requests on admin accounts: each sees them all (within scope) and decides those
/// the rules let them decide; nobody decides their own request or one about their own account.</summary>
public sealed class IndexModel(AdminApprovals approvals, IStringLocalizer<AccountsResource> text) : PageModel
{
    public IReadOnlyList<(AdminApproval Approval, bool CanDecide)> Pending { get; private set; } = [];
    public IReadOnlyList<AdminApproval> Decided { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var pending = await approvals.Pending().OrderBy(a => a.RequestedAtUtc).Take(100).ToListAsync(HttpContext.RequestAborted);
        Pending = pending.Select(a => (a, approvals.CanDecide(a))).ToList();
        Decided = await approvals.Visible().Where(a => a.Status != AdminApprovalStatus.Pending)
            .OrderByDescending(a => a.DecidedAtUtc).Take(20).ToListAsync(HttpContext.RequestAborted);
    }

    public Task<IActionResult> OnPostApproveAsync(Guid id) => DecideAsync(id, approve: true);

    public Task<IActionResult> OnPostRefuseAsync(Guid id) => DecideAsync(id, approve: false);

    private async Task<IActionResult> DecideAsync(Guid id, bool approve)
    {
        var result = await approvals.DecideAsync(id, approve, HttpContext.RequestAborted);
        if (result.IsError)
        {
            ModelState.AddModelError("", result.Error!.Message);
            await OnGetAsync();
            return Page();
        }
        TempData["Status"] = text[approve ? "Approvals_ApprovedDone" : "Approvals_RefusedDone"].Value;
        return RedirectToPage();
    }
}
