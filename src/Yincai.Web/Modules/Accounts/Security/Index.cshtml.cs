using Yincai.Modules.Accounts.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Accounts.Activation;
using Yincai.Modules.Accounts.Approvals;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Accounts.Security;

/// <summary>The security admin's page: activation links for new accounts, reset two-factor sign-in, unlock, and the
/// request to disable or enable an admin of another role; no account creation, no audit trail.</summary>
public sealed class IndexModel(StaffAccounts accounts, StaffActivations activations, AdminApprovals approvals, YincaiDb db,
    RegionDirectory regions, TimeProvider clock, IStringLocalizer<AccountsResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    public PagedList<StaffAccountRow> Accounts { get; private set; } = new([], 1, 1, 0);
    public int PendingApprovals { get; private set; }

    /// <summary>A link just issued, shown in this answer only (never stored, never in TempData).</summary>
    public IssuedActivation? Issued { get; private set; }
    public string? IssuedFor { get; private set; }

    public async Task OnGetAsync()
    {
        Accounts = await StaffAccountRow.QueryAsync(accounts, db, regions, clock, Q, null, PageNumber, HttpContext.RequestAborted);
        PendingApprovals = await NavigationMenu.CappedCountAsync(approvals.Pending(), HttpContext.RequestAborted);
    }

    public Task<IActionResult> OnPostResetTwoFactorAsync(Guid id) =>
        ActAsync(id, user => accounts.ResetTwoFactorAsync(user, HttpContext.RequestAborted), "Security_ResetDone");

    public Task<IActionResult> OnPostDisableAsync(Guid id) =>
        ActAsync(id, user => accounts.SetDisabledAsync(user, true, HttpContext.RequestAborted), "Admin_DisabledDone");

    public Task<IActionResult> OnPostEnableAsync(Guid id) =>
        ActAsync(id, user => accounts.SetDisabledAsync(user, false, HttpContext.RequestAborted), "Admin_EnabledDone");

    public async Task<IActionResult> OnPostUnlockAsync(Guid id)
    {
        var user = await accounts.FindVisibleAsync(id, HttpContext.RequestAborted);
        if (user is null) return NotFound();
        await accounts.UnlockAsync(user, HttpContext.RequestAborted);
        TempData["Status"] = text["Security_UnlockDone", user.UserName!].Value;
        return RedirectToPage();
    }

    /// <summary>Issues the activation link and shows it once, on this answer: the security admin hands it to the person.</summary>
    public async Task<IActionResult> OnPostActivationAsync(Guid id)
    {
        var user = await accounts.FindVisibleAsync(id, HttpContext.RequestAborted);
        if (user is null) return NotFound();
        var result = await activations.IssueAsync(user, HttpContext.RequestAborted);
        if (result.IsError) ModelState.AddModelError("", result.Error!.Message);
        else
        {
            Issued = result.Value! with { Link = activations.Link(result.Value!.Token, $"{Request.Scheme}://{Request.Host}") };
            IssuedFor = user.UserName;
        }
        // The link is a secret: keep this answer out of caches and out of the Referer of links on the page.
        Response.Headers.CacheControl = "no-store";
        Response.Headers["Referrer-Policy"] = "no-referrer";
        await OnGetAsync();
        return Page();
    }

    private async Task<IActionResult> ActAsync(Guid id, Func<AppUser, Task<Result<StaffAccountOutcome>>> action, string doneKey)
    {
        var user = await accounts.FindVisibleAsync(id, HttpContext.RequestAborted);
        if (user is null) return NotFound();
        var result = await action(user);
        if (result.IsError)
        {
            ModelState.AddModelError("", result.Error!.Message);
            await OnGetAsync();
            return Page();
        }
        if (result.Value!.AwaitsApproval)
        {
            TempData["Status"] = text["Approval_Requested", user.UserName!].Value;
            return Redirect("/Accounts/Approvals");
        }
        TempData["Status"] = text[doneKey, user.UserName!].Value;
        return RedirectToPage();
    }
}
