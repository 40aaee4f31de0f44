using System.Collections.Concurrent;

namespace Yincai.EndToEndTests.Infrastructure;

/// <summary>The demo accounts the app seeds on an empty database (src/Yincai.Web/Modules/Accounts/Demo/DemoAccounts.cs).
/// In Development the demo staff come enrolled in two-step sign-in: the fixture hands each one's key to an
/// authenticator here (as a newcomer copies it from the console), and <see cref="Pages.LoginPage"/> types its codes.</summary>
public static class DemoAccounts
{
    /// <summary>Given to the app as <c>Demo:Password</c>, so every demo account has it.</summary>
    public const string Password = "Demo#Pass2026";

    public const string QingdaoOfficer = "officer.qd";

    /// <summary>Shandong's provincial officer, whose scope holds every city of the province.</summary>
    public const string ProvinceOfficer = "officer.sd";
    public const string QingdaoOfficerName = "青岛市人社局经办人";

    /// <summary>The demo talent, who has a record, an education and an intention that the demo jobs match.</summary>
    public const string Talent = "13900000001";

    public const string SystemAdmin = "sysadmin";
    public const string SystemAdminName = "系统管理员";

    // Per running app (its base URL) and user name: one authenticator each, so that no code is typed twice.
    private static readonly ConcurrentDictionary<(string BaseUrl, string UserName), TotpAuthenticator> Authenticators = new();

    /// <summary>The authenticator of <paramref name="userName"/> on the app at <paramref name="baseUrl"/>, or null when the
    /// account signs in with its password alone.</summary>
    public static TotpAuthenticator? AuthenticatorOf(string baseUrl, string userName) =>
        Authenticators.TryGetValue((baseUrl, userName), out var authenticator) ? authenticator : null;

    /// <summary>Notes the key of an enrolled account.</summary>
    public static void Enrolled(string baseUrl, string userName, string base32Key) =>
        Authenticators[(baseUrl, userName)] = TotpAuthenticator.FromDisplayedKey(base32Key);

    /// <summary>Forgets the authenticator of an account whose two-step sign-in was reset.</summary>
    public static void Forget(string baseUrl, string userName) => Authenticators.TryRemove((baseUrl, userName), out _);
}
