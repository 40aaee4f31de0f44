using Yincai.Modules.Accounts.Contracts;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Yincai.Modules.Accounts;

public sealed class ChangePasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, TimeProvider clock,
    IOptions<AccountsOptions> options, IStringLocalizer<AccountsResource> text) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    public bool Expired { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Required"), DataType(DataType.Password), Display(Name = "Field_OldPassword")] public string OldPassword { get; set; } = "";
        [Required(ErrorMessage = "Required"), DataType(DataType.Password), Display(Name = "Field_NewPassword")] public string NewPassword { get; set; } = "";
        [Required(ErrorMessage = "Required"), DataType(DataType.Password), Compare(nameof(NewPassword), ErrorMessage = "Compare"), Display(Name = "Field_ConfirmPassword")]
        public string ConfirmPassword { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        Expired = IsExpired(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        Expired = IsExpired(user);
        if (!ModelState.IsValid) return Page();
        if (Input.NewPassword == Input.OldPassword)
        {
            ModelState.AddModelError("Input.NewPassword", text["ChangePassword_Same"]);
            return Page();
        }
        var result = await users.ChangePasswordAsync(user, Input.OldPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? "Input.OldPassword" : "Input.NewPassword", error.Description);
            return Page();
        }
        user.PasswordChangedAtUtc = clock.GetUtcNow().UtcDateTime;
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        TempData["Status"] = text["ChangePassword_Done"].Value;
        return Redirect("/Workspace/Home");
    }

    private bool IsExpired(AppUser user) =>
        user.Kind == AccountKind.Staff
        && clock.GetUtcNow().UtcDateTime - user.PasswordChangedAtUtc > TimeSpan.FromDays(options.Value.StaffPasswordMaxAgeDays);
}
