using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yincai.EndToEndTests.Infrastructure;
using Yincai.EndToEndTests.Pages;
using Yincai.Platform;
using static Microsoft.Playwright.Assertions;

namespace Yincai.EndToEndTests.Journeys;

/// <summary>A city officer works within the city's scope, in Chinese or in English.</summary>
public sealed class OfficerJourneyTests(YincaiE2EFixture app) : IClassFixture<YincaiE2EFixture>
{
    [Fact]
    public async Task SignIn_AsQingdaoOfficer_SeesOnlyQingdaoOfficesInChineseAndEnglish()
    {
        await using var session = await app.OpenSessionAsync(nameof(SignIn_AsQingdaoOfficer_SeesOnlyQingdaoOfficesInChineseAndEnglish), BrowserSession.Desktop);
        var login = new LoginPage(session);
        var workspace = new WorkspacePage(session);
        var offices = new OfficesPage(session);
        var inbox = new InboxPage(session);

        await login.GotoAsync();
        await login.SignInAsync(DemoAccounts.QingdaoOfficer, DemoAccounts.Password);

        await workspace.AssertShownAsync();
        await Expect(workspace.Heading).ToHaveTextAsync("您好，" + DemoAccounts.QingdaoOfficerName);
        await Expect(workspace.Scope("管辖区域：青岛市")).ToBeVisibleAsync();
        await Expect(workspace.Header.NavLink("工作台")).ToBeVisibleAsync();
        await Expect(await workspace.Header.RevealAsync("服务机构")).ToBeVisibleAsync();
        await Expect(workspace.Header.NavLink("工作人员账号")).ToHaveCountAsync(0);
        // The welcome, the two demo talent stations' applications that reached Qingdao's stage (Stations' demo data), and
        // what reminders brought by the day's date (the ambassadors' filing deadline a week ahead): counted as the app has them.
        var unread = await UnreadOfQingdaoOfficerAsync();
        Assert.True(unread >= 3, $"officer.qd has {unread} unread messages");
        await Expect(workspace.Header.UnreadCount).ToHaveTextAsync(unread.ToString(CultureInfo.InvariantCulture));

        await workspace.Header.InboxLink().ClickAsync();
        await inbox.AssertShownAsync();
        await Expect(inbox.Message("欢迎使用引才平台（演示）")).ToBeVisibleAsync();
        await inbox.MarkReadAsync("欢迎使用引才平台（演示）");
        await Expect(inbox.Header.UnreadCount).ToHaveTextAsync((unread - 1).ToString(CultureInfo.InvariantCulture));
        await inbox.AssertShownAsync("read");

        await workspace.Header.OpenAsync("服务机构");

        await offices.AssertShownAsync();
        await Expect(offices.Heading).ToHaveTextAsync("服务机构");
        await Expect(offices.Office("青岛市公共就业和人才服务中心")).ToBeVisibleAsync();
        await Expect(offices.Office("济南市公共就业和人才服务中心")).ToHaveCountAsync(0);
        Assert.Equal(["青岛市公共就业和人才服务中心"], await offices.OfficeNamesAsync());

        await offices.Header.OpenAsync("工作台");
        await workspace.AssertShownAsync();
        await workspace.Header.SwitchToEnglishAsync();

        await workspace.AssertShownAsync("en");
        await Expect(workspace.Heading).ToHaveTextAsync("Hello, " + DemoAccounts.QingdaoOfficerName);
        await Expect(workspace.Scope("Region of scope: 青岛市")).ToBeVisibleAsync();
        await Expect(workspace.Header.NavLink("Workspace")).ToBeVisibleAsync();
        await Expect(await workspace.Header.RevealAsync("Service offices")).ToBeVisibleAsync();
        await Expect(workspace.Header.InboxLink("Inbox")).ToBeVisibleAsync();
        await Expect(await workspace.Header.RevealSignOutAsync("Sign out")).ToBeVisibleAsync();
        await Expect(workspace.Header.NavLink("服务机构")).ToHaveCountAsync(0);

        await workspace.Header.SwitchToChineseAsync();

        await workspace.AssertShownAsync("zh");
        await Expect(workspace.Heading).ToHaveTextAsync("您好，" + DemoAccounts.QingdaoOfficerName);
        await Expect(await workspace.Header.RevealAsync("服务机构")).ToBeVisibleAsync();
        session.AssertNoBrowserErrors();
    }

    private async Task<int> UnreadOfQingdaoOfficerAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<YincaiDb>();
        var id = await db.Users.Where(u => u.UserName == DemoAccounts.QingdaoOfficer).Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken);
        return await db.Notifications.CountAsync(n => n.RecipientId == id && n.ReadAtUtc == null, TestContext.Current.CancellationToken);
    }
}
