using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Yincai.EndToEndTests.Infrastructure;
using Yincai.Modules.Accounts;
using Yincai.EndToEndTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Yincai.EndToEndTests.Journeys;

/// <summary>Staff must enrol an authenticator app at first sign-in (here an admin whose enrolment the security admin
/// reset; the demo staff come enrolled in Development) and use it from then on.</summary>
public sealed class AdminTwoFactorJourneyTests(YincaiE2EFixture app) : IClassFixture<YincaiE2EFixture>
{
    [Fact]
    public async Task SignIn_AsSystemAdminFirstTime_EnrolsAuthenticatorThenSignsInWithCode()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var session = await app.OpenSessionAsync(nameof(SignIn_AsSystemAdminFirstTime_EnrolsAuthenticatorThenSignsInWithCode), BrowserSession.Desktop);
        var login = new LoginPage(session);
        var enrol = new TwoFactorEnrolPage(session);
        var twoFactorLogin = new TwoFactorLoginPage(session);
        var staffAccounts = new StaffAccountsPage(session);
        var home = new PublicHomePage(session);
        var workspace = new WorkspacePage(session);
        await ResetTwoFactorAsync(DemoAccounts.SystemAdmin);

        await login.GotoAsync();
        await login.SignInAsync(DemoAccounts.SystemAdmin, DemoAccounts.Password);

        await enrol.AssertShownAsync("required");
        await Expect(enrol.RequiredNotice).ToBeVisibleAsync();
        await Expect(enrol.QrCode).ToBeVisibleAsync();
        var authenticator = await enrol.ReadAuthenticatorAsync();

        await enrol.EnableAsync(await authenticator.NextCodeAsync(cancellationToken));

        await Expect(enrol.EnabledStatus).ToBeVisibleAsync();
        await Expect(enrol.RecoveryCodes).ToHaveCountAsync(8);
        await enrol.AssertShownAsync("enabled");

        await enrol.Header.OpenAsync("工作人员账号");

        await staffAccounts.AssertShownAsync();
        await Expect(staffAccounts.Account(DemoAccounts.QingdaoOfficer)).ToBeVisibleAsync();
        await Expect(staffAccounts.Row(DemoAccounts.QingdaoOfficer)).ToContainTextAsync(DemoAccounts.QingdaoOfficerName);
        await Expect(staffAccounts.Row(DemoAccounts.SystemAdmin)).ToContainTextAsync("2FA");

        await staffAccounts.Header.SignOutAsync();

        await home.AssertShownAsync("signed-out");
        await Expect(home.Header.NavLink("登录")).ToBeVisibleAsync();

        await home.Header.OpenAsync("登录");
        await login.AssertShownAsync("again");
        await login.SignInAsync(DemoAccounts.SystemAdmin, DemoAccounts.Password);

        await twoFactorLogin.AssertShownAsync();
        await twoFactorLogin.VerifyAsync(await authenticator.NextCodeAsync(cancellationToken));

        await workspace.AssertShownAsync();
        await Expect(workspace.Heading).ToHaveTextAsync("您好，" + DemoAccounts.SystemAdminName);
        await Expect(await workspace.Header.RevealAsync("工作人员账号")).ToBeVisibleAsync();
        session.AssertNoBrowserErrors();
    }

    private async Task ResetTwoFactorAsync(string userName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"No account {userName}.");
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        DemoAccounts.Forget(app.BaseUrl, userName);
    }
}
