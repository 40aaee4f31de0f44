using Yincai.Modules.Events;
using System.Globalization;
using Yincai.Modules.Events.Contracts;
using Yincai.Modules.Notifications.Contracts;

namespace Yincai.IntegrationTests.Modules.Events;

/// <summary>Plan, approve, publish: an office publishes its own events; a station's plan needs the region's officer, after which it
/// runs in the office's name; officers of another city neither see nor approve it.</summary>
public sealed class EventWorkflowTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<EventStatus> StatusAsync(Guid id) =>
        app.WithDbAsync(db => db.Events.Where(e => e.Id == id).Select(e => e.Status).SingleAsync(Ct));

    [Fact]
    [Trait("Rule", "GRD-04")]
    public async Task Publish_OfficersOwnOfficeEvent_GoesPublicWithoutApproval()
    {
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");
        var title = "青岛综合招聘会" + Guid.NewGuid().ToString("N")[..6];
        var id = await EventTestData.CreateThroughFormAsync(officer, EventTestData.Form(title, "370200", await app.OfficeOfAsync("370200")));
        using var anonymous = app.CreateClient();
        var before = await anonymous.GetStringAsync("/Events?region=370200", Ct);

        using var publish = await app.ActAsync(officer, id, "Publish");
        var after = await anonymous.GetStringAsync("/Events?region=370200", Ct);
        var detail = await anonymous.GetStringAsync($"/Events/View?id={id}", Ct);

        Assert.DoesNotContain(title, before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        Assert.Equal(EventStatus.Published, await StatusAsync(id));
        Assert.Contains(title, after, StringComparison.Ordinal);
        Assert.Contains("青岛市公共就业和人才服务中心", detail, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "GRD-05")]
    public async Task Create_OnlineEvent_ShowsItsLivestreamLinkPublicly()
    {
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");
        var id = await EventTestData.CreateThroughFormAsync(officer,
            EventTestData.Form("直播带岗专场" + Guid.NewGuid().ToString("N")[..6], "370200", await app.OfficeOfAsync("370200"), online: true, kind: EventKind.SpecialJobFair));
        (await app.ActAsync(officer, id, "Publish")).Dispose();
        using var anonymous = app.CreateClient();

        var detail = await anonymous.GetStringAsync($"/Events/View?id={id}", Ct);

        Assert.Contains("https://live.example.cn/room/1", detail, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "STN-11")]
    public async Task StationPlan_PublishBeforeApproval_IsRefused_ThenApprovedRunsInTheOfficesName()
    {
        var station = await app.CreateStaffAsync("370200", Roles.StationOperator);
        var stationName = "青岛某人才驿站" + Guid.NewGuid().ToString("N")[..6];
        var stationId = await app.NamedStationAsync(station.Id, stationName);
        using var operatorClient = await app.ClientAsync(Via.Cookie, station.UserName, station.Password);
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");
        var title = "驿站引才活动" + Guid.NewGuid().ToString("N")[..6];
        var id = await EventTestData.CreateThroughFormAsync(operatorClient,
            EventTestData.Form(title, "370202", null, kind: EventKind.Roadshow, stationId: stationId));

        using var early = await app.ActAsync(operatorClient, id, "Publish");
        var statusAfterEarly = await StatusAsync(id);
        (await app.ActAsync(operatorClient, id, "Submit")).Dispose();
        using var approve = await app.ActAsync(officer, id, "Approve");
        using var publish = await app.ActAsync(operatorClient, id, "Publish");
        using var anonymous = app.CreateClient();
        var detail = await anonymous.GetStringAsync($"/Events/View?id={id}", Ct);

        Assert.Contains("须经所在地区经办人批准", await early.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(EventStatus.Draft, statusAfterEarly);
        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        Assert.Equal(EventStatus.Published, await StatusAsync(id));
        Assert.Contains("青岛市公共就业和人才服务中心", detail, StringComparison.Ordinal);
        Assert.Contains(stationName, detail, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "STN-11")]
    public async Task StationWithApprovedYearlyPlan_SubmitsAnEvent_ApprovedAtOnceInTheApprovingOfficesName()
    {
        var station = await app.CreateStaffAsync("370200", Roles.StationOperator);
        var stationName = "计划内驿站" + Guid.NewGuid().ToString("N")[..6];
        var stationId = await app.NamedStationAsync(station.Id, stationName);
        using var operatorClient = await app.ClientAsync(Via.Cookie, station.UserName, station.Password);
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");
        var year = DateTime.UtcNow.AddHours(8).AddDays(7).Year;
        var planFields = new Dictionary<string, string>
        {
            ["station"] = stationId.ToString(), ["year"] = year.ToString(CultureInfo.InvariantCulture),
            ["Lines[0].Title"] = "软件人才专场路演", ["Lines[0].Month"] = "6", ["Lines[0].Participants"] = "200",
        };
        using var submitPlan = await YincaiAppFactory.PostFormAsync(operatorClient, "/Stations/Operation/Plan?handler=Submit", planFields,
            tokenFrom: $"/Stations/Operation/Plan?station={stationId}&year={year}");
        var plan = await app.WithDbAsync(db => db.EventPlans.SingleAsync(p => p.StationId == stationId, Ct));
        using var approvePlan = await YincaiAppFactory.PostFormAsync(officer, "/Stations/Operation/Plans?handler=Approve",
            new Dictionary<string, string> { ["plan"] = plan.Id.ToString(), ["version"] = plan.Version.ToString(CultureInfo.InvariantCulture) });
        var title = "计划内活动" + Guid.NewGuid().ToString("N")[..6];
        var id = await EventTestData.CreateThroughFormAsync(operatorClient, EventTestData.Form(title, "370202", null, stationId: stationId));

        (await app.ActAsync(operatorClient, id, "Submit")).Dispose();
        var status = await StatusAsync(id);
        using var publish = await app.ActAsync(operatorClient, id, "Publish");
        using var anonymous = app.CreateClient();
        var detail = await anonymous.GetStringAsync($"/Events/View?id={id}", Ct);

        Assert.Equal(HttpStatusCode.Redirect, submitPlan.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, approvePlan.StatusCode);
        Assert.Equal(EventStatus.Approved, status);
        Assert.Equal(EventStatus.Published, await StatusAsync(id));
        Assert.Contains("青岛市公共就业和人才服务中心", detail, StringComparison.Ordinal);
        Assert.Contains(stationName, detail, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "STN-11")]
    public async Task OperatorWithoutNamedStation_CannotOrganiseAnEvent_AndIsToldWhy()
    {
        var station = await app.CreateStaffAsync("370200", Roles.StationOperator);
        using var operatorClient = await app.ClientAsync(Via.Cookie, station.UserName, station.Password);
        var title = "无站点活动" + Guid.NewGuid().ToString("N")[..6];

        using var response = await YincaiAppFactory.PostFormAsync(operatorClient, "/Events/Manage/Edit", EventTestData.Form(title, "370202", null));
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("您还没有已命名的人才驿站或留学人员之家", html, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Events.AnyAsync(e => e.Title == title, Ct)));
    }

    [Fact]
    public async Task Approve_OfficerOfAnotherCity_Gets404AndDoesNotSeeIt()
    {
        var station = await app.CreateStaffAsync("370200", Roles.StationOperator);
        var stationId = await app.NamedStationAsync(station.Id, "某驿站" + Guid.NewGuid().ToString("N")[..6]);
        using var operatorClient = await app.ClientAsync(Via.Cookie, station.UserName, station.Password);
        var title = "他市看不到的活动" + Guid.NewGuid().ToString("N")[..6];
        var id = await EventTestData.CreateThroughFormAsync(operatorClient, EventTestData.Form(title, "370202", null, stationId: stationId));
        (await app.ActAsync(operatorClient, id, "Submit")).Dispose();
        using var jinan = await app.ClientAsync(Via.Cookie, "officer.jn");

        using var approve = await app.ActAsync(jinan, id, "Approve");
        using var details = await jinan.GetAsync($"/Events/Manage/Details?id={id}", Ct);
        var list = await jinan.GetStringAsync("/Events/Manage?status=Submitted", Ct);

        Assert.Equal(HttpStatusCode.NotFound, approve.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, details.StatusCode);
        Assert.DoesNotContain(title, list, StringComparison.Ordinal);
        Assert.Equal(EventStatus.Submitted, await StatusAsync(id));
    }

    [Fact]
    public async Task Create_EndBeforeStartAndNoVenue_SaysWhichFieldInChineseAndSavesNothing()
    {
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");
        var title = "错误输入的活动" + Guid.NewGuid().ToString("N")[..6];
        var form = EventTestData.Form(title, "370200", await app.OfficeOfAsync("370200"));
        (form["Form.StartsAt"], form["Form.EndsAt"]) = (form["Form.EndsAt"], form["Form.StartsAt"]);
        form["Form.Title"] = "";

        using var response = await YincaiAppFactory.PostFormAsync(officer, "/Events/Manage/Edit", form);
        var html = await response.Content.ReadAsStringAsync(Ct);
        form["Form.Title"] = title;
        using var second = await YincaiAppFactory.PostFormAsync(officer, "/Events/Manage/Edit", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("请填写活动名称", html, StringComparison.Ordinal);
        Assert.Contains("“结束时间”必须晚于“开始时间”", await second.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Events.AnyAsync(e => e.Title == title, Ct)));
    }

    [Fact]
    [Trait("Rule", "GRD-04")]
    public async Task ManagePage_CountyWithoutFairs_WarnsOfMonthsAndWeeks_AndAMonthlySeriesClearsTheMonths()
    {
        // A county no other test uses, so its schedule is this test's alone.
        var officerAccount = await app.CreateStaffAsync("370211", Roles.Officer);
        using var officer = await app.ClientAsync(Via.Cookie, officerAccount.UserName, officerAccount.Password);
        var office = await app.CreateOfficeAsync("370211");
        var before = await officer.GetStringAsync("/Events/Manage", Ct);
        var year = DateTime.UtcNow.AddHours(8).Year;

        var form = EventTestData.Form("黄岛区综合招聘会", "370211", office.Id);
        form["Form.StartsAt"] = $"{year}-01-15T09:00";
        form["Form.EndsAt"] = $"{year}-01-15T12:00";
        form["Form.RegistrationOpensAt"] = $"{year}-01-01T09:00";
        form["Form.RegistrationClosesAt"] = $"{year}-01-15T09:00";
        form["Recurrence"] = "Monthly";
        form["Until"] = $"{year}-12-31";
        using var series = await YincaiAppFactory.PostFormAsync(officer, "/Events/Manage/Series", form);
        // Drafts do not count; submitting them makes them planned.
        var ids = await app.WithDbAsync(db => db.Events.Where(e => e.RegionCode == "370211").Select(e => e.Id).ToListAsync(Ct));
        await app.WithDbAsync(async db =>
        {
            foreach (var e in await db.Events.Where(e => e.RegionCode == "370211").ToListAsync(Ct)) e.Submit();
            await db.SaveChangesAsync(Ct);
        });
        var after = await officer.GetStringAsync("/Events/Manage", Ct);

        Assert.Contains("以下月份没有综合性招聘会", before, StringComparison.Ordinal);
        Assert.Contains("以下周次没有专场招聘会", before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, series.StatusCode);
        Assert.Equal(12, ids.Count);
        Assert.DoesNotContain("以下月份没有综合性招聘会", after, StringComparison.Ordinal);
        Assert.Contains("以下周次没有专场招聘会", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_PublishedEvent_TellsEveryoneRegisteredInTheirInbox()
    {
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");
        var id = await EventTestData.CreateThroughFormAsync(officer, EventTestData.Form("将取消的活动" + Guid.NewGuid().ToString("N")[..6], "370200",
            await app.OfficeOfAsync("370200"), capacity: 1));
        (await app.ActAsync(officer, id, "Publish")).Dispose();
        var (seat, waiting) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        await app.RegisterAsync(id, seat);
        await app.RegisterAsync(id, waiting);

        using var cancel = await app.ActAsync(officer, id, "Cancel", new() { ["reason"] = "场地临时调整" });

        Assert.Equal(HttpStatusCode.Redirect, cancel.StatusCode);
        var told = await app.ToldWhoAsync(NotificationKinds.EventCancelled, "场地临时调整");
        Assert.Equal(new[] { seat, waiting }.Order(), told.Where(u => u == seat || u == waiting).Order());
    }
}
