using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Accounts.Activation;

namespace Yincai.Modules.Accounts;

/// <summary>
/// A new staff member's one-time link: they choose their first password here and are signed in, to enrol their
/// authenticator next as the required steps demand. An unknown, expired, used or replaced link gets one answer.
/// </summary>
[AllowAnonymous]
public sealed class ActivateModel(StaffActivations activations, SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();
    public string? UserName { get; private set; }
    public bool Invalid { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Required"), DataType(DataType.Password), Display(Name = "Field_NewPassword")] public string Password { get; set; } = "";
        [Required(ErrorMessage = "Required"), DataType(DataType.Password), Compare(nameof(Password), ErrorMessage = "Compare"), Display(Name = "Field_ConfirmPassword")]
        public string ConfirmPassword { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync()
    {
        KeepSecret();
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        KeepSecret();
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var result = await activations.ActivateAsync(Token, Input.Password, HttpContext.RequestAborted);
        if (result.IsError)
        {
            if (result.Error!.Field == "Token") Invalid = true;
            else
            {
                ModelState.AddModelError("Input." + result.Error.Field, result.Error.Message);
                await LoadAsync();
            }
            return Page();
        }
        await signIn.SignInAsync(result.Value!, isPersistent: false);
        // The required steps (an authenticator for staff) redirect from here.
        return LocalRedirect("/Workspace/Home");
    }

    private async Task LoadAsync()
    {
        var user = await activations.FindAsync(Token, HttpContext.RequestAborted);
        (Invalid, UserName) = (user is null, user?.UserName);
    }

    // The token is in the address: no caching, and no Referer carrying it to another site.
    private void KeepSecret()
    {
        Response.Headers.CacheControl = "no-store";
        Response.Headers["Referrer-Policy"] = "no-referrer";
    }
}
