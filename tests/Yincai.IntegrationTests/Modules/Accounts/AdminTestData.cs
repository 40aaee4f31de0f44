using System.Text.RegularExpressions;

namespace Yincai.IntegrationTests.Modules.Accounts;

/// <summary>Administrators signed in with their authenticator, and the reading of what the admin pages show.</summary>
internal static partial class AdminTestData
{
    /// <summary>A new account of <paramref name="role"/> with an authenticator enrolled, signed in through the password and code forms.</summary>
    public static async Task<(HttpClient Browser, TestAccount Account)> SignedInAdminAsync(this YincaiAppFactory app, string role,
        string scope = DemoData.Shandong)
    {
        var admin = await app.CreateStaffAsync(scope, role);
        var key = await app.EnrolAuthenticatorAsync(admin.UserName);
        var browser = app.CreateBrowser();
        await YincaiAppFactory.SignInWithAuthenticatorAsync(browser, admin.UserName, admin.Password, key);
        return (browser, admin);
    }

    /// <summary>The activation link on a page, as a path with its token (HTML-decoded), or null.</summary>
    public static string? ActivationLink(string html)
    {
        var match = ActivationLinkPattern().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Value) : null;
    }

    public static Task<HttpResponseMessage> PostOnSecurityPageAsync(HttpClient securityAdmin, string handler, Guid id) =>
        YincaiAppFactory.PostFormAsync(securityAdmin, "/Accounts/Security?handler=" + handler,
            new Dictionary<string, string> { ["id"] = id.ToString() }, tokenFrom: "/Accounts/Security");

    public static Task<HttpResponseMessage> PostOnDetailsPageAsync(HttpClient systemAdmin, string handler, Guid id) =>
        YincaiAppFactory.PostFormAsync(systemAdmin, $"/Accounts/Admin/Details?id={id}&handler={handler}",
            new Dictionary<string, string> { ["id"] = id.ToString() }, tokenFrom: $"/Accounts/Admin/Details?id={id}");

    public static Task<HttpResponseMessage> DecideAsync(HttpClient admin, Guid approvalId, bool approve) =>
        YincaiAppFactory.PostFormAsync(admin, "/Accounts/Approvals?handler=" + (approve ? "Approve" : "Refuse"),
            new Dictionary<string, string> { ["id"] = approvalId.ToString() }, tokenFrom: "/Accounts/Approvals");

    [GeneratedRegex(@"(?:https?://[^""<\s]*)?/Accounts/Activate\?token=[A-Za-z0-9_%\-]+")]
    private static partial Regex ActivationLinkPattern();
}
