using Yincai.Modules.Accounts.Contracts;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Yincai.Modules.Accounts;

[AllowAnonymous]
public sealed class LoginModel(AccountSignIn signIn, IStringLocalizer<AccountsResource> text) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Required"), Display(Name = "Field_UserName")] public string UserName { get; set; } = "";
        [Required(ErrorMessage = "Required"), DataType(DataType.Password), Display(Name = "Field_Password")] public string Password { get; set; } = "";
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var outcome = await signIn.PasswordAsync(Input.UserName, Input.Password, persistent: false, HttpContext.RequestAborted);
        switch (outcome)
        {
            case SignInOutcome.Succeeded:
                return LocalRedirect(SafeReturnUrl(ReturnUrl));
            case SignInOutcome.RequiresTwoFactor:
                return RedirectToPage("/Accounts/LoginWith2fa", new { ReturnUrl });
            case SignInOutcome.LockedOut:
                ModelState.AddModelError("", text["Login_LockedOut"]);
                return Page();
            case SignInOutcome.Disabled:
                ModelState.AddModelError("", text["Login_Disabled"]);
                return Page();
            default:
                ModelState.AddModelError("", text["Login_Failed"]);
                return Page();
        }
    }

    internal static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") && !returnUrl.StartsWith("/\\")
            ? returnUrl
            : "/Workspace/Home";
}
