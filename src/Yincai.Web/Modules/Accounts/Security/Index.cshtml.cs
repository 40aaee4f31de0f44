using Yincai.Modules.Accounts.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Accounts.Security;

/// <summary>The security admin's page: reset two-factor sign-in and unlock accounts; no account creation, no audit trail.</summary>
public sealed class IndexModel(StaffAccounts accounts, YincaiDb db, RegionDirectory regions, TimeProvider clock, IStringLocalizer<AccountsResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    public PagedList<StaffAccountRow> Accounts { get; private set; } = new([], 1, 1, 0);

    public async Task OnGetAsync() =>
        Accounts = await StaffAccountRow.QueryAsync(accounts, db, regions, clock, Q, null, PageNumber, HttpContext.RequestAborted);

    public Task<IActionResult> OnPostResetTwoFactorAsync(Guid id) => ActAsync(id, accounts.ResetTwoFactorAsync, "Security_ResetDone");

    public Task<IActionResult> OnPostUnlockAsync(Guid id) => ActAsync(id, accounts.UnlockAsync, "Security_UnlockDone");

    private async Task<IActionResult> ActAsync(Guid id, Func<AppUser, Task<Result>> action, string doneKey)
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
        TempData["Status"] = text[doneKey, user.UserName!].Value;
        return RedirectToPage();
    }
}
