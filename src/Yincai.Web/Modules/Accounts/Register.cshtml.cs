using Yincai.Modules.Accounts.Contracts;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Accounts;

[AllowAnonymous]
public sealed class RegisterModel(AccountRegistration registration, MobileCodes codes, CurrentUser current,
    IStringLocalizer<AccountsResource> text) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();

    public string? CodeSent { get; private set; }

    public sealed class InputModel
    {
        public AccountKind Kind { get; set; } = AccountKind.Talent;
        [Required(ErrorMessage = "Required"), Display(Name = "Field_Mobile")] public string Mobile { get; set; } = "";
        // Checked by the registration after the number, so that a wrong number is named first.
        [Display(Name = "Field_Code")] public string? Code { get; set; }
        [Required(ErrorMessage = "Required"), StringLength(50, MinimumLength = 2, ErrorMessage = "StringLength"), Display(Name = "Field_DisplayName")]
        public string DisplayName { get; set; } = "";
        [Required(ErrorMessage = "Required"), DataType(DataType.Password), Display(Name = "Field_Password")] public string Password { get; set; } = "";
        [Required(ErrorMessage = "Required"), DataType(DataType.Password), Compare(nameof(Password), ErrorMessage = "Compare"), Display(Name = "Field_ConfirmPassword")]
        public string ConfirmPassword { get; set; } = "";
        public bool AcceptsTerms { get; set; }
    }

    public void OnGet(AccountKind? kind)
    {
        if (kind is AccountKind.Talent or AccountKind.Employer or AccountKind.University) Input.Kind = kind.Value;
    }

    /// <summary>Sends the code to the number typed (limited per number and per client address); the rest of the form waits.</summary>
    public async Task<IActionResult> OnPostSendCodeAsync()
    {
        KeepKind();
        ModelState.Clear();
        var sent = await codes.SendAsync(Input.Mobile, AccountRegistration.CodePurpose, current.IpAddress, HttpContext.RequestAborted);
        if (sent.IsError) ModelState.AddModelError("Input.Mobile", sent.Error!.Message);
        else CodeSent = text["Register_CodeSent"];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        KeepKind();
        if (!ModelState.IsValid) return Page();
        var result = await registration.RegisterAsync(
            new NewAccount(Input.Kind, Input.Mobile, Input.Code, Input.DisplayName, Input.Password, Input.AcceptsTerms), HttpContext.RequestAborted);
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

    private void KeepKind()
    {
        if (Input.Kind is not (AccountKind.Talent or AccountKind.Employer or AccountKind.University)) Input.Kind = AccountKind.Talent;
    }
}
