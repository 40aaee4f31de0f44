using Yincai.Modules.Accounts.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Yincai.Modules.Accounts;

/// <summary>等保 level 3 complexity: at least three of upper case, lower case, digits and symbols.
/// (ASVS v5 advises against composition rules; the MLPS assessment binds here, SECURITY.md §0.)</summary>
public sealed class PasswordComplexityValidator(IStringLocalizer<AccountsResource> text) : IPasswordValidator<AppUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        password ??= "";
        var classes = (password.Any(char.IsAsciiLetterUpper) ? 1 : 0) + (password.Any(char.IsAsciiLetterLower) ? 1 : 0)
            + (password.Any(char.IsAsciiDigit) ? 1 : 0) + (password.Any(c => !char.IsAsciiLetterOrDigit(c)) ? 1 : 0);
        if (classes >= 3) return Task.FromResult(IdentityResult.Success);
        return Task.FromResult(IdentityResult.Failed(new IdentityError
        {
            Code = "PasswordTooSimple",
            Description = text["Password_TooSimple"],
        }));
    }
}
