using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;
using Yincai.EndToEndTests.Pages;
using Yincai.Modules.Stations.Accreditation;
using Yincai.Platform;
using static Microsoft.Playwright.Assertions;

namespace Yincai.EndToEndTests.Journeys;

/// <summary>
/// A Qingdao talent station from its application to its naming and its revocation (DESIGN.md §3): the demo operator applies
/// with every condition met and its evidence uploaded; 市南区's officer records the site visit and passes it; the three experts
/// score it and the city's officer passes it into its public notice, where a visitor on a phone objects anonymously; after the
/// notice the city's officer answers the objection and names it; the public list shows it and its certificate checks as valid.
/// Then its yearly evaluation: the experts score it low, the city's officer concludes, and the station is revoked (撤站摘牌):
/// off the public list, its certificate checks as revoked.
/// </summary>
[Collection(PhoneJourneys.Name)]
public sealed class StationJourneyTests(YincaiE2EFixture app)
{
    private const string Operator = "station.qd";
    private const string DistrictOfficer = "officer.qd.sn";
    private static readonly string[] Experts = ["expert.qd1", "expert.qd2", "expert.qd3"];
    private static readonly string[] ExpertNames = ["评审专家王一（演示）", "评审专家刘二（演示）", "评审专家陈三（演示）"];
    private static readonly string[] Criteria = ["events", "allocations", "services", "operation", "satisfaction"];

    /// <summary>A small, valid one-page PDF: the app tells a file's type by its first bytes.</summary>
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    // What the journey saw wrong without being stopped by it, reported when it is over (see ExpectOneStatusAsync).
    private readonly List<string> productBugs = [];

    [Fact]
    [Trait("Rule", "STN-01")]
    [Trait("Rule", "STN-04")]
    [Trait("Rule", "STN-06")]
    [Trait("Rule", "STN-14")]
    public async Task Station_OperatorApplies_DistrictAndCityReviewAndExpertsPass_NoticeObjectedAndAnswered_Named_FailedEvaluationRevokes()
    {
        const string test = nameof(Station_OperatorApplies_DistrictAndCityReviewAndExpertsPass_NoticeObjectedAndAnswered_Named_FailedEvaluationRevokes);
        var cancellationToken = TestContext.Current.CancellationToken;
        var clock = Stopwatch.StartNew();

        // The officers and experts sign in one after the other, each with their second factor: at once, five sign-ins on two
        // cores held up the other journeys running beside this one past their timeouts.
        var reviewers = new List<Task<BrowserSession>>();
        foreach (var (label, account) in new[] { ("2-district", DistrictOfficer), ("4-city", DemoAccounts.QingdaoOfficer) }.Concat(Experts.Select(e => ("3-" + e, e))))
            reviewers.Add(Task.FromResult(await SignInAsync($"{test}-{label}", account, BrowserSession.Desktop)));
        try
        {
            await JourneyAsync(test, reviewers, cancellationToken);
        }
        finally
        {
            // Every sign-in finishes before the sessions close; a failed one has failed the journey already.
            await Task.WhenAll(reviewers.Select(r => r.ContinueWith(_ => { }, TaskScheduler.Default)));
            foreach (var reviewer in reviewers.Where(r => r.IsCompletedSuccessfully)) await (await reviewer).DisposeAsync();
        }

        // The whole journey, seven people and about seventy screens, in well under two minutes on a quiet machine.
        TestContext.Current.SendDiagnosticMessage($"{test}: {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(productBugs.Count == 0, "The journey went through, but:\n" + string.Join("\n", productBugs));
    }

    private async Task JourneyAsync(string test, IReadOnlyList<Task<BrowserSession>> reviewers, CancellationToken cancellationToken)
    {
        var name = "青岛蓝谷人才驿站" + Guid.NewGuid().ToString("N")[..4];
        await using var operatorSession = await SignInAsync(test + "-1-operator", Operator, BrowserSession.Desktop);

        // 1. The operator of 市南区 applies to the Qingdao program: the profile, every condition, three staff and the evidence.
        var apply = new StationApplyPage(operatorSession);
        await apply.GotoAsync();
        await apply.Program("青岛市人才驿站").ClickAsync();
        await apply.AssertShownAsync("form");
        await Expect(apply.Condition("venue")).ToBeVisibleAsync();
        await apply.Name.FillAsync(name);
        await apply.Type.SelectOptionAsync(new SelectOptionValue { Value = "service" });
        await apply.OrganisationName.FillAsync(name + "运营有限公司");
        await apply.OrganisationKind.SelectOptionAsync(new SelectOptionValue { Label = "企业" });
        await apply.Region.SelectOptionAsync(new SelectOptionValue { Value = "370202" });
        await apply.Address.FillAsync("青岛市市南区东海西路15号");
        await apply.ContactName.FillAsync("孙站长");
        await apply.ContactPhone.FillAsync("0532-81234567");
        await apply.Introduction.FillAsync("面向海洋科技和软件人才的服务型驿站，提供免费职介、特价住宿、政策代办和创业赋能。");
        foreach (var service in new[] { "免费职介", "特价住宿", "政策代办", "创业赋能" }) await apply.Service(service).CheckAsync();
        await apply.TickAllAsync("venue");
        await apply.ConditionIndustry("plan").SelectOptionAsync(new SelectOptionValue { Value = "65" });
        await apply.ConditionText("plan").FillAsync("每季度举办软件和海洋科技专场招聘及项目路演，全年引进人才不少于300人。");
        await apply.ConditionText("lodging").FillAsync("与周边人才公寓合作，来青求职人才最长7晚、每晚100元。");
        string[][] staff = [["孙站长", "站长", "Master"], ["周专员", "人才服务专员", "Bachelor"], ["吴专员", "活动专员", "Bachelor"]];
        for (var i = 0; i < staff.Length; i++)
        {
            await apply.StaffName(i).FillAsync(staff[i][0]);
            await apply.StaffRole(i).FillAsync(staff[i][1]);
            if (i < 2) await apply.StaffFullTime(i).CheckAsync();
            await apply.StaffDegree(i).SelectOptionAsync(new SelectOptionValue { Value = staff[i][2] });
        }
        await apply.TickAllAsync("rules");
        foreach (var condition in new[] { "venue", "plan", "rules" })
            await apply.ConditionEvidence(condition).SetInputFilesAsync(new FilePayload { Name = condition + ".pdf", MimeType = "application/pdf", Buffer = Pdf });
        await apply.AssertShownAsync("filled");

        // Saved as a draft: every condition is met, the files are listed under their conditions.
        await apply.SaveButton.ClickAsync();
        await Expect(apply.Status).ToHaveTextAsync("草稿已保存。");
        await ExpectOneStatusAsync(apply.StatusMessages, "/Stations/Accreditation/Apply after 保存草稿");
        await apply.AssertShownAsync("saved");
        var stationId = apply.IdFromUrl();
        await Expect(apply.Unmet).ToHaveCountAsync(0);
        await Expect(apply.Ready).ToBeVisibleAsync();
        foreach (var condition in new[] { "venue", "plan", "rules" })
            await Expect(apply.ConditionFiles(condition)).ToHaveTextAsync(condition + ".pdf");
        await Expect(apply.StaffName(2)).ToHaveValueAsync("吴专员");

        await apply.SubmitButton.ClickAsync();
        var mine = new StationMinePage(operatorSession);
        await mine.AssertShownAsync("submitted");
        await Expect(mine.Status).ToHaveTextAsync("申报已提交。");
        await ExpectOneStatusAsync(mine.StatusMessages, "/Stations/Mine after 提交申报");
        await Expect(mine.StationStatus(name)).ToHaveTextAsync("审核中");
        await Expect(mine.Station(name)).ToContainTextAsync("区市初审（实地查看）");
        var district = await reviewers[0];
        var city = await reviewers[1];
        var experts = await Task.WhenAll(reviewers.Skip(2));

        // 2. 市南区's officer finds it waiting, records the site visit and passes it to the city.
        var review = new StationReviewPage(district);
        await review.GotoAsync();
        await review.Waiting(name).ClickAsync();
        var application = new StationApplicationPage(district);
        await application.AssertShownAsync();
        await Expect(application.Status).ToHaveTextAsync("审核中");
        await Expect(application.Stage).ToHaveTextAsync("区市初审（实地查看）");
        await Expect(application.Unmet).ToHaveCountAsync(0);
        await Expect(application.VisitedOn).ToHaveValueAsync(Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await application.Findings.FillAsync("实地查看：洽谈区和休闲区独立，网络、多媒体和投影齐备，3名服务人员在岗。");
        await application.RecordVisitButton.ClickAsync();
        await Expect(application.Done).ToHaveTextAsync("已登记实地查看情况。");
        await ExpectOneStatusAsync(application.StatusMessages, "/Stations/Accreditation/Application after 登记实地查看");
        await Expect(application.Steps.Filter(new() { HasText = "实地查看" })).ToHaveCountAsync(1);
        await application.Note.FillAsync("符合申报条件，报市级审核。");
        await application.PassButton.ClickAsync();
        await Expect(application.Done).ToHaveTextAsync("已审核通过。");
        await Expect(application.Stage).ToHaveTextAsync("市级审核（材料审查、专家评审）");
        await Expect(application.StageActions).ToHaveCountAsync(0);
        await application.AssertShownAsync("passed");

        // 3. The three experts, each on their own, score it at the city's stage: on average well above 60.
        int[] scores = [82, 78, 85];
        for (var e = 0; e < experts.Length; e++) await ScoreApplicationAsync(experts[e], ExpertNames[e], name, scores[e]);

        // 4. The city's officer passes it: its public notice of 5 working days starts.
        var cityApplication = new StationApplicationPage(city);
        var cityReview = new StationReviewPage(city);
        await cityReview.GotoAsync();
        await cityReview.Waiting(name).ClickAsync();
        await cityApplication.AssertShownAsync();
        await Expect(cityApplication.Scores).ToHaveCountAsync(3);
        await Expect(cityApplication.ScoreForm).ToHaveCountAsync(0);
        await Expect(cityApplication.VisitedOn).ToHaveCountAsync(0);
        await cityApplication.PassButton.ClickAsync();
        await Expect(cityApplication.Done).ToHaveTextAsync("已审核通过。");
        await Expect(cityApplication.Status).ToHaveTextAsync("公示中");
        await Expect(cityApplication.Decision).ToContainTextAsync("公示期至");
        await cityApplication.AssertShownAsync("in-notice");

        // 5. On a phone, a visitor finds it under 正在公示 and objects without signing in.
        await using var visitor = await app.OpenSessionAsync(test + "-5-visitor", BrowserSession.Phone, phone: true);
        var stations = new StationsPublicPage(visitor);
        var view = new StationViewPage(visitor);
        await stations.GotoAsync();
        await stations.AssertFitsPhoneAsync();
        await Expect(stations.InNoticeLink(name)).ToBeVisibleAsync();
        await Expect(stations.Named(name)).ToHaveCountAsync(0);
        await stations.InNoticeLink(name).ClickAsync();
        await view.AssertShownAsync("in-notice");
        await view.AssertFitsPhoneAsync();
        await Expect(view.Name).ToHaveTextAsync(name);
        await Expect(view.Notice).ToContainTextAsync("公示期");
        await Expect(view.Published).ToContainTextAsync("每晚100元");
        await Expect(view.Certificate).ToHaveCountAsync(0);
        await view.Objection.FillAsync("该驿站的休闲场地与楼下咖啡馆共用，并非相对独立的场地。");
        await view.ObjectButton.ClickAsync();
        await Expect(view.Done).ToHaveTextAsync("异议已提交，审核部门将核实并答复。");
        await ExpectOneStatusAsync(view.StatusMessages, "/Stations/View after 提交异议");
        await view.AssertShownAsync("objected");
        await view.AssertFitsPhoneAsync();

        // 6. While the notice runs the station cannot be named.
        await cityApplication.GotoAsync(stationId);
        await Expect(cityApplication.Objections).ToContainTextAsync("匿名");
        await Expect(cityApplication.Objections).ToContainTextAsync("楼下咖啡馆");
        await cityApplication.NameButton.ClickAsync();
        await Expect(cityApplication.Errors).ToBeVisibleAsync();
        await Expect(cityApplication.Status).ToHaveTextAsync("公示中");
        await cityApplication.AssertShownAsync("notice-running");

        // 7. The 5 working days pass. The app's clock is TimeProvider.System and the e2e host does not replace it (see
        // YincaiE2EFactory), so the notice is moved into the past in the database instead, as if it had started two weeks ago.
        await EndNoticeAsync(stationId, cancellationToken);

        // The notice over, the list no longer shows it as in notice, and it takes no more objections.
        await stations.GotoAsync();
        await Expect(stations.InNoticeLink(name)).ToHaveCountAsync(0);
        await Expect(stations.Named(name)).ToHaveCountAsync(0);

        // 8. The city's officer answers the objection, then names the station: it gets its certificate number.
        await cityApplication.GotoAsync(stationId);
        await Expect(cityApplication.Decision).ToContainTextAsync("公示期已于");
        await cityApplication.NameButton.ClickAsync();
        await Expect(cityApplication.Errors).ToBeVisibleAsync();
        await Expect(cityApplication.Status).ToHaveTextAsync("公示中");
        await cityApplication.ObjectionAnswer.FillAsync("经复核，休闲场地为驿站独立使用的区域，异议不成立。");
        await cityApplication.AnswerButton.ClickAsync();
        await Expect(cityApplication.Done).ToHaveTextAsync("已答复异议。");
        await Expect(cityApplication.Objections).ToContainTextAsync("异议不成立");
        await cityApplication.NameButton.ClickAsync();
        await Expect(cityApplication.Done).ToHaveTextAsync("已命名授牌。");
        await Expect(cityApplication.Status).ToHaveTextAsync("已命名");
        await Expect(cityApplication.Steps.Filter(new() { HasText = "命名授牌" })).ToHaveCountAsync(1);
        await cityApplication.AssertShownAsync("named");

        // 9. The public list shows it among the named stations; its page carries the certificate, which checks as valid.
        await stations.GotoAsync();
        await Expect(stations.Named(name)).ToBeVisibleAsync();
        await Expect(stations.Named(name)).ToContainTextAsync("青岛市人才驿站");
        await stations.AssertShownAsync("named");
        await stations.AssertFitsPhoneAsync();
        await stations.Named(name).GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
        await view.AssertShownAsync("named");
        await view.AssertFitsPhoneAsync();
        await Expect(view.Notice).ToHaveCountAsync(0);
        await Expect(view.Certificate).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^QDRCYZ-\d{4}-\d{3}$"));
        var number = await view.Certificate.InnerTextAsync();
        var verify = new StationVerifyPage(visitor);
        await verify.GotoAsync();
        await verify.CheckAsync(number, "valid");
        await Expect(verify.State).ToHaveTextAsync("证书有效。");
        await Expect(verify.Result).ToContainTextAsync(name);
        await verify.AssertFitsPhoneAsync();

        // 10. The yearly evaluation: the city's officer opens it from the station's page.
        await cityApplication.EvaluationLink.ClickAsync();
        var cityEvaluation = new StationEvaluationPage(city);
        await cityEvaluation.AssertShownAsync();
        await Expect(cityEvaluation.None).ToBeVisibleAsync();
        await cityEvaluation.OpenButton.ClickAsync();
        await Expect(cityEvaluation.Done).ToHaveTextAsync("年度评估已开始，专家可以评分。");
        await ExpectOneStatusAsync(cityEvaluation.StatusMessages, "/Stations/Evaluation after 开始年度评估");
        await Expect(cityEvaluation.Status).ToHaveTextAsync("评估中");
        await Expect(cityEvaluation.ScoreForm).ToHaveCountAsync(0);
        await cityEvaluation.AssertShownAsync("opened");

        // 11. Each expert scores every criterion, low: totals 40, 35 and 45, an average of 40, below the pass mark of 60.
        int[][] low = [[10, 10, 10, 5, 5], [8, 9, 8, 5, 5], [12, 12, 10, 6, 5]];
        for (var e = 0; e < experts.Length; e++) await ScoreEvaluationAsync(experts[e], ExpertNames[e], stationId, low[e]);

        // 12. The city's officer concludes: failed, the station is revoked (撤站摘牌).
        await cityEvaluation.GotoAsync(stationId);
        await Expect(cityEvaluation.Scores).ToHaveCountAsync(3);
        await cityEvaluation.ConcludeNote.FillAsync("年度评估不合格，撤站摘牌。");
        await cityEvaluation.ConcludeButton.ClickAsync();
        await Expect(cityEvaluation.Done).ToHaveTextAsync("已作出评估结论。");
        await Expect(cityEvaluation.Status).ToHaveTextAsync("不合格（已撤站摘牌）");
        await Expect(cityEvaluation.Average("40")).ToBeVisibleAsync();
        await Expect(cityEvaluation.StationStatus).ToHaveTextAsync("已撤销");
        await cityEvaluation.AssertShownAsync("revoked");

        // 13. The public list no longer shows it; its certificate checks as revoked.
        await stations.GotoAsync();
        await Expect(stations.Named(name)).ToHaveCountAsync(0);
        await Expect(stations.InNoticeLink(name)).ToHaveCountAsync(0);
        await stations.AssertShownAsync("revoked");
        await verify.GotoAsync();
        await verify.CheckAsync(number, "revoked");
        await Expect(verify.State).ToHaveTextAsync("该站点已被撤销（撤站摘牌），证书无效。");
        await Expect(verify.Result).ToContainTextAsync("撤销日期");
        await verify.AssertFitsPhoneAsync();

        // 14. The operator sees the station revoked, with the reason.
        await mine.GotoAsync();
        await Expect(mine.StationStatus(name)).ToHaveTextAsync("已撤销");
        await Expect(mine.Station(name)).ToContainTextAsync("不合格");
        await mine.AssertShownAsync("revoked");
    }

    /// <summary>An expert finds the application waiting for their score and gives it, recommending it.</summary>
    private static async Task ScoreApplicationAsync(BrowserSession expert, string expertName, string station, int score)
    {
        var review = new StationReviewPage(expert);
        await review.GotoAsync();
        await review.Waiting(station).ClickAsync();
        var application = new StationApplicationPage(expert);
        await application.AssertShownAsync();
        await Expect(application.Stage).ToHaveTextAsync("市级审核（材料审查、专家评审）");
        await Expect(application.StageActions).ToHaveCountAsync(0);
        await application.Score.FillAsync(score.ToString(CultureInfo.InvariantCulture));
        await Expect(application.Recommend).ToBeCheckedAsync();
        await application.Comment.FillAsync("材料齐全，场地与团队符合条件。");
        await application.ScoreButton.ClickAsync();
        await Expect(application.Done).ToHaveTextAsync("评分已保存。");
        await Expect(application.Scores.Filter(new() { HasText = expertName })).ToContainTextAsync($"{expertName}：{score} 同意推荐");
        await application.AssertShownAsync("scored");
    }

    /// <summary>An expert scores every criterion of the station's yearly evaluation.</summary>
    private static async Task ScoreEvaluationAsync(BrowserSession expert, string expertName, Guid stationId, int[] scores)
    {
        var evaluation = new StationEvaluationPage(expert);
        await evaluation.GotoAsync(stationId);
        await Expect(evaluation.Status).ToHaveTextAsync("评估中");
        await Expect(evaluation.ConcludeForm).ToHaveCountAsync(0);
        for (var c = 0; c < Criteria.Length; c++)
            await evaluation.Criterion(Criteria[c]).FillAsync(scores[c].ToString(CultureInfo.InvariantCulture));
        await evaluation.Comment.FillAsync("全年活动和人才配置远未达到目标。");
        await evaluation.ScoreButton.ClickAsync();
        await Expect(evaluation.Done).ToHaveTextAsync("评分已保存。");
        await Expect(evaluation.Scores.Filter(new() { HasText = expertName }).Locator("td").Last).ToHaveTextAsync(scores.Sum().ToString(CultureInfo.InvariantCulture));
        await evaluation.AssertShownAsync("scored");
    }

    /// <summary>
    /// Notes a page that shows its status message more than once, without stopping the journey: the layout shows
    /// TempData["Status"] (Modules/Shared/_Layout.cshtml), and a page that shows it again repeats it.
    /// </summary>
    private async Task ExpectOneStatusAsync(ILocator statuses, string where)
    {
        var count = await statuses.CountAsync();
        if (count != 1) productBugs.Add($"{where}: the status message is shown {count} times (\"{string.Join("\" / \"", await statuses.AllInnerTextsAsync())}\").");
    }

    /// <summary>A desktop or phone session signed in as the demo account <paramref name="userName"/> (with its second factor).</summary>
    private async Task<BrowserSession> SignInAsync(string sessionName, string userName, ViewportSize viewport)
    {
        var session = await app.OpenSessionAsync(sessionName, viewport);
        try
        {
            var login = new LoginPage(session);
            await login.GotoAsync();
            await login.SignInAsync(userName, DemoAccounts.Password);
            await new WorkspacePage(session).AssertShownAsync();
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    private DateOnly Today() => ChinaClock.DateOf(app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);

    /// <summary>Moves the station's public notice into the past, from 14 days ago to yesterday (see step 7).</summary>
    private async Task EndNoticeAsync(Guid stationId, CancellationToken cancellationToken)
    {
        var today = Today();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<YincaiDb>();
        var moved = await db.Stations.IgnoreQueryFilters([YincaiDb.RegionFilter])
            .Where(s => s.Id == stationId && s.Status == StationStatus.PublicNotice)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.NoticeFrom, today.AddDays(-14)).SetProperty(s => s.NoticeUntil, today.AddDays(-1)), cancellationToken);
        Assert.Equal(1, moved);
    }
}
