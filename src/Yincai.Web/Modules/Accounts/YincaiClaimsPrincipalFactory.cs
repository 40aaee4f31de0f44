using Yincai.Modules.Accounts.Contracts;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Yincai.Platform;

namespace Yincai.Modules.Accounts;

/// <summary>Adds the staff scope, the display name, the password date and the accepted terms' version to the signed-in principal.</summary>
public sealed class YincaiClaimsPrincipalFactory(
    UserManager<AppUser> users, RoleManager<AppRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(users, roles, options)
{
    public const string DisplayNameClaim = "yincai:name";
    public const string PasswordChangedClaim = "yincai:pwd_changed";
    public const string KindClaim = CurrentUser.KindClaim;
    public const string TwoFactorClaim = "yincai:2fa";
    public const string TermsClaim = "yincai:terms";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        identity.AddClaim(new Claim(KindClaim, user.Kind.ToString()));
        identity.AddClaim(new Claim(TwoFactorClaim, user.TwoFactorEnabled ? "true" : "false"));
        identity.AddClaim(new Claim(PasswordChangedClaim,
            new DateTimeOffset(user.PasswordChangedAtUtc, TimeSpan.Zero).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        if (user.Kind != AccountKind.Staff) identity.AddClaim(new Claim(TermsClaim, user.TermsVersion ?? ""));
        if (user.Kind == AccountKind.Staff && user.ScopeRegionCode is { } scope)
            identity.AddClaim(new Claim(CurrentUser.ScopeClaim, scope));
        return identity;
    }
}
