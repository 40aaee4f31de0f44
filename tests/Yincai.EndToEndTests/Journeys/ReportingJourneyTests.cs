using System.Globalization;
using Microsoft.Playwright;
using MiniExcelLibs;
using Yincai.EndToEndTests.Infrastructure;
using Yincai.EndToEndTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Yincai.EndToEndTests.Journeys;

/// <summary>
/// The province officer reports upward: opens the overview of Shandong's targets, drills from the employment rate into the city
/// furthest behind (its graduates not placed), finds the list as long as the report said, and exports it; then the graduates'
/// page with its charts, on a phone as well.
/// </summary>
[Collection(PhoneJourneys.Name)]
public sealed class ReportingJourneyTests(YincaiE2EFixture app)
{
    [Fact]
    [Trait("Rule", "GRD-15")]
    public async Task ProvinceOfficer_DrillsIntoTheCityFurthestBehindOnEmployment_AndExportsItsList()
    {
        const string test = nameof(ProvinceOfficer_DrillsIntoTheCityFurthestBehindOnEmployment_AndExportsItsList);
        await using var session = await app.OpenSessionAsync(test, BrowserSession.Desktop);
        var login = new LoginPage(session);
        await login.GotoAsync();
        await login.SignInAsync(DemoAccounts.ProvinceOfficer, DemoAccounts.Password);
        var workspace = new WorkspacePage(session);
        await workspace.AssertShownAsync();

        await (await workspace.Header.RevealAsync("数据报表")).ClickAsync();
        var overview = new ReportingOverviewPage(session);
        await overview.AssertShownAsync();
        foreach (var rule in new[] { "GRD-15", "GRD-03", "GRD-02", "AMB-05", "STN-08" })
            await Expect(overview.Card(rule)).ToBeVisibleAsync();

        // The city furthest behind on the rate, and how many of its graduates are not placed.
        var behind = overview.FurthestBehind("GRD-15");
        await Expect(behind).ToBeVisibleAsync();
        var city = (await behind.InnerTextAsync()).Trim();
        var count = int.Parse((await behind.GetAttributeAsync("data-count"))!, CultureInfo.InvariantCulture);
        Assert.True(count > 0, $"{city}: no graduate short of the rate");
        await behind.ClickAsync();

        var list = new GraduatesPage(session);
        await list.AssertShownAsync("drilled");
        await Expect(session.Page.GetByTestId("drill-filter")).ToContainTextAsync(city);
        await Expect(session.Page.GetByTestId("drill-filter")).ToContainTextAsync("未就业");
        await Expect(session.Page.GetByTestId("pager-total")).ToHaveAttributeAsync("data-count", count.ToString(CultureInfo.InvariantCulture));

        var download = await session.Page.RunAndWaitForDownloadAsync(() => session.Page.GetByTestId("export").ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        await using (var file = File.OpenRead(await download.PathAsync()))
        {
            // The watermark, the header, then one row per graduate of the list.
            var rows = (await MiniExcel.QueryAsync(file, useHeaderRow: false, cancellationToken: TestContext.Current.CancellationToken)).ToList();
            Assert.Equal(count + 2, rows.Count);
        }

        // The graduates' page: the charts drawn, the rate's table, its trend.
        var graduates = new ReportingProgramPage(session, "graduates");
        await graduates.GotoAsync();
        await Expect(graduates.Indicator("GRD-15")).ToContainTextAsync(city);
        await Expect(graduates.Charts.First).ToBeVisibleAsync();
        await graduates.AssertShownAsync("charts");
        session.AssertNoBrowserErrors();
    }

    [Fact]
    public async Task CityOfficer_OnAPhone_ReadsTheReportsAndTheWall_WithoutScrollingSideways()
    {
        const string test = nameof(CityOfficer_OnAPhone_ReadsTheReportsAndTheWall_WithoutScrollingSideways);
        await using var session = await app.OpenSessionAsync(test, BrowserSession.Phone, phone: true);
        var login = new LoginPage(session);
        await login.GotoAsync();
        await login.SignInAsync(DemoAccounts.QingdaoOfficer, DemoAccounts.Password);
        await new WorkspacePage(session).AssertShownAsync();

        var overview = new ReportingOverviewPage(session);
        await overview.GotoAsync();
        await overview.AssertFitsPhoneAsync();
        foreach (var program in new[] { "graduates", "ambassadors", "stations" })
        {
            var page = new ReportingProgramPage(session, program);
            await page.GotoAsync();
            await Expect(page.Charts.First).ToBeVisibleAsync();
            await page.AssertShownAsync("phone");
            await page.AssertFitsPhoneAsync();
        }
        // The wall asks for new figures in place (every 5 s here): the page is not loaded again.
        await session.Page.GotoAsync("/Reporting/Wall?refresh=5");
        await Expect(session.Page.GetByTestId("wall-tiles")).ToContainTextAsync("就业率");
        await session.Page.EvaluateAsync("() => { window.sameLoad = true; }");
        await Expect(session.Page.GetByTestId("wall")).ToHaveAttributeAsync("data-rounds", "1", new() { Timeout = 20_000 });
        Assert.True(await session.Page.EvaluateAsync<bool>("() => window.sameLoad === true"));
        await Expect(session.Page.GetByTestId("wall-tiles")).ToContainTextAsync("就业率");
        await session.ScreenshotAsync("reporting-wall-phone");
        session.AssertNoBrowserErrors();
    }
}
