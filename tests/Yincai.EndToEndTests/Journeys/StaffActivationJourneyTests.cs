using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Yincai.EndToEndTests.Infrastructure;
using Yincai.EndToEndTests.Pages;
using Yincai.Modules.Accounts;
using Yincai.Modules.Accounts.Activation;
using Yincai.Modules.Accounts.Contracts;
using static Microsoft.Playwright.Assertions;

namespace Yincai.EndToEndTests.Journeys;

/// <summary>On a phone: the system admin creates an officer's account without choosing a password, and the officer
/// sets their own with the one-time link the security admin handed over.</summary>
public sealed class StaffActivationJourneyTests(YincaiE2EFixture app) : IClassFixture<YincaiE2EFixture>
{
    private static string NewPassword() => "Pw#" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>An active system admin with an authenticator, made through the app's services as production makes one.</summary>
    private async Task<(string UserName, string Password, string Key)> SystemAdminAsync(CancellationToken cancellationToken)
    {
        var userName = "e2e.sys." + Guid.NewGuid().ToString("N")[..8];
        var password = NewPassword();
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var created = await services.GetRequiredService<StaffAccounts>().CreateAsync(
            new NewStaffAccount(userName, "手机上的系统管理员", null, "370000", [Roles.SystemAdmin]), cancellationToken);
        var activations = services.GetRequiredService<StaffActivations>();
        var issued = await activations.IssueAsync(created.Value!.Account!, cancellationToken);
        await activations.ActivateAsync(issued.Value!.Token, password, cancellationToken);
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByNameAsync(userName))!;
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        return (userName, password, (await users.GetAuthenticatorKeyAsync(user))!);
    }

    private async Task<string> IssueLinkAsync(string userName, CancellationToken cancellationToken)
    {
        using var scope = app.Services.CreateScope();
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(userName))!;
        var issued = await scope.ServiceProvider.GetRequiredService<StaffActivations>().IssueAsync(user, cancellationToken);
        return issued.Value!.Link;
    }

    [Fact]
    public async Task CreateAndActivate_OnPhone_TheOfficerSetsTheirOwnPassword()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var admin = await SystemAdminAsync(cancellationToken);
        var officerName = "e2e.qd." + Guid.NewGuid().ToString("N")[..8];

        await using (var adminSession = await app.OpenSessionAsync("PhoneStaffCreate", BrowserSession.Phone, phone: true))
        {
            var login = new LoginPage(adminSession);
            var code = new TwoFactorLoginPage(adminSession);
            var create = new AdminCreatePage(adminSession);
            await login.GotoAsync();
            await login.SignInAsync(admin.UserName, admin.Password);
            await code.AssertShownAsync();
            await code.VerifyAsync(await TotpAuthenticator.FromDisplayedKey(admin.Key).NextCodeAsync(cancellationToken));
            await Expect(adminSession.Page).Not.ToHaveURLAsync(new Regex("LoginWith2fa"));

            await create.GotoAsync();
            await AssertFitsPhoneAsync(create);
            await Expect(create.Password).ToHaveCountAsync(0);
            await create.UserName.FillAsync(officerName);
            await create.DisplayName.FillAsync("手机上建的经办人");
            await create.Role("经办人").CheckAsync();
            await create.CreateButton.ClickAsync();

            await Expect(adminSession.Page).ToHaveURLAsync(new Regex("/Accounts/Admin/Details"));
            await Expect(adminSession.Page.GetByTestId("account-status")).ToHaveTextAsync("待激活");
            adminSession.AssertNoBrowserErrors();
        }

        var link = await IssueLinkAsync(officerName, cancellationToken);
        await using var session = await app.OpenSessionAsync(nameof(CreateAndActivate_OnPhone_TheOfficerSetsTheirOwnPassword), BrowserSession.Phone, phone: true);
        var activate = new ActivatePage(session);
        await session.Page.GotoAsync(link);
        await activate.AssertShownAsync();
        await AssertFitsPhoneAsync(activate);
        await Expect(activate.Heading).ToHaveTextAsync("激活账号");
        await Expect(session.Page.GetByRole(Microsoft.Playwright.AriaRole.Main)).ToContainTextAsync(officerName);

        await activate.ActivateAsync(NewPassword());

        // Signed in: the workspace, or the authenticator enrolment when staff must enrol first.
        await Expect(session.Page).ToHaveURLAsync(new Regex("/(Workspace/Home|Accounts/TwoFactor)"));
        session.AssertNoBrowserErrors();
    }

    private static async Task AssertFitsPhoneAsync(BasePage page)
    {
        var (scrollWidth, innerWidth) = await page.MeasureWidthAsync();
        Assert.Equal(BrowserSession.Phone.Width, innerWidth);
        Assert.True(scrollWidth <= innerWidth, $"{page.PagePath} scrolls sideways: scrollWidth {scrollWidth} > innerWidth {innerWidth}");
    }
}
