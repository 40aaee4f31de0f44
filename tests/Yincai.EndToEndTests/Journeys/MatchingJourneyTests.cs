using Yincai.EndToEndTests.Infrastructure;
using Yincai.EndToEndTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Yincai.EndToEndTests.Journeys;

/// <summary>
/// Person-job matching as people meet it: a talent on a phone sees the job that fits first, with its score and
/// reasons, and why another misses; the employer sees the talent (name masked) for its job; the Qingdao officer
/// recommends the talent and the employer hears of it. The demo talent account sees demo jobs on first start.
/// </summary>
public sealed class MatchingJourneyTests(YincaiE2EFixture app) : IClassFixture<YincaiE2EFixture>
{
    private const string RecommendNote = "该人才熟悉 Kotlin，建议尽快联系。";

    [Fact]
    public async Task Matching_TalentSeesExplainedJobs_EmployerSeesTalent_OfficerRecommends()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var setup = await MatchingSetup.CreateAsync(app, cancellationToken);
        const string test = nameof(Matching_TalentSeesExplainedJobs_EmployerSeesTalent_OfficerRecommends);

        // 1. The talent, on a phone: the home page recommends the fitting job; 为我推荐 puts it first and says why the
        // master's job misses.
        await using (var talent = await app.OpenSessionAsync(test + "-1-talent", BrowserSession.Phone, phone: true))
        {
            var login = new LoginPage(talent);
            var workspace = new WorkspacePage(talent);
            var matching = new MatchingPage(talent);

            await login.GotoAsync();
            await login.SignInAsync(setup.TalentMobile, MatchingSetup.Password);
            await workspace.AssertShownAsync("talent");
            await Expect(workspace.MatchedJobsPanel).ToContainTextAsync("为我推荐的岗位");
            var home = MatchCard.Job(workspace.MatchedJobs, setup.FitJobTitle);
            await Expect(workspace.MatchedJobs.First).ToContainTextAsync(setup.FitJobTitle);
            await Expect(home).ToContainTextAsync(setup.EmployerName);
            // Everything met; the skills near full (the job also lists 五险一金 and a description the talent's skills do not cover).
            Assert.InRange(await ScoreOfAsync(home), 90, 100);
            await Expect(MatchCard.Reason(home, "Region")).ToContainTextAsync($"地区符合意向（{MatchingSetup.RegionName}）");
            await Expect(MatchCard.Reason(home, "Skills")).ToContainTextAsync("技能关键词重合：Java、Kotlin、微服务");
            await AssertFitsPhoneAsync(workspace);

            await workspace.AllMatchesLink.ClickAsync();
            await matching.AssertShownAsync();
            await Expect(matching.Heading).ToHaveTextAsync("为我推荐");
            await Expect(matching.JobTitles.First).ToHaveTextAsync(setup.FitJobTitle);
            var titles = (await matching.JobTitles.AllInnerTextsAsync()).ToList();
            Assert.True(titles.IndexOf(setup.MasterJobTitle) > 0, $"The master's job is listed after the fitting one: {string.Join(" / ", titles)}");

            var fit = matching.Job(setup.FitJobTitle);
            var fitScore = await ScoreOfAsync(fit);
            Assert.InRange(fitScore, 90, 100);
            await Expect(MatchCard.Reason(fit, "Degree")).ToHaveAttributeAsync("data-level", "Met");
            await Expect(MatchCard.Reason(fit, "Major")).ToContainTextAsync("专业对口（软件工程）");

            var master = matching.Job(setup.MasterJobTitle);
            Assert.InRange(await ScoreOfAsync(master), 1, Math.Min(85, fitScore - 10));
            await MatchCard.Why(master).ClickAsync();
            await Expect(MatchCard.Reason(master, "Degree")).ToBeVisibleAsync();
            await Expect(MatchCard.Reason(master, "Degree")).ToHaveAttributeAsync("data-level", "Missed");
            await Expect(MatchCard.Reason(master, "Degree")).ToContainTextAsync("学历未达要求（要求硕士，具备本科）");
            await AssertFitsPhoneAsync(matching);
            await matching.AssertShownAsync("degree-missed");
            talent.AssertNoBrowserErrors();
        }

        // 2. The employer, on a desktop: the talent for its job, name masked, with score and reasons.
        await using (var employer = await app.OpenSessionAsync(test + "-2-employer", BrowserSession.Desktop))
        {
            var login = new LoginPage(employer);
            var workspace = new WorkspacePage(employer);
            var talents = new JobMatchesPage(employer, setup.FitJobId);

            await login.GotoAsync();
            await login.SignInAsync(setup.EmployerMobile, MatchingSetup.Password);
            await workspace.AssertShownAsync("employer");
            await talents.OpenAsync();
            await Expect(talents.Heading).ToHaveTextAsync($"岗位“{setup.FitJobTitle}”的匹配人才");
            await Expect(talents.Talents.First).ToContainTextAsync(setup.TalentMaskedName);
            var card = talents.Talent(setup.TalentMaskedName);
            await Expect(card).ToContainTextAsync("中国海洋大学");
            await Expect(card).Not.ToContainTextAsync(setup.TalentName);
            Assert.InRange(await ScoreOfAsync(card), 90, 100);
            await Expect(MatchCard.Reason(card, "Skills")).ToContainTextAsync("Kotlin");
            await Expect(MatchCard.Reason(card, "Degree")).ToContainTextAsync("学历符合要求（要求本科，具备本科）");
            await Expect(talents.RecommendButton(setup.TalentMaskedName)).ToHaveCountAsync(0);
            await talents.AssertShownAsync("employer");
            employer.AssertNoBrowserErrors();
        }

        // 3. The Qingdao officer recommends the talent; the employer finds the recommendation in the inbox.
        await using (var officer = await app.OpenSessionAsync(test + "-3-officer", BrowserSession.Desktop))
        {
            var login = new LoginPage(officer);
            var workspace = new WorkspacePage(officer);
            var talents = new JobMatchesPage(officer, setup.FitJobId);

            await login.GotoAsync();
            await login.SignInAsync(DemoAccounts.QingdaoOfficer, DemoAccounts.Password);
            await workspace.AssertShownAsync("officer");
            await talents.OpenAsync();
            await Expect(talents.Talents.First).ToContainTextAsync(setup.TalentMaskedName);
            await Expect(talents.RecommendedBadge(setup.TalentMaskedName)).ToHaveCountAsync(0);
            await talents.RecommendNote(setup.TalentMaskedName).FillAsync(RecommendNote);
            await talents.AssertShownAsync("officer");
            await talents.RecommendButton(setup.TalentMaskedName).ClickAsync();

            await Expect(talents.RecommendedBadge(setup.TalentMaskedName)).ToHaveTextAsync("已推荐");
            await Expect(talents.RecommendButton(setup.TalentMaskedName)).ToHaveCountAsync(0);
            await talents.AssertShownAsync("recommended");
            officer.AssertNoBrowserErrors();
        }

        await using (var employer = await app.OpenSessionAsync(test + "-4-inbox", BrowserSession.Desktop))
        {
            var login = new LoginPage(employer);
            var workspace = new WorkspacePage(employer);
            var inbox = new InboxPage(employer);

            await login.GotoAsync();
            await login.SignInAsync(setup.EmployerMobile, MatchingSetup.Password);
            await workspace.AssertShownAsync();
            await workspace.Header.InboxLink().ClickAsync();
            await inbox.AssertShownAsync();
            var message = inbox.Message($"人岗匹配推荐：{setup.FitJobTitle}");
            await Expect(message).ToHaveCountAsync(1);
            await Expect(message).ToContainTextAsync($"人社部门为您的岗位“{setup.FitJobTitle}”推荐了人才{setup.TalentMaskedName}。{RecommendNote}");
            await inbox.AssertShownAsync("recommendation");
            employer.AssertNoBrowserErrors();
        }
    }

    [Fact]
    public async Task DemoTalent_OnFirstStart_SeesDemoJobsRecommended()
    {
        await using var session = await app.OpenSessionAsync(nameof(DemoTalent_OnFirstStart_SeesDemoJobsRecommended), BrowserSession.Phone, phone: true);
        var login = new LoginPage(session);
        var workspace = new WorkspacePage(session);

        await login.GotoAsync();
        await login.SignInAsync(DemoAccounts.Talent, DemoAccounts.Password);
        await workspace.AssertShownAsync("demo-talent");

        await Expect(workspace.MatchedJobs).ToHaveCountAsync(5);
        await Expect(workspace.MatchedJobs.First).ToContainTextAsync("（演示）");
        await Expect(MatchCard.Reason(workspace.MatchedJobs.First, "Region")).ToHaveAttributeAsync("data-level", "Met");
        session.AssertNoBrowserErrors();
    }

    private static async Task AssertFitsPhoneAsync(BasePage page)
    {
        var (scrollWidth, innerWidth) = await page.MeasureWidthAsync();
        Assert.True(scrollWidth <= innerWidth, $"{page.PagePath} scrolls sideways: scrollWidth {scrollWidth} > innerWidth {innerWidth}");
    }

    private static async Task<int> ScoreOfAsync(Microsoft.Playwright.ILocator card) =>
        int.Parse(await MatchCard.Score(card).InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
}
