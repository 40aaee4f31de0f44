using Yincai.EndToEndTests.Infrastructure;
using Yincai.EndToEndTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Yincai.EndToEndTests.Journeys;

/// <summary>On a phone (375 × 812) pages fit the width and the navigation folds behind the menu button.</summary>
[Collection(PhoneJourneys.Name)]
public sealed class PhoneLayoutTests(YincaiE2EFixture app)
{
    [Fact]
    public async Task Pages_OnPhoneViewport_FitWidthAndCollapseNavigation()
    {
        await using var session = await app.OpenSessionAsync(nameof(Pages_OnPhoneViewport_FitWidthAndCollapseNavigation), BrowserSession.Phone, phone: true);
        var home = new PublicHomePage(session);
        var login = new LoginPage(session);
        var workspace = new WorkspacePage(session);
        var offices = new OfficesPage(session);

        await home.GotoAsync();
        await home.AssertFitsPhoneAsync();
        await AssertNavigationCollapsedAsync(home, "登录");

        // The public directory of service offices, from the menu.
        var directory = new OfficeDirectoryPage(session);
        await home.Header.ExpandMenuAsync();
        await home.Header.OpenAsync("服务机构");
        await directory.AssertShownAsync();
        await directory.AssertFitsPhoneAsync();
        await Expect(directory.Offices.First).ToBeVisibleAsync();
        await home.GotoAsync();

        await home.Header.ExpandMenuAsync();
        await Expect(home.Header.NavLink("登录")).ToBeVisibleAsync();
        await Expect(home.Header.EnglishButton).ToBeVisibleAsync();
        await home.AssertShownAsync("menu");
        await home.Header.OpenAsync("登录");

        await login.AssertShownAsync();
        await login.AssertFitsPhoneAsync();
        await AssertNavigationCollapsedAsync(login, "登录");
        await login.SignInAsync(DemoAccounts.QingdaoOfficer, DemoAccounts.Password);

        await workspace.AssertShownAsync();
        await workspace.AssertFitsPhoneAsync();
        await AssertNavigationCollapsedAsync(workspace, "工作台");
        await workspace.Header.ExpandMenuAsync();
        await Expect(await workspace.Header.RevealAsync("服务机构")).ToBeVisibleAsync();
        await Expect(await workspace.Header.RevealSignOutAsync()).ToBeVisibleAsync();
        await workspace.AssertShownAsync("menu");
        await workspace.Header.OpenAsync("服务机构");

        await offices.AssertShownAsync();
        await offices.AssertFitsPhoneAsync();
        await Expect(offices.Office("青岛市公共就业和人才服务中心")).ToBeVisibleAsync();

        // The ambassadors' list and one ambassador, whose page holds the most forms of any, fit too.
        var ambassadors = new AmbassadorsPage(session);
        var details = new AmbassadorDetailsPage(session);
        await ambassadors.GotoAsync();
        await ambassadors.AssertFitsPhoneAsync();
        await Expect(ambassadors.Deadline).ToBeVisibleAsync();
        await ambassadors.Ambassador("王晓青（演示）").ClickAsync();
        await details.AssertShownAsync();
        await details.AssertFitsPhoneAsync();
        await Expect(details.CertificateLink).ToBeVisibleAsync();

        // A city officer reads the province's settings; the table of deadlines folds into cards.
        var settings = new AmbassadorSettingsPage(session);
        await settings.GotoAsync();
        await settings.AssertFitsPhoneAsync();
        await Expect(settings.Deadlines).ToContainTextAsync("新增和退出备案");
        await Expect(settings.Weights).ToContainTextAsync("组织交流活动");
        session.AssertNoBrowserErrors();
    }


    private static async Task AssertNavigationCollapsedAsync(BasePage page, string navText)
    {
        await Expect(page.Header.MenuToggle).ToBeVisibleAsync();
        await Expect(page.Header.MenuToggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(page.Header.NavLink(navText)).ToBeHiddenAsync();
        await Expect(page.Header.EnglishButton).ToBeHiddenAsync();
    }
}
