using Yincai.Modules.Accounts.Contracts;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Accounts.Admin;

public sealed class CreateModel(StaffAccounts accounts, RegionDirectory regions, CurrentUser current, IStringLocalizer<AccountsResource> text) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    public IReadOnlyList<(string Code, string Label)> RegionOptions { get; private set; } = [];

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Required"), StringLength(64, MinimumLength = 3, ErrorMessage = "StringLength"), Display(Name = "Field_StaffUserName")]
        public string UserName { get; set; } = "";
        [Required(ErrorMessage = "Required"), StringLength(50, MinimumLength = 2, ErrorMessage = "StringLength"), Display(Name = "Field_DisplayName")]
        public string DisplayName { get; set; } = "";
        [EmailAddress(ErrorMessage = "EmailAddress"), Display(Name = "Field_Email")] public string? Email { get; set; }
        [Required(ErrorMessage = "Required"), Display(Name = "Field_ScopeRegionCode")] public string ScopeRegionCode { get; set; } = "";
        [Display(Name = "Field_Roles")] public List<string> Roles { get; set; } = [];
    }

    public async Task OnGetAsync() => await LoadRegionsAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadRegionsAsync();
            return Page();
        }
        var result = await accounts.CreateAsync(new NewStaffAccount(Input.UserName, Input.DisplayName, Input.Email,
            Input.ScopeRegionCode, Input.Roles), HttpContext.RequestAborted);
        if (result.IsError)
        {
            ModelState.AddModelError("Input." + (result.Error!.Field ?? ""), result.Error.Message);
            await LoadRegionsAsync();
            return Page();
        }
        if (result.Value!.AwaitsApproval)
        {
            TempData["Status"] = text["Admin_CreateRequested", Input.UserName.Trim()].Value;
            return Redirect("/Accounts/Approvals");
        }
        TempData["Status"] = text["Admin_Created", result.Value.Account!.UserName!].Value;
        return Redirect("/Accounts/Admin/Details?id=" + result.Value.Account.Id);
    }

    private async Task LoadRegionsAsync()
    {
        var within = await regions.WithinAsync(current.Scope, HttpContext.RequestAborted);
        RegionOptions = within.Select(r => (r.Code, (r.Level == RegionLevel.County ? "　" : "") + r.Name + " " + r.Code)).ToList();
    }
}
