using Yincai.Modules.Accounts.Contracts;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Platform;

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

    /// <summary>Arrived from registration: the note says what to do next (the same whether the number was new or not).</summary>
    public bool Registered { get; private set; }

    public void OnGet(bool registered) => Registered = registered;

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
            case SignInOutcome.Disabled:
                ModelState.AddModelError("", text["Login_Disabled"]);
                return Page();
            default:
                // A locked account answers as a wrong password (the lockout still holds and is audited): the answer must
                // not tell a stranger that the account exists.
                ModelState.AddModelError("", text["Login_Failed"]);
                return Page();
        }
    }

    internal static string SafeReturnUrl(string? returnUrl) => LocalUrl.OrFallback(returnUrl, "/Workspace/Home");
}
