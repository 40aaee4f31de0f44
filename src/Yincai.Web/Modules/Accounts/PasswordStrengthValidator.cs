using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Yincai.Platform.Protection;

namespace Yincai.Modules.Accounts;

/// <summary>
/// Refuses passwords an attacker guesses first (SECURITY.md §1; NIST SP 800-63B 3.1.1.2): those that contain the
/// account's user name or mobile number, and those the zxcvbn estimator (zxcvbn-core, MIT, word lists built in, no
/// network) scores below <see cref="MinimumScore"/> of 4: common passwords, keyboard runs, a word plus a year, and
/// the person's own names, which it is given as words to look for.
/// </summary>
public sealed class PasswordStrengthValidator(IStringLocalizer<AccountsResource> text, FieldProtection protection) : IPasswordValidator<AppUser>
{
    /// <summary>3: "safely unguessable" (about 10^8 guesses and more).</summary>
    public const int MinimumScore = 3;

    /// <summary>User names shorter than this (rare) are parts of too many passwords to forbid.</summary>
    private const int ShortestForbiddenPart = 4;

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        password ??= "";
        // Talents and employer users sign in with their mobile, kept encrypted on the account.
        string?[] personal = [user.UserName, user.PhoneNumber, user.MobileCipher is { } cipher ? protection.Decrypt(cipher) : null];
        if (personal.Any(p => p is { Length: >= ShortestForbiddenPart } && password.Contains(p.Trim(), StringComparison.OrdinalIgnoreCase)))
            return Task.FromResult(Failed("PasswordContainsPersonal", text["Password_ContainsPersonal"]));

        string[] words = [.. personal.Append(user.DisplayName).Append(user.Email).OfType<string>().Where(w => w.Length > 0)];
        var estimate = Zxcvbn.Zxcvbn.MatchPassword(password, words);
        return Task.FromResult(estimate.Score >= MinimumScore
            ? IdentityResult.Success
            : Failed("PasswordGuessable", text["Password_Guessable"]));
    }

    private static IdentityResult Failed(string code, string description) =>
        IdentityResult.Failed(new IdentityError { Code = code, Description = description });
}
