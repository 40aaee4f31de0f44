using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Platform;

namespace Yincai.Modules.Accounts;

/// <summary>Asks a talent, employer or university user to accept the user agreement and privacy policy in force when they
/// accepted another version (or none); nothing else opens until they do.</summary>
public sealed class ConsentModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, AccountTerms terms,
    IStringLocalizer<AccountsResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [BindProperty] public bool Accept { get; set; }

    public string Version => terms.Version;
    public string? PreviousVersion { get; private set; }
    public DateOnly? PreviousDate { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (!terms.Owes(user)) return LocalRedirect(LoginModel.SafeReturnUrl(ReturnUrl));
        Show(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (!Accept)
        {
            Show(user);
            ModelState.AddModelError(nameof(Accept), text["Error_TermsNotAccepted"]);
            return Page();
        }
        if (terms.Owes(user))
        {
            var saved = await terms.AcceptAsync(user);
            if (!saved.Succeeded) throw new InvalidOperationException("The acceptance was not saved: " + string.Join(", ", saved.Errors.Select(e => e.Code)));
            // The cookie carries the accepted version: sign in again with it.
            await signIn.RefreshSignInAsync(user);
            TempData["Status"] = text["Consent_Done", terms.Version].Value;
        }
        return LocalRedirect(LoginModel.SafeReturnUrl(ReturnUrl));
    }

    private void Show(AppUser user)
    {
        PreviousVersion = user.TermsVersion;
        PreviousDate = user.TermsAcceptedAtUtc is { } at ? ChinaClock.DateOf(at) : null;
    }
}
