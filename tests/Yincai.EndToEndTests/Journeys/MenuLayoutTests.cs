using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;
using Yincai.EndToEndTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Yincai.EndToEndTests.Journeys;

/// <summary>The officers' menu at a laptop's 1366 px: one line, each entry on one line (20 entries used to wrap one
/// character per line), grouped into a menu per programme; on a phone the same menus open inside the folded navigation.</summary>
public sealed class MenuLayoutTests(YincaiE2EFixture app) : IClassFixture<YincaiE2EFixture>
{
    private static readonly ViewportSize Laptop = new() { Width = 1366, Height = 768 };

    [Theory]
    [InlineData(DemoAccounts.QingdaoOfficer)]
    [InlineData(DemoAccounts.ProvinceOfficer)]
    [InlineData(DemoAccounts.Talent)]
    [InlineData("13800000001")]
    [InlineData("station.qd")]
    public async Task Menu_At1366_EveryEntryOnOneLineInOneRow(string account)
    {
        await using var session = await app.OpenSessionAsync(nameof(Menu_At1366_EveryEntryOnOneLineInOneRow) + "-" + account, Laptop);
        var login = new LoginPage(session);
        var workspace = new WorkspacePage(session);

        await login.GotoAsync();
        await login.SignInAsync(account, DemoAccounts.Password);
        await workspace.AssertShownAsync();

        var boxes = await workspace.Header.TopLevelItems.EvaluateAllAsync<double[][]>(
            "items => items.map(i => { const r = i.getBoundingClientRect(); return [r.top, r.height, parseFloat(getComputedStyle(i.querySelector('a, button')).lineHeight)]; })");
        Assert.NotEmpty(boxes);
        foreach (var box in boxes)
            Assert.True(box[1] < 2 * box[2] + 16, $"a menu entry is {box[1]} px tall: its text wraps");
        // One row: every entry overlaps every other vertically (the right-hand ones are centred, so tops differ a little).
        Assert.True(boxes.Min(b => b[0] + b[1]) > boxes.Max(b => b[0]), "the menu wraps onto a second row: " + string.Join("; ", boxes.Select(b => string.Join(",", b))));
        var (scrollWidth, innerWidth) = await workspace.MeasureWidthAsync();
        Assert.True(scrollWidth <= innerWidth, $"the page scrolls sideways at 1366 px: {scrollWidth}");
        if (account == DemoAccounts.QingdaoOfficer)
        {
            await workspace.Header.RevealAsync("岗位审核");
            await session.ScreenshotAsync("menu-open");
            await Expect(workspace.Header.NavLink("岗位审核")).ToBeVisibleAsync();
        }
        session.AssertNoBrowserErrors();
    }

    [Fact]
    public async Task Menu_OnPhone_ProgrammeMenusOpenInsideTheFoldedNavigation()
    {
        await using var session = await app.OpenSessionAsync(nameof(Menu_OnPhone_ProgrammeMenusOpenInsideTheFoldedNavigation), BrowserSession.Phone, phone: true);
        var login = new LoginPage(session);
        var workspace = new WorkspacePage(session);
        var offices = new OfficesPage(session);

        await login.GotoAsync();
        await login.SignInAsync(DemoAccounts.QingdaoOfficer, DemoAccounts.Password);
        await workspace.AssertShownAsync();
        await workspace.Header.ExpandMenuAsync();
        var link = await workspace.Header.RevealAsync("服务机构");

        await Expect(link).ToBeVisibleAsync();
        await session.ScreenshotAsync("menu-open");
        var (scrollWidth, innerWidth) = await workspace.MeasureWidthAsync();
        Assert.True(scrollWidth <= innerWidth, $"the open menu scrolls sideways: {scrollWidth} > {innerWidth}");
        await link.ClickAsync();
        await offices.AssertShownAsync();
        session.AssertNoBrowserErrors();
    }
}
