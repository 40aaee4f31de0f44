using System.Globalization;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Stations.Operation;
using static Yincai.IntegrationTests.Modules.Stations.StationRunTestData;
using static Yincai.IntegrationTests.Modules.Stations.StationTestData;

namespace Yincai.IntegrationTests.Modules.Stations;

/// <summary>
/// The yearly event plan's page (STN-11): what the operator's plan is refused for, who may approve it, and a returned plan
/// edited and submitted again. A named returnee home's own page (RET-08, RET-09): its public services, matching links and
/// networking platform, which talents join and leave, whose members only signed-in people see.
/// </summary>
public sealed class StationPlanAndHomeTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private int ThisYear => app.Services.GetRequiredService<ChinaClock>().Today.Year;

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The plan page's form with these lines (title, month, participants), to its Save or Submit handler.</summary>
    private static Task<HttpResponseMessage> PostPlanAsync(HttpClient operatorBrowser, Guid station, int year, string handler,
        params (string Title, string Month, string Participants)[] lines)
    {
        var fields = new Dictionary<string, string> { ["station"] = station.ToString(), ["year"] = I(year) };
        for (var i = 0; i < lines.Length; i++)
            (fields[$"Lines[{i}].Title"], fields[$"Lines[{i}].Month"], fields[$"Lines[{i}].Participants"]) = lines[i];
        return YincaiAppFactory.PostFormAsync(operatorBrowser, $"/Stations/Operation/Plan?handler={handler}", fields,
            $"/Stations/Operation/Plan?station={station}&year={year}");
    }

    private static async Task<string> PlanErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Element(await TextAsync(response), "plan-errors");
    }

    private Task<EventPlan?> PlanAsync(Guid station) =>
        app.WithDbAsync(db => db.EventPlans.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(p => p.StationId == station, Ct));

    private static Task<HttpResponseMessage> DecideAsync(HttpClient officer, string handler, EventPlan plan, string? reason = null) =>
        YincaiAppFactory.PostFormAsync(officer, $"/Stations/Operation/Plans?handler={handler}",
            new Dictionary<string, string> { ["plan"] = plan.Id.ToString(), ["version"] = I(plan.Version), ["reason"] = reason ?? "" },
            "/Stations/Operation/Plans");

    [Fact]
    [Trait("Rule", "STN-11")]
    public async Task PlanPage_EmptyPlan_BadMonth_NegativeParticipants_PastOrFarYear_AreRefused_AndNothingIsSubmitted()
    {
        var station = await app.RunStationAsync("计划校验人才驿站");
        using var operatorBrowser = await app.SignedInAsync(station.Operator);

        var empty = await PlanErrorsAsync(await PostPlanAsync(operatorBrowser, station.Id, ThisYear, "Submit"));
        var blankOnly = await PlanErrorsAsync(await PostPlanAsync(operatorBrowser, station.Id, ThisYear, "Submit", ("  ", "5", "10")));
        var badMonth = await PlanErrorsAsync(await PostPlanAsync(operatorBrowser, station.Id, ThisYear, "Submit", ("集成电路专场招聘", "13", "100")));
        var negative = await PlanErrorsAsync(await PostPlanAsync(operatorBrowser, station.Id, ThisYear, "Save",
            ("集成电路专场招聘", "5", "100"), ("项目路演", "6", "-3")));
        var past = await PlanErrorsAsync(await PostPlanAsync(operatorBrowser, station.Id, ThisYear - 1, "Submit", ("往年活动", "5", "100")));
        var far = await PlanErrorsAsync(await PostPlanAsync(operatorBrowser, station.Id, ThisYear + 2, "Submit", ("后年活动", "5", "100")));
        var plan = await PlanAsync(station.Id);
        using var officer = await app.ClientAsync(Via.Cookie, DemoUsers.QingdaoOfficer);
        var waiting = await PageAsync(officer, "/Stations/Operation/Plans");

        Assert.Contains("活动计划至少要有一项活动。", empty, StringComparison.Ordinal);
        Assert.Contains("活动计划至少要有一项活动。", blankOnly, StringComparison.Ordinal);
        Assert.Contains("第1行：月份应为1至12，人数不能为负。", badMonth, StringComparison.Ordinal);
        Assert.Contains("第2行：月份应为1至12，人数不能为负。", negative, StringComparison.Ordinal);
        Assert.Contains("只能制定今年或明年的活动计划。", past, StringComparison.Ordinal);
        Assert.Contains("只能制定今年或明年的活动计划。", far, StringComparison.Ordinal);
        Assert.Null(plan);
        Assert.DoesNotContain(station.Name, waiting, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "STN-11")]
    public async Task Plan_OfficersOfAnotherCityOrTheDistrict_CannotApprove_ReturnedWithReason_IsEditedAndResubmitted()
    {
        var station = await app.RunStationAsync("计划退回人才驿站");
        using var operatorBrowser = await app.SignedInAsync(station.Operator);
        using (var submitted = await PostPlanAsync(operatorBrowser, station.Id, ThisYear, "Submit", ("软件人才专场路演", "6", "200")))
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var plan = (await PlanAsync(station.Id))!;
        using var jinan = await app.ClientAsync(Via.Cookie, "officer.jn");
        using var district = await app.ClientAsync(Via.Cookie, DemoUsers.CountyOfficer);
        using var officer = await app.ClientAsync(Via.Cookie, DemoUsers.QingdaoOfficer);

        var jinanList = await PageAsync(jinan, "/Stations/Operation/Plans");
        using var jinanApprove = await DecideAsync(jinan, "Approve", plan);
        using var districtApprove = await DecideAsync(district, "Approve", plan);
        var afterOthers = (await PlanAsync(station.Id))!;
        using var editSubmitted = await PostPlanAsync(operatorBrowser, station.Id, ThisYear, "Save", ("改名的活动", "7", "50"));
        var qingdaoList = Card(await PageAsync(officer, "/Stations/Operation/Plans"), station.Name);
        using var noReason = await DecideAsync(officer, "Return", plan, "  ");
        using var returned = await DecideAsync(officer, "Return", plan, "请补充下半年的活动安排。");
        var returnedPlan = (await PlanAsync(station.Id))!;
        var operatorPage = await PageAsync(operatorBrowser, $"/Stations/Operation/Plan?station={station.Id}&year={ThisYear}");
        using var resubmitted = await PostPlanAsync(operatorBrowser, station.Id, ThisYear, "Submit", ("软件人才专场路演", "6", "200"),
            ("集成电路项目路演", "10", "120"));
        var resubmittedPlan = (await PlanAsync(station.Id))!;
        var qingdaoAgain = Card(await PageAsync(officer, "/Stations/Operation/Plans"), station.Name);
        using var approved = await DecideAsync(officer, "Approve", resubmittedPlan);

        Assert.DoesNotContain(station.Name, jinanList, StringComparison.Ordinal);
        Assert.Contains("该申报当前环节不由您所在的部门办理。", await TextAsync(jinanApprove), StringComparison.Ordinal);
        Assert.Contains("该申报当前环节不由您所在的部门办理。", await TextAsync(districtApprove), StringComparison.Ordinal);
        Assert.Equal(EventPlanStatus.Submitted, afterOthers.Status);
        Assert.Contains("活动计划已提交或已批准，不能修改。", await PlanErrorsAsync(editSubmitted), StringComparison.Ordinal);
        Assert.Contains("6月：软件人才专场路演（约200人）", qingdaoList, StringComparison.Ordinal);
        Assert.Contains("请填写理由。", await TextAsync(noReason), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        Assert.Equal((EventPlanStatus.Returned, "请补充下半年的活动安排。"), (returnedPlan.Status, returnedPlan.ReturnReason));
        Assert.Contains("已退回", Element(operatorPage, "plan-status"), StringComparison.Ordinal);
        Assert.Contains("请补充下半年的活动安排。", operatorPage, StringComparison.Ordinal);
        Assert.Contains("plan-submit", operatorPage, StringComparison.Ordinal);
        Assert.Equal([station.Name, ThisYear.ToString(CultureInfo.InvariantCulture), "请补充下半年的活动安排。"],
            Assert.Single(await app.ToldAsync(station.Operator.Id, NotificationKinds.StationPlanReturned)));
        Assert.Equal(HttpStatusCode.Redirect, resubmitted.StatusCode);
        Assert.Equal((EventPlanStatus.Submitted, (string?)null, 2), (resubmittedPlan.Status, resubmittedPlan.ReturnReason, resubmittedPlan.Lines.Count));
        Assert.Contains("10月：集成电路项目路演（约120人）", qingdaoAgain, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(EventPlanStatus.Approved, (await PlanAsync(station.Id))!.Status);
    }

    [Fact]
    [Trait("Rule", "RET-09")]
    [Trait("Rule", "RET-08")]
    public async Task HomePage_IsPublic_WithItsPublicServicesMatchingLinksAndNetworking_MembersOnlyForSignedIn()
    {
        var home = await app.RunHomeAsync("南京联谊测试留学人员之家");
        var eventTitle = "留学人员政策解读会" + Guid.NewGuid().ToString("N")[..6];
        await app.StationEventAsync(home.Id, home.Name, eventTitle);
        var member = await app.TalentWithMobileAsync("陈思远");
        var other = await app.TalentWithMobileAsync("林可欣");
        using var anonymous = app.CreateBrowser();
        var before = await PageAsync(anonymous, $"/Stations/View?id={home.Id}");

        using var memberBrowser = await app.SignedInAsync(member.User);
        using var joined = await YincaiAppFactory.PostFormAsync(memberBrowser, $"/Stations/View?id={home.Id}&handler=Join",
            [new("id", home.Id.ToString()), new("field", "集成电路设计"), new("projects", "车规级芯片创业项目")], $"/Stations/View?id={home.Id}");
        var publicView = await PageAsync(anonymous, $"/Stations/View?id={home.Id}");
        using var otherBrowser = await app.SignedInAsync(other.User);
        var signedInView = await PageAsync(otherBrowser, $"/Stations/View?id={home.Id}");
        var memberView = await PageAsync(memberBrowser, $"/Stations/View?id={home.Id}");

        Assert.Equal(home.Name, Element(before, "station-name").Split('>')[1].Split('<')[0]);
        Assert.Contains("公共服务平台", Element(before, "station-events"), StringComparison.Ordinal);
        Assert.Contains(eventTitle, Element(before, "station-events"), StringComparison.Ordinal);
        var matching = Element(before, "station-matching");
        Assert.Contains("/Jobs/Demands?region=320100", matching, StringComparison.Ordinal);
        Assert.Contains("/Jobs/Projects?region=320100", matching, StringComparison.Ordinal);
        Assert.Contains("/Jobs?region=320100", matching, StringComparison.Ordinal);
        Assert.Contains("已有0位人才加入", Element(before, "station-network"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        // The public: the count only, and an invitation to sign in; no names, no fields.
        var network = Element(publicView, "station-network");
        Assert.Contains("已有1位人才加入", network, StringComparison.Ordinal);
        Assert.Contains("登录后查看成员", network, StringComparison.Ordinal);
        Assert.Equal("", Element(publicView, "network-members"));
        Assert.DoesNotContain(member.Masked, publicView, StringComparison.Ordinal);
        Assert.DoesNotContain("车规级芯片创业项目", publicView, StringComparison.Ordinal);
        // A signed-in talent: the member, name masked, with field and projects.
        var members = Element(signedInView, "network-members");
        Assert.Contains($"{member.Masked} · 集成电路设计", members, StringComparison.Ordinal);
        Assert.Contains("车规级芯片创业项目", members, StringComparison.Ordinal);
        Assert.DoesNotContain(member.FullName, signedInView, StringComparison.Ordinal);
        Assert.Contains("更新我的信息", memberView, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "RET-08")]
    public async Task Networking_JoinNeedsAField_UpdateKeepsOneMembership_LeaveRemoves_NonTalentCannotJoin()
    {
        var home = await app.RunHomeAsync("南京加入退出留学人员之家");
        var talent = await app.TalentWithMobileAsync("黄嘉怡");
        var page = $"/Stations/View?id={home.Id}";
        Task<HttpResponseMessage> JoinAsync(HttpClient browser, string field, string projects = "") =>
            YincaiAppFactory.PostFormAsync(browser, $"{page}&handler=Join", [new("id", home.Id.ToString()), new("field", field), new("projects", projects)], page);
        Task<List<Yincai.Modules.Stations.Operation.NetworkMember>> MembersAsync() =>
            app.WithDbAsync(db => db.NetworkMembers.IgnoreQueryFilters().AsNoTracking().Where(m => m.StationId == home.Id).ToListAsync(Ct));
        using var talentBrowser = await app.SignedInAsync(talent.User);
        using var operatorBrowser = await app.SignedInAsync(home.Operator);
        using var officer = await app.ClientAsync(Via.Cookie, DemoUsers.JiangsuOfficer);

        using var noField = await JoinAsync(talentBrowser, "   ");
        var afterNoField = await MembersAsync();
        using var joined = await JoinAsync(talentBrowser, "生物医药", "抗体药物研发");
        using var updated = await JoinAsync(talentBrowser, "生物医药与医疗器械");
        var afterUpdate = await MembersAsync();
        using var byOperator = await JoinAsync(operatorBrowser, "运营");
        using var byOfficer = await JoinAsync(officer, "管理");
        var afterStaff = await MembersAsync();
        var operatorView = await PageAsync(operatorBrowser, page);
        using var left = await YincaiAppFactory.PostFormAsync(talentBrowser, $"{page}&handler=Leave", [new("id", home.Id.ToString())], page);
        var afterLeave = await MembersAsync();
        using var anonymous = app.CreateBrowser();
        var publicView = await PageAsync(anonymous, page);

        Assert.Equal(HttpStatusCode.OK, noField.StatusCode);
        Assert.Contains("请填写您的专业领域（不超过300字）。", await TextAsync(noField), StringComparison.Ordinal);
        Assert.Empty(afterNoField);
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, updated.StatusCode);
        var only = Assert.Single(afterUpdate);
        Assert.Equal((talent.User.Id, talent.Masked, "生物医药与医疗器械", (string?)null), (only.TalentUserId, only.MaskedName, only.Field, only.Projects));
        Assert.NotEqual(HttpStatusCode.Redirect, byOperator.StatusCode);
        Assert.NotEqual(HttpStatusCode.Redirect, byOfficer.StatusCode);
        Assert.Equal([talent.User.Id], afterStaff.Select(m => m.TalentUserId));
        Assert.DoesNotContain("network-join", operatorView, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, left.StatusCode);
        Assert.Empty(afterLeave);
        Assert.Contains("已有0位人才加入", Element(publicView, "station-network"), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "RET-09")]
    public async Task TalentStationPage_WithoutTheHomesPlatforms_ShowsItsEventsButNoMatchingOrNetworking()
    {
        var station = await app.RunStationAsync("无平台人才驿站");
        var title = "驿站近期活动" + Guid.NewGuid().ToString("N")[..6];
        await app.StationEventAsync(station.Id, station.Name, title);
        using var anonymous = app.CreateBrowser();

        var page = await PageAsync(anonymous, $"/Stations/View?id={station.Id}");

        Assert.Contains("近期活动", Element(page, "station-events"), StringComparison.Ordinal);
        Assert.Contains(title, Element(page, "station-events"), StringComparison.Ordinal);
        Assert.Equal("", Element(page, "station-matching"));
        Assert.Equal("", Element(page, "station-network"));
    }
}
