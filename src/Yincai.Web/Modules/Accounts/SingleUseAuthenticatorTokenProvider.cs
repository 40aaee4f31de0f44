using System.Globalization;
using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace Yincai.Modules.Accounts;

/// <summary>
/// Authenticator-app (TOTP, RFC 6238) codes that work once: a code, or any older one, is refused after it
/// has been used, and only the current 30-second step and its neighbours count. Identity's own provider
/// accepts codes from about 90 seconds either side and again and again.
/// </summary>
public sealed class SingleUseAuthenticatorTokenProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<AppUser>
{
    public const string Name = "YincaiAuthenticator";
    private const string Store = "[YincaiAuthenticator]";
    private const string LastStep = "LastUsedStep";

    public Task<string> GenerateAsync(string purpose, UserManager<AppUser> manager, AppUser user) => Task.FromResult("");

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AppUser> manager, AppUser user) =>
        !string.IsNullOrEmpty(await manager.GetAuthenticatorKeyAsync(user));

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        var code = token.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (string.IsNullOrEmpty(key) || code.Length != 6 || !code.All(char.IsAsciiDigit)) return false;

        var totp = new Totp(Base32Encoding.ToBytes(key));
        if (!totp.VerifyTotp(clock.GetUtcNow().UtcDateTime, code, out var step, new VerificationWindow(previous: 1, future: 1)))
            return false;
        var last = await manager.GetAuthenticationTokenAsync(user, Store, LastStep);
        if (long.TryParse(last, CultureInfo.InvariantCulture, out var lastStep) && step <= lastStep) return false;

        await manager.SetAuthenticationTokenAsync(user, Store, LastStep, step.ToString(CultureInfo.InvariantCulture));
        return true;
    }
}
