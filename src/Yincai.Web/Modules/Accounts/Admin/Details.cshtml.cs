using Yincai.Modules.Accounts.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Accounts.Admin;

public sealed class DetailsModel(StaffAccounts accounts, YincaiDb db, RegionDirectory regions, TimeProvider clock, IStringLocalizer<AccountsResource> text) : PageModel
{
    public StaffAccountRow Account { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostDisableAsync(Guid id) => ChangeAsync(id, disabled: true);

    public Task<IActionResult> OnPostEnableAsync(Guid id) => ChangeAsync(id, disabled: false);

    private async Task<IActionResult> ChangeAsync(Guid id, bool disabled)
    {
        var user = await accounts.FindVisibleAsync(id, HttpContext.RequestAborted);
        if (user is null) return NotFound();
        var result = await accounts.SetDisabledAsync(user, disabled, HttpContext.RequestAborted);
        if (result.IsError)
        {
            ModelState.AddModelError("", result.Error!.Message);
            await LoadAsync(id);
            return Page();
        }
        if (result.Value!.AwaitsApproval)
        {
            TempData["Status"] = text["Approval_Requested", user.UserName!].Value;
            return Redirect("/Accounts/Approvals");
        }
        TempData["Status"] = text[disabled ? "Admin_DisabledDone" : "Admin_EnabledDone"].Value;
        return Redirect("/Accounts/Admin/Details?id=" + id);
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var user = await accounts.FindVisibleAsync(id, HttpContext.RequestAborted);
        if (user is null) return false;
        var page = await StaffAccountRow.QueryAsync(accounts, db, regions, clock, user.UserName, null, 1, HttpContext.RequestAborted);
        Account = page.Items.First(r => r.Id == id);
        return true;
    }
}
