using Yincai.Modules.Accounts.Contracts;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Platform;

namespace Yincai.Modules.Accounts;

[AllowAnonymous]
public sealed class RegisterModel(AccountRegistration registration) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public AccountKind Kind { get; set; } = AccountKind.Talent;
        [Required(ErrorMessage = "Required"), Display(Name = "Field_Mobile")] public string Mobile { get; set; } = "";
        [Required(ErrorMessage = "Required"), StringLength(50, MinimumLength = 2, ErrorMessage = "StringLength"), Display(Name = "Field_DisplayName")]
        public string DisplayName { get; set; } = "";
        [Required(ErrorMessage = "Required"), DataType(DataType.Password), Display(Name = "Field_Password")] public string Password { get; set; } = "";
        [Required(ErrorMessage = "Required"), DataType(DataType.Password), Compare(nameof(Password), ErrorMessage = "Compare"), Display(Name = "Field_ConfirmPassword")]
        public string ConfirmPassword { get; set; } = "";
    }

    public void OnGet(AccountKind? kind)
    {
        if (kind is AccountKind.Talent or AccountKind.Employer or AccountKind.University) Input.Kind = kind.Value;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Input.Kind is not (AccountKind.Talent or AccountKind.Employer or AccountKind.University)) Input.Kind = AccountKind.Talent;
        if (!ModelState.IsValid) return Page();
        var result = await registration.RegisterAsync(Input.Mobile, Input.DisplayName, Input.Password, Input.Kind, HttpContext.RequestAborted);
        if (result.IsError)
        {
            // A field's error goes next to that field; only an error of no field goes to the summary (key "").
            ModelState.AddModelError(result.Error!.Field is { } field ? "Input." + field : "", result.Error.Message);
            return Page();
        }
        // New number or not, the same answer: on to sign-in with a note (the owner of a number that had an account is
        // told in the inbox). Signing the newcomer in at once would tell the two apart.
        return RedirectToPage("/Accounts/Login", new { registered = true });
    }
}
