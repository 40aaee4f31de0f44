using Yincai.Modules.Accounts.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Yincai.Modules.Accounts;

/// <summary>Identity's errors in the user's language.</summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<AccountsResource> text) : IdentityErrorDescriber
{
    private IdentityError Error(string code, params object[] args) => new() { Code = code, Description = text["Identity_" + code, args] };

    public override IdentityError DefaultError() => Error(nameof(DefaultError));
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch));
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken));
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), userName ?? "");
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), userName);
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), email);
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), email ?? "");
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), length);
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), uniqueChars);
    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), role);
    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled));
}
