using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Yincai.Modules.Accounts.Contracts;

namespace Yincai.Modules.Accounts;

/// <summary>
/// The user agreement and privacy policy in force (<see cref="AccountsOptions.TermsVersion"/>) and each account's
/// acceptance of them (PIPL art. 14: informed, explicit, renewed when the terms change). Staff are bound by their
/// duties instead and are never asked.
/// </summary>
public sealed class AccountTerms(UserManager<AppUser> users, IOptions<AccountsOptions> options, TimeProvider clock)
{
    public string Version => options.Value.TermsVersion;

    public static bool AppliesTo(AppUser user) => user.Kind != AccountKind.Staff;

    public bool Owes(AppUser user) => AppliesTo(user) && user.TermsVersion != Version;

    /// <summary>Marks the version in force as accepted now; saved with the caller's save of the account.</summary>
    public void Accept(AppUser user)
    {
        user.TermsVersion = Version;
        user.TermsAcceptedAtUtc = clock.GetUtcNow().UtcDateTime;
    }

    /// <summary>Records the acceptance (the change lands in the audit trail with who, when and from where).</summary>
    public async Task<IdentityResult> AcceptAsync(AppUser user)
    {
        Accept(user);
        return await users.UpdateAsync(user);
    }
}
