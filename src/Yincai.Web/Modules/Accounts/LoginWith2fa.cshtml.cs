using Yincai.Modules.Accounts.Contracts;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Yincai.Modules.Accounts;

[AllowAnonymous]
public sealed class LoginWith2faModel(AccountSignIn signIn, SignInManager<AppUser> manager, IStringLocalizer<AccountsResource> text) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Required"), StringLength(20, MinimumLength = 6, ErrorMessage = "StringLength"), Display(Name = "Field_TotpOrRecoveryCode")]
        public string Code { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync() =>
        await manager.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Accounts/Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var outcome = await signIn.TwoFactorAsync(Input.Code, rememberClient: false, HttpContext.RequestAborted);
        if (outcome == SignInOutcome.Succeeded) return LocalRedirect(LoginModel.SafeReturnUrl(ReturnUrl));
        ModelState.AddModelError("", text[outcome == SignInOutcome.LockedOut ? "Login_LockedOut" : "TwoFactorLogin_Invalid"]);
        return Page();
    }
}
