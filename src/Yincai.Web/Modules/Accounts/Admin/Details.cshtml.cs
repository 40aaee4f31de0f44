using Yincai.Modules.Accounts.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Accounts.Admin;

public sealed class DetailsModel(StaffAccounts accounts, YincaiDb db, RegionDirectory regions, CurrentUser current, TimeProvider clock,
    IStringLocalizer<AccountsResource> text) : PageModel
{
    public StaffAccountRow Account { get; private set; } = null!;
    public IReadOnlyList<(string Code, string Label)> RegionOptions { get; private set; } = [];
    [BindProperty] public ChangeInput Input { get; set; } = new();

    public sealed class ChangeInput
    {
        [System.ComponentModel.DataAnnotations.Display(Name = "Field_ScopeRegionCode")] public string ScopeRegionCode { get; set; } = "";
        [System.ComponentModel.DataAnnotations.Display(Name = "Field_Roles")] public List<string> Roles { get; set; } = [];
    }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        (Input.ScopeRegionCode, Input.Roles) = (Account.ScopeRegionCode ?? "", Account.Roles.ToList());
        return Page();
    }

    public Task<IActionResult> OnPostDisableAsync(Guid id) => ChangeAsync(id, disabled: true);

    public Task<IActionResult> OnPostEnableAsync(Guid id) => ChangeAsync(id, disabled: false);

    /// <summary>New roles and scope; on an admin account (or to make one) a request for another admin role to approve.</summary>
    public async Task<IActionResult> OnPostChangeAsync(Guid id)
    {
        var user = await accounts.FindVisibleAsync(id, HttpContext.RequestAborted);
        if (user is null) return NotFound();
        var result = await accounts.ChangeAsync(user, new StaffAccountChange(Input.Roles, Input.ScopeRegionCode), HttpContext.RequestAborted);
        if (result.IsError)
        {
            ModelState.AddModelError(result.Error!.Field is { } field ? "Input." + field : "", result.Error.Message);
            await LoadAsync(id);
            return Page();
        }
        return Done(user, result.Value!, "Admin_ChangedDone");
    }

    private async Task<IActionResult> ChangeAsync(Guid id, bool disabled)
    {
        var user = await accounts.FindVisibleAsync(id, HttpContext.RequestAborted);
        if (user is null) return NotFound();
        var result = await accounts.SetDisabledAsync(user, disabled, HttpContext.RequestAborted);
        if (result.IsError)
        {
            ModelState.AddModelError("", result.Error!.Message);
            await LoadAsync(id);
            (Input.ScopeRegionCode, Input.Roles) = (Account.ScopeRegionCode ?? "", Account.Roles.ToList());
            return Page();
        }
        return Done(user, result.Value!, disabled ? "Admin_DisabledDone" : "Admin_EnabledDone");
    }

    private RedirectResult Done(AppUser user, StaffAccountOutcome outcome, string doneKey)
    {
        if (outcome.AwaitsApproval)
        {
            TempData["Status"] = text["Approval_Requested", user.UserName!].Value;
            return Redirect("/Accounts/Approvals");
        }
        TempData["Status"] = text[doneKey].Value;
        return Redirect("/Accounts/Admin/Details?id=" + user.Id);
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var user = await accounts.FindVisibleAsync(id, HttpContext.RequestAborted);
        if (user is null) return false;
        var page = await StaffAccountRow.QueryAsync(accounts, db, regions, clock, user.UserName, null, 1, HttpContext.RequestAborted);
        Account = page.Items.First(r => r.Id == id);
        var within = await regions.WithinAsync(current.Scope, HttpContext.RequestAborted);
        RegionOptions = within.Select(r => (r.Code, (r.Level == RegionLevel.County ? "　" : "") + r.Name + " " + r.Code)).ToList();
        return true;
    }
}
