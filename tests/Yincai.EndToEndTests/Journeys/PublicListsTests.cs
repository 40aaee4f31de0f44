using Yincai.EndToEndTests.Infrastructure;
using Yincai.EndToEndTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Yincai.EndToEndTests.Journeys;

/// <summary>On a phone (375 × 812), anyone filters jobs by industry and education, then moves to the project demands and
/// the talents' projects: each list fits the width and its filters work without signing in.</summary>
public sealed class PublicListsTests(YincaiE2EFixture app) : IClassFixture<YincaiE2EFixture>
{
    [Fact]
    [Trait("Rule", "ENT-02")]
    public async Task PublicLists_OnAPhone_FitTheWidthAndFilter()
    {
        var unique = Guid.NewGuid().ToString("N")[..6];
        var job = await PublishedJob.CreateAsync(app, "软件测试工程师" + unique, TestContext.Current.CancellationToken);
        await using var session = await app.OpenSessionAsync(nameof(PublicLists_OnAPhone_FitTheWidthAndFilter), BrowserSession.Phone, phone: true);
        var jobs = new JobSearchPage(session);
        var demands = new DemandSearchPage(session);
        var projects = new ProjectSearchPage(session);

        await jobs.GotoAsync();
        await AssertFitsPhoneAsync(jobs);
        await jobs.Keyword.FillAsync(unique);
        await jobs.Industry.SelectOptionAsync("65");
        await jobs.MyDegree.SelectOptionAsync("Bachelor");
        await jobs.SearchButton.ClickAsync();
        await jobs.AssertShownAsync("filtered");
        await Expect(jobs.Result(job.JobTitle)).ToBeVisibleAsync();
        await Expect(jobs.ResultCount).ToHaveTextAsync("共找到 1 个岗位");
        await AssertFitsPhoneAsync(jobs);

        await jobs.Tab("项目需求").ClickAsync();
        await demands.AssertShownAsync();
        await AssertFitsPhoneAsync(demands);
        await demands.Industry.SelectOptionAsync("26");
        await demands.SearchButton.ClickAsync();
        await demands.AssertShownAsync("filtered");
        await Expect(demands.ResultCount).ToBeVisibleAsync();
        await AssertFitsPhoneAsync(demands);

        await demands.Tab("人才项目").ClickAsync();
        await projects.AssertShownAsync();
        await projects.Stage.SelectOptionAsync("Prototype");
        await projects.SearchButton.ClickAsync();
        await projects.AssertShownAsync("filtered");
        await Expect(projects.ResultCount).ToBeVisibleAsync();
        await AssertFitsPhoneAsync(projects);
        session.AssertNoBrowserErrors();
    }

    private static async Task AssertFitsPhoneAsync(BasePage page)
    {
        var (scrollWidth, innerWidth) = await page.MeasureWidthAsync();
        Assert.True(scrollWidth <= innerWidth, $"{page.PagePath} scrolls sideways: scrollWidth {scrollWidth} > innerWidth {innerWidth}");
    }
}
