using System.Globalization;
using Yincai.IntegrationTests.Modules.Ambassadors;
using Yincai.IntegrationTests.Modules.Events;
using Yincai.Modules.Stations.Accreditation;
using Yincai.Modules.Stations.Contracts;
using Yincai.Modules.Stations.Evaluation;
using static Yincai.IntegrationTests.Modules.Stations.StationRunTestData;
using static Yincai.IntegrationTests.Modules.Stations.StationTestData;

namespace Yincai.IntegrationTests.Modules.Stations;

/// <summary>
/// The yearly evaluation of a named station (STN-13, STN-14) through its page: the program's officer opens the year's
/// evaluation, three experts score each criterion within its maximum with the station's figures of the year beside them, and the
/// officer concludes: a pass records the reward and the station stays named; a fail revokes it (撤站摘牌) with everything that
/// follows for the public, the certificate and its operator. Who may open, score and conclude is checked as well.
/// </summary>
public sealed class StationEvaluationTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateOnly Today => app.Services.GetRequiredService<ChinaClock>().Today;

    private static string PagePath(Guid station) => $"/Stations/Evaluation?id={station}";

    private static Task<HttpResponseMessage> PostAsync(HttpClient browser, Guid station, string handler, Dictionary<string, string> fields,
        string? tokenFrom = null) =>
        YincaiAppFactory.PostFormAsync(browser, $"{PagePath(station)}&handler={handler}", fields, tokenFrom ?? PagePath(station));

    private Task<HttpResponseMessage> OpenAsync(HttpClient officer, Guid station) =>
        PostAsync(officer, station, "Open", new() { ["id"] = station.ToString(), ["year"] = Today.Year.ToString(CultureInfo.InvariantCulture) });

    /// <summary>The five Qingdao criteria (maxima 25, 30, 20, 15, 10), as the score form names its inputs.</summary>
    private static Dictionary<string, string> Scores(Guid evaluation, int events, int allocations, int services, int operation, int satisfaction) => new()
    {
        ["evaluation"] = evaluation.ToString(), ["scores[events]"] = I(events), ["scores[allocations]"] = I(allocations), ["scores[services]"] = I(services),
        ["scores[operation]"] = I(operation), ["scores[satisfaction]"] = I(satisfaction), ["comment"] = "台账齐全。",
    };

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    private async Task ScoreAsync(string expert, Guid station, Dictionary<string, string> scores)
    {
        using var browser = await app.ClientAsync(Via.Cookie, expert);
        using var scored = await PostAsync(browser, station, "Score", scores);
        Assert.Equal(HttpStatusCode.Redirect, scored.StatusCode);
    }

    private async Task<HttpResponseMessage> ConcludeAsync(HttpClient officer, Guid station, StationEvaluation evaluation, string? reward = null)
    {
        var version = (await EvaluationAsync(evaluation.Id)).Version;
        return await PostAsync(officer, station, "Conclude", new()
        {
            ["evaluation"] = evaluation.Id.ToString(), ["version"] = I(version), ["reward"] = reward ?? "", ["note"] = "结合台账和现场核查。",
        });
    }

    private Task<StationEvaluation> EvaluationAsync(Guid id) =>
        app.WithDbAsync(db => db.StationEvaluations.IgnoreQueryFilters().AsNoTracking().SingleAsync(e => e.Id == id, Ct));

    private Task<StationEvaluation?> EvaluationOfAsync(Guid station) =>
        app.WithDbAsync(db => db.StationEvaluations.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(e => e.StationId == station, Ct));

    private Task<int> ScoreCountAsync(Guid station) =>
        app.WithDbAsync(db => db.EvaluationScores.IgnoreQueryFilters().CountAsync(s => s.StationId == station, Ct));

    private async Task<List<string>> InboxTitlesAsync(Guid userId) => (await app.InboxInChineseAsync(userId)).Select(m => m.Title).ToList();

    [Fact]
    [Trait("Rule", "STN-13")]
    [Trait("Rule", "STN-14")]
    public async Task Evaluation_Passed_RecordsTheReward_AndTheStationStaysNamed()
    {
        var station = await app.RunStationAsync("评估合格人才驿站");
        var talent = await app.TalentWithMobileAsync("吴海洋");
        using var operatorBrowser = await app.SignedInAsync(station.Operator);
        await LoggedAsync(operatorBrowser, ServiceForm(station.Id, talent.Mobile, Today, kind: "Startup", detail: "创业项目辅导。", outcome: "已入驻孵化器"));
        using var officer = await app.ClientAsync(Via.Cookie, DemoUsers.QingdaoOfficer);
        var before = await PageAsync(officer, PagePath(station.Id));

        using (var opened = await OpenAsync(officer, station.Id)) Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var evaluation = (await EvaluationOfAsync(station.Id))!;
        await ScoreAsync(DemoUsers.QingdaoExperts[0], station.Id, Scores(evaluation.Id, 22, 25, 18, 12, 8));
        await ScoreAsync(DemoUsers.QingdaoExperts[1], station.Id, Scores(evaluation.Id, 20, 24, 16, 12, 8));
        await ScoreAsync(DemoUsers.QingdaoExperts[2], station.Id, Scores(evaluation.Id, 18, 20, 15, 10, 7));
        using var negative = await ConcludeAsync(officer, station.Id, evaluation, reward: "-1");
        var afterNegative = await EvaluationAsync(evaluation.Id);
        using var concluded = await ConcludeAsync(officer, station.Id, evaluation, reward: "50000.5");
        var page = await PageAsync(officer, PagePath(station.Id));
        var decided = await EvaluationAsync(evaluation.Id);
        using var anonymous = app.CreateBrowser();
        using var view = await anonymous.GetAsync($"/Stations/View?id={station.Id}", Ct);

        Assert.Contains($"{Today.Year}年度尚未开始评估。", Element(before, "evaluation-none"), StringComparison.Ordinal);
        Assert.Contains("evaluation-open", before, StringComparison.Ordinal);
        Assert.Contains("奖励金额不能为负数。", Element(await TextAsync(negative), "evaluation-errors"), StringComparison.Ordinal);
        Assert.Equal(EvaluationStatus.Open, afterNegative.Status);
        Assert.Equal(HttpStatusCode.Redirect, concluded.StatusCode);
        // Totals 85, 80 and 70: average 78.3, a pass.
        Assert.Equal((EvaluationStatus.Passed, 78.3, 5_000_050L), (decided.Status, decided.AverageScore, decided.RewardFen));
        Assert.Equal((1, 1, 0, 0), (decided.PeopleServed, decided.Services, decided.Allocations, decided.EventsHeld));
        Assert.Contains("合格", Element(page, "evaluation-status"), StringComparison.Ordinal);
        Assert.DoesNotContain("不合格", page, StringComparison.Ordinal);
        Assert.Contains("平均分78.3", page, StringComparison.Ordinal);
        Assert.Contains("奖补：50,000.50 元", page, StringComparison.Ordinal);
        Assert.Contains("已命名", Element(page, "evaluation-station-status"), StringComparison.Ordinal);
        Assert.DoesNotContain("evaluation-conclude-form", page, StringComparison.Ordinal);
        Assert.Equal(StationStatus.Named, (await app.StationAsync(station.Id)).Status);
        Assert.Equal(HttpStatusCode.OK, view.StatusCode);
        Assert.Equal([StepAction.Evaluated], (await app.StepsAsync(station.Id)).Where(s => s.Action >= StepAction.Evaluated).Select(s => s.Action));
        Assert.Contains($"{station.Name}通过{Today.Year}年度评估", await InboxTitlesAsync(station.Operator.Id));
        Assert.Equal((1, 1, 0, 0), await ServicesFiguresAsync(operatorBrowser, station.Id));
    }

    [Fact]
    [Trait("Rule", "STN-14")]
    [Trait("Rule", "STN-08")]
    public async Task Evaluation_Failed_RevokesTheStation_OffThePublicList_CertificateRevoked_OperatorLosesItsRights_RecordKept()
    {
        var station = await app.RunStationAsync("评估不合格人才驿站");
        var number = (await app.StationAsync(station.Id)).CertificateNumber!;
        var (employer, job) = await app.PublishedJobAsync("撤站前推荐岗位" + Guid.NewGuid().ToString("N")[..6], "370202");
        var (_, laterJob) = await app.PublishedJobAsync("撤站后才投递岗位" + Guid.NewGuid().ToString("N")[..6], "370202");
        var hired = await app.TalentWithMobileAsync("郑国强");
        var lodged = await app.TalentWithMobileAsync("冯雨桐");
        using var operatorBrowser = await app.SignedInAsync(station.Operator);
        // The year's work: two people served four times, one of them referred and hired, the other referred to a job they have
        // not applied to yet; one event held.
        await LoggedAsync(operatorBrowser, ServiceForm(station.Id, hired.Mobile, Today, job: job.Id.ToString()));
        await LoggedAsync(operatorBrowser, ServiceForm(station.Id, hired.Mobile, Today, kind: "Policy", detail: "代办落户。", outcome: null));
        await LoggedAsync(operatorBrowser, ServiceForm(station.Id, lodged.Mobile, Today, kind: "Lodging", detail: "人才公寓两晚。", outcome: null));
        await LoggedAsync(operatorBrowser, ServiceForm(station.Id, lodged.Mobile, Today, job: laterJob.Id.ToString()));
        await app.WithServicesAsync(async s =>
        {
            var referrer = await s.GetRequiredService<StationDirectory>().ReferrerAsync(hired.User.Id, job.Id, Ct);
            var applications = s.GetRequiredService<JobApplications>();
            var applied = await applications.ApplyAsync(hired.User.Id, job.Id, null, referrer, Ct);
            foreach (var step in new[] { ApplicationStatus.Interview, ApplicationStatus.Offer, ApplicationStatus.Hired })
                Assert.False((await applications.MoveAsync(employer.Id, applied.Value!.Id, step, Ct)).IsError);
        });
        await app.StationEventAsync(station.Id, station.Name, "撤站前路演" + Guid.NewGuid().ToString("N")[..6]);
        using var officer = await app.ClientAsync(Via.Cookie, DemoUsers.QingdaoOfficer);
        using var anonymous = app.CreateBrowser();
        var listedBefore = Element(await PageAsync(anonymous, "/Stations?q=" + Uri.EscapeDataString(station.Name)), "stations-list");
        var dashboardBefore = await DashboardAsync(officer, Qingdao);
        var countsBefore = Numbers(Element(Element(await PageAsync(officer, "/Stations/Programs"), "program-" + Qingdao), "program-figures"));

        using (var opened = await OpenAsync(officer, station.Id)) Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var evaluation = (await EvaluationOfAsync(station.Id))!;
        var figuresShown = Numbers(Element(await PageAsync(officer, PagePath(station.Id)), "evaluation-figures"));
        await ScoreAsync(DemoUsers.QingdaoExperts[0], station.Id, Scores(evaluation.Id, 10, 12, 10, 8, 5));
        await ScoreAsync(DemoUsers.QingdaoExperts[1], station.Id, Scores(evaluation.Id, 12, 15, 12, 8, 6));
        await ScoreAsync(DemoUsers.QingdaoExperts[2], station.Id, Scores(evaluation.Id, 15, 18, 12, 10, 6));
        using var concluded = await ConcludeAsync(officer, station.Id, evaluation, reward: "10000");

        var page = await PageAsync(officer, PagePath(station.Id));
        var decided = await EvaluationAsync(evaluation.Id);
        var revoked = await app.StationAsync(station.Id);
        var listedAfter = Element(await PageAsync(anonymous, "/Stations?q=" + Uri.EscapeDataString(station.Name)), "stations-list");
        using var view = await anonymous.GetAsync($"/Stations/View?id={station.Id}", Ct);
        var verify = await PageAsync(anonymous, "/Stations/Verify?number=" + Uri.EscapeDataString(number));
        var services = await PageAsync(operatorBrowser, "/Stations/Operation/Services");
        using var logAfter = await LogServiceAsync(operatorBrowser, ServiceForm(station.Id, lodged.Mobile, Today, kind: "Other", detail: "撤站后登记。"));
        var eventTitle = "撤站后活动" + Guid.NewGuid().ToString("N")[..6];
        using var eventForm = await YincaiAppFactory.PostFormAsync(operatorBrowser, "/Events/Manage/Edit",
            EventTestData.Form(eventTitle, "370202", null, stationId: station.Id));
        using var certificate = await operatorBrowser.GetAsync($"/Stations/Mine?handler=Certificate&id={station.Id}", Ct);
        var mine = Card(await PageAsync(operatorBrowser, "/Stations/Mine"), station.Name);
        var steps = (await app.StepsAsync(station.Id)).Select(s => s.Action).ToList();
        // The talent it referred applies only now: the application is no revoked station's.
        using var lodgedBrowser = await app.SignedInAsync(lodged.User);
        using (var applied = await YincaiAppFactory.PostFormAsync(lodgedBrowser, $"/Jobs/View?id={laterJob.Id}&handler=Apply",
            new Dictionary<string, string> { ["id"] = laterJob.Id.ToString() }, tokenFrom: $"/Jobs/View?id={laterJob.Id}"))
            Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        var lateApplication = await app.WithDbAsync(db => db.JobApplications.IgnoreQueryFilters().AsNoTracking()
            .SingleAsync(a => a.TalentUserId == lodged.User.Id && a.JobId == laterJob.Id, Ct));
        var dashboardAfter = await DashboardAsync(officer, Qingdao);
        var countsAfter = Numbers(Element(Element(await PageAsync(officer, "/Stations/Programs"), "program-" + Qingdao), "program-figures"));

        // The figures beside the scores are what the year held: 2 people, 4 services, 1 allocation, 1 event.
        Assert.Equal([2, 4, 1, 1], figuresShown);
        Assert.Equal((2, 4, 1, 1), (decided.PeopleServed, decided.Services, decided.Allocations, decided.EventsHeld));
        // Totals 45, 53 and 61: average 53, below 60.
        Assert.Equal(HttpStatusCode.Redirect, concluded.StatusCode);
        Assert.Equal((EvaluationStatus.Failed, 53.0, (long?)null), (decided.Status, decided.AverageScore, decided.RewardFen));
        Assert.Contains("不合格（已撤站摘牌）", Element(page, "evaluation-status"), StringComparison.Ordinal);
        Assert.Contains("已撤销", Element(page, "evaluation-station-status"), StringComparison.Ordinal);
        Assert.Equal((StationStatus.Revoked, Today), (revoked.Status, revoked.RevokedOn));
        // The public: off the list, its page gone, its certificate revoked.
        Assert.Contains(station.Name, listedBefore, StringComparison.Ordinal);
        Assert.DoesNotContain(station.Name, listedAfter, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, view.StatusCode);
        Assert.Contains("该站点已被撤销", Element(verify, "verify-state"), StringComparison.Ordinal);
        Assert.Contains(station.Name, Element(verify, "verify-result"), StringComparison.Ordinal);
        // The operator: no station to run, no service logged, no event organised; the certificate still downloads.
        Assert.Contains("您还没有已命名的站点", Element(services, "services-no-station"), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.Redirect, logAfter.StatusCode);
        Assert.Equal(4, await app.WithDbAsync(db => db.StationServices.IgnoreQueryFilters().CountAsync(e => e.StationId == station.Id, Ct)));
        Assert.Contains("您还没有已命名的人才驿站或留学人员之家", await TextAsync(eventForm), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Events.IgnoreQueryFilters().AnyAsync(e => e.Title == eventTitle, Ct)));
        Assert.Null(lateApplication.ReferredByStationId);
        Assert.Equal(HttpStatusCode.OK, certificate.StatusCode);
        Assert.Equal("application/pdf", certificate.Content.Headers.ContentType?.MediaType);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString((await certificate.Content.ReadAsByteArrayAsync(Ct))[..4]));
        Assert.Contains("站点已撤销：" + station.Name, await InboxTitlesAsync(station.Operator.Id));
        // The record keeps both steps, and the operator sees them.
        Assert.Equal([StepAction.Evaluated, StepAction.Revoked], steps.Where(s => s is StepAction.Evaluated or StepAction.Revoked));
        Assert.Contains("已撤销", mine, StringComparison.Ordinal);
        Assert.Contains("撤站摘牌", mine, StringComparison.Ordinal);
        // The program's dashboard: one named fewer, one revoked more, and the station's year no longer counted.
        Assert.Equal(countsBefore[0] - 1, countsAfter[0]);
        Assert.Equal(countsBefore[3] + 1, countsAfter[3]);
        Assert.Equal((dashboardBefore.Events - 1, dashboardBefore.Allocations - 1, dashboardBefore.Served - 2, dashboardBefore.Services - 4), dashboardAfter);
    }

    [Fact]
    [Trait("Rule", "STN-14")]
    public async Task Evaluation_OpenedTwice_ScoreAboveMax_ForeignExpert_DistrictOfficer_TooFewScores_AreAllRefused()
    {
        var station = await app.RunStationAsync("评估规则人才驿站");
        using var district = await app.ClientAsync(Via.Cookie, DemoUsers.CountyOfficer);
        using var officer = await app.ClientAsync(Via.Cookie, DemoUsers.QingdaoOfficer);

        // The district's officer (市南区) sees the station but is not the program's officer: cannot open.
        var districtPage = await PageAsync(district, PagePath(station.Id));
        using var districtOpen = await OpenAsync(district, station.Id);
        var afterDistrictOpen = await EvaluationOfAsync(station.Id);
        using var opened = await OpenAsync(officer, station.Id);
        using var openedAgain = await OpenAsync(officer, station.Id);
        var evaluation = (await EvaluationOfAsync(station.Id))!;

        // A score above a criterion's maximum names the criterion; an expert of Jiangsu cannot reach a Qingdao evaluation.
        using var expert = await app.ClientAsync(Via.Cookie, DemoUsers.QingdaoExperts[0]);
        using var tooHigh = await PostAsync(expert, station.Id, "Score", Scores(evaluation.Id, 26, 20, 15, 10, 8));
        var scoresAfterTooHigh = await ScoreCountAsync(station.Id);
        using var foreign = await app.ClientAsync(Via.Cookie, DemoUsers.JiangsuExperts[0]);
        using var foreignPage = await foreign.GetAsync(PagePath(station.Id), Ct);
        using var foreignScore = await PostAsync(foreign, station.Id, "Score", Scores(evaluation.Id, 20, 20, 15, 10, 8), tokenFrom: "/Workspace/Home");
        var scoresAfterForeign = await ScoreCountAsync(station.Id);

        // Two experts' scores: not enough to conclude; the district's officer cannot conclude at all.
        await ScoreAsync(DemoUsers.QingdaoExperts[0], station.Id, Scores(evaluation.Id, 20, 20, 15, 10, 8));
        await ScoreAsync(DemoUsers.QingdaoExperts[1], station.Id, Scores(evaluation.Id, 10, 10, 5, 5, 5));
        using var districtConclude = await ConcludeAsync(district, station.Id, evaluation);
        using var tooFew = await ConcludeAsync(officer, station.Id, evaluation);
        var still = await EvaluationAsync(evaluation.Id);

        Assert.DoesNotContain("evaluation-open", districtPage, StringComparison.Ordinal);
        Assert.Contains("该申报当前环节不由您所在的部门办理。", Element(await TextAsync(districtOpen), "evaluation-errors"), StringComparison.Ordinal);
        Assert.Null(afterDistrictOpen);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Contains("该站点本年度的评估已开始。", Element(await TextAsync(openedAgain), "evaluation-errors"), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.StationEvaluations.IgnoreQueryFilters().CountAsync(e => e.StationId == station.Id, Ct)));
        Assert.Contains("“引才聚才活动开展情况”请评0到25分。", Element(await TextAsync(tooHigh), "evaluation-errors"), StringComparison.Ordinal);
        Assert.Equal(0, scoresAfterTooHigh);
        Assert.Equal(HttpStatusCode.NotFound, foreignPage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignScore.StatusCode);
        Assert.Equal(0, scoresAfterForeign);
        Assert.Contains("该申报当前环节不由您所在的部门办理。", Element(await TextAsync(districtConclude), "evaluation-errors"), StringComparison.Ordinal);
        Assert.Contains("本环节需要3位专家评分，目前有2位。", Element(await TextAsync(tooFew), "evaluation-errors"), StringComparison.Ordinal);
        Assert.Equal((EvaluationStatus.Open, (double?)null), (still.Status, still.AverageScore));
        Assert.Equal(StationStatus.Named, (await app.StationAsync(station.Id)).Status);
    }
}
