using System.Text.RegularExpressions;
using Yincai.IntegrationTests.Modules.Ambassadors;
using static Yincai.IntegrationTests.Modules.Stations.StationRunTestData;
using static Yincai.IntegrationTests.Modules.Stations.StationTestData;

namespace Yincai.IntegrationTests.Modules.Stations;

/// <summary>
/// Running a named station (STN-10) through its pages: the operator logs services for talents found by their mobile; a job
/// referral makes the talent's application to that job the station's (when they apply later, or at once if they already
/// applied, but never taking over another station's); the hire that follows is the station's allocation, on its Services
/// page, the program dashboard (STN-08) and the allocations report. The talent sees what they received; nobody else does.
/// </summary>
public sealed class StationServiceTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateOnly Today => app.Services.GetRequiredService<ChinaClock>().Today;

    private Task<JobApplication> ApplicationAsync(Guid talentUserId, Guid jobId) =>
        app.WithDbAsync(db => db.JobApplications.IgnoreQueryFilters().AsNoTracking().SingleAsync(a => a.TalentUserId == talentUserId && a.JobId == jobId, Ct));

    private async Task<List<string>> InboxTitlesAsync(Guid userId) => (await app.InboxInChineseAsync(userId)).Select(m => m.Title).ToList();

    /// <summary>The talent applies on the job's page, as its Apply button posts.</summary>
    private static async Task ApplyOnPageAsync(HttpClient talent, Guid jobId)
    {
        using var apply = await YincaiAppFactory.PostFormAsync(talent, $"/Jobs/View?id={jobId}&handler=Apply",
            new Dictionary<string, string> { ["id"] = jobId.ToString() }, tokenFrom: $"/Jobs/View?id={jobId}");
        Assert.Equal(HttpStatusCode.OK, apply.StatusCode);
    }

    /// <summary>The employer moves the application step by step to a hire on the applicants page.</summary>
    private async Task HireOnPageAsync(TestAccount employer, Guid jobId, Guid applicationId)
    {
        using var browser = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(browser, employer.UserName, employer.Password);
        foreach (var step in new[] { ApplicationStatus.Viewed, ApplicationStatus.Interview, ApplicationStatus.Offer, ApplicationStatus.Hired })
        {
            using var moved = await YincaiAppFactory.PostFormAsync(browser, $"/Jobs/Own/Applicants?jobId={jobId}", new Dictionary<string, string>
            {
                ["jobId"] = jobId.ToString(), ["applicationId"] = applicationId.ToString(), ["status"] = step.ToString(),
            });
            Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        }
    }

    /// <summary>The referred-by-stations total of this year's allocations report.</summary>
    private static async Task<int> ReferredTotalAsync(HttpClient officer, int year)
    {
        var html = await PageAsync(officer, $"/Jobs/Review/Allocations?year={year}");
        var foot = html[html.IndexOf("<tfoot>", StringComparison.Ordinal)..html.IndexOf("</tfoot>", StringComparison.Ordinal)];
        var cells = Regex.Matches(foot, "<th class=\"text-end\">(\\d+)</th>");
        Assert.Equal(2, cells.Count);
        return int.Parse(cells[1].Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    [Trait("Rule", "STN-10")]
    [Trait("Rule", "STN-08")]
    public async Task Referral_BeforeApplying_TheHireIsTheStationsAllocation_OnItsFiguresTheDashboardAndTheReport()
    {
        var station = await app.RunStationAsync("职介测试人才驿站");
        var (employer, job) = await app.PublishedJobAsync("驿站推荐岗位" + Guid.NewGuid().ToString("N")[..6], "370202");
        var talent = await app.TalentWithMobileAsync("王晓明");
        using var operatorBrowser = await app.SignedInAsync(station.Operator);
        using var officer = await app.ClientAsync(Via.Cookie, DemoUsers.QingdaoOfficer);
        var dashboardBefore = await DashboardAsync(officer, Qingdao);
        var reportBefore = await ReferredTotalAsync(officer, Today.Year);
        var figuresBefore = await ServicesFiguresAsync(operatorBrowser, station.Id);

        // The referral names the job by its link; a lodging service for the same talent; an event the station holds.
        await LoggedAsync(operatorBrowser, ServiceForm(station.Id, talent.Mobile, Today, job: $"https://yincai.example.cn/Jobs/View?id={job.Id}"));
        await LoggedAsync(operatorBrowser, ServiceForm(station.Id, talent.Mobile, Today.AddDays(-1), kind: "Lodging", detail: "安排人才公寓三晚。", outcome: null));
        await app.StationEventAsync(station.Id, station.Name, "驿站路演" + Guid.NewGuid().ToString("N")[..6]);
        var log = Element(await PageAsync(operatorBrowser, $"/Stations/Operation/Services?station={station.Id}"), "services-log");

        // The talent, told in the inbox, applies later on the job's page: the application is the station's; the employer hires.
        using var talentBrowser = await app.SignedInAsync(talent.User);
        await ApplyOnPageAsync(talentBrowser, job.Id);
        var application = await ApplicationAsync(talent.User.Id, job.Id);
        await HireOnPageAsync(employer, job.Id, application.Id);

        var figures = await ServicesFiguresAsync(operatorBrowser, station.Id);
        var dashboard = await DashboardAsync(officer, Qingdao);
        var year = Element(Element(await PageAsync(officer, "/Stations/Programs"), "program-" + Qingdao), "program-year");
        var report = await ReferredTotalAsync(officer, Today.Year);

        Assert.Equal((0, 0, 0, 0), figuresBefore);
        Assert.Contains(job.Title, log, StringComparison.Ordinal);
        Assert.Contains(talent.Masked, log, StringComparison.Ordinal);
        Assert.DoesNotContain(talent.FullName, log, StringComparison.Ordinal);
        Assert.Contains("特价住宿", log, StringComparison.Ordinal);
        Assert.Contains(station.Name + "为您推荐了岗位", await InboxTitlesAsync(talent.User.Id));
        Assert.Equal(station.Id, application.ReferredByStationId);
        // One person served twice, one hire referred, one event held.
        Assert.Equal((1, 2, 1, 1), figures);
        Assert.Equal((dashboardBefore.Events + 1, dashboardBefore.Allocations + 1, dashboardBefore.Served + 1, dashboardBefore.Services + 2), dashboard);
        Assert.Equal(reportBefore + 1, report);
        // Against the program's targets (100 events, 10,000 allocations a year).
        Assert.Contains($"举办活动 ({Today.Year})", year, StringComparison.Ordinal);
        Assert.Contains("/ 100</span>", year, StringComparison.Ordinal);
        Assert.Contains("/ 10,000</span>", year, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "STN-10")]
    public async Task Referral_AfterApplying_MarksTheApplication_AndASecondStationsLaterReferralDoesNotTakeItOver()
    {
        var first = await app.RunStationAsync("先推荐人才驿站");
        var second = await app.RunStationAsync("后推荐人才驿站");
        var (employer, job) = await app.PublishedJobAsync("已投递岗位" + Guid.NewGuid().ToString("N")[..6], "370202");
        var talent = await app.TalentWithMobileAsync("李文静");
        using var talentBrowser = await app.SignedInAsync(talent.User);
        await ApplyOnPageAsync(talentBrowser, job.Id);
        var unreferred = await ApplicationAsync(talent.User.Id, job.Id);
        using var firstBrowser = await app.SignedInAsync(first.Operator);
        using var secondBrowser = await app.SignedInAsync(second.Operator);

        await LoggedAsync(firstBrowser, ServiceForm(first.Id, talent.Mobile, Today, job: job.Id.ToString()));
        var marked = await ApplicationAsync(talent.User.Id, job.Id);
        await LoggedAsync(secondBrowser, ServiceForm(second.Id, talent.Mobile, Today, job: job.Id.ToString()));
        var after = await ApplicationAsync(talent.User.Id, job.Id);
        await HireOnPageAsync(employer, job.Id, after.Id);

        Assert.Null(unreferred.ReferredByStationId);
        Assert.Equal(first.Id, marked.ReferredByStationId);
        Assert.Equal(first.Id, after.ReferredByStationId);
        Assert.Equal(1, (await ServicesFiguresAsync(firstBrowser, first.Id)).Allocations);
        // The second station served the talent (its log and people served) but the hire is not its allocation.
        Assert.Equal((1, 1, 0, 0), await ServicesFiguresAsync(secondBrowser, second.Id));
    }

    [Fact]
    [Trait("Rule", "STN-10")]
    public async Task Log_ClosedOrUnknownJob_UnknownOrMalformedMobile_FutureDate_OthersStation_AreRefusedNamingTheField_AndNothingIsLogged()
    {
        var station = await app.RunStationAsync("登记校验人才驿站");
        var (_, closed) = await app.PublishedJobAsync("已停招岗位" + Guid.NewGuid().ToString("N")[..6], "370202");
        await app.WithDbAsync(async db =>
        {
            (await db.Jobs.SingleAsync(j => j.Id == closed.Id, Ct)).Close();
            await db.SaveChangesAsync(Ct);
        });
        var (_, open) = await app.PublishedJobAsync("在招岗位" + Guid.NewGuid().ToString("N")[..6], "370202");
        var talent = await app.TalentWithMobileAsync("赵一凡");
        var othersStation = await app.RunStationAsync("别人的人才驿站");
        using var operatorBrowser = await app.SignedInAsync(station.Operator);

        async Task<string> RefusedAsync(Dictionary<string, string> form)
        {
            using var response = await LogServiceAsync(operatorBrowser, form);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return Element(await TextAsync(response), "services-errors");
        }

        var closedJob = await RefusedAsync(ServiceForm(station.Id, talent.Mobile, Today, job: $"/Jobs/View?id={closed.Id}"));
        var unknownJob = await RefusedAsync(ServiceForm(station.Id, talent.Mobile, Today, job: Guid.NewGuid().ToString()));
        var noJob = await RefusedAsync(ServiceForm(station.Id, talent.Mobile, Today, job: "岗位在招聘会上"));
        var unknownMobile = await RefusedAsync(ServiceForm(station.Id, "13" + Random.Shared.Next(100_000_000, 999_999_999), Today,
            job: open.Id.ToString()));
        var malformed = await RefusedAsync(ServiceForm(station.Id, "12345", Today, job: open.Id.ToString()));
        var future = await RefusedAsync(ServiceForm(station.Id, talent.Mobile, Today.AddDays(1), job: open.Id.ToString()));
        var notMine = await RefusedAsync(ServiceForm(othersStation.Id, talent.Mobile, Today, kind: "Other", detail: "替别的驿站登记。"));
        var services = await app.WithDbAsync(db => db.StationServices.IgnoreQueryFilters()
            .CountAsync(e => e.StationId == station.Id || e.StationId == othersStation.Id, Ct));

        Assert.Contains("该岗位不存在或已停止招聘。", closedJob, StringComparison.Ordinal);
        Assert.Contains("该岗位不存在或已停止招聘。", unknownJob, StringComparison.Ordinal);
        Assert.Contains("职业推荐请填写岗位链接或编号。", noJob, StringComparison.Ordinal);
        Assert.Contains("未找到用该手机号注册的人才", unknownMobile, StringComparison.Ordinal);
        Assert.Contains("人才手机号", malformed, StringComparison.Ordinal);
        Assert.Contains("服务日期不能晚于今天。", future, StringComparison.Ordinal);
        Assert.Contains("您不是该站点的运营人员。", notMine, StringComparison.Ordinal);
        Assert.Equal(0, services);
        Assert.DoesNotContain(await InboxTitlesAsync(talent.User.Id), t => t.Contains("为您推荐了岗位", StringComparison.Ordinal));
    }

    /// <summary>The form as the page renders it (no page number: on a post "page" is the route value, the page's path).</summary>
    [Fact]
    [Trait("Rule", "STN-10")]
    public async Task ServicesPage_FormAsRendered_LogsTheService()
    {
        var station = await app.RunStationAsync("表单原样提交人才驿站");
        var talent = await app.TalentWithMobileAsync("钱思远");
        using var operatorBrowser = await app.SignedInAsync(station.Operator);
        // Exactly the fields the page's form has (no page number).
        var form = ServiceForm(station.Id, talent.Mobile, Today, kind: "Policy", detail: "代办人才补贴申请。", outcome: null);
        form.Remove("page");

        using var response = await LogServiceAsync(operatorBrowser, form);
        var errors = response.StatusCode == HttpStatusCode.OK ? Element(await TextAsync(response), "services-errors") : "";

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, "The service is not logged: " + errors);
        Assert.Equal(1, await app.WithDbAsync(db => db.StationServices.IgnoreQueryFilters().CountAsync(e => e.StationId == station.Id, Ct)));
    }

    [Fact]
    [Trait("Rule", "STN-10")]
    public async Task Received_TheTalentSeesWhatStationsDidForThem_AnotherTalentDoesNot()
    {
        var station = await app.RunStationAsync("服务记录人才驿站");
        var (_, job) = await app.PublishedJobAsync("推荐给本人岗位" + Guid.NewGuid().ToString("N")[..6], "370202");
        var talent = await app.TalentWithMobileAsync("孙立新");
        var other = await app.TalentWithMobileAsync("周子涵");
        using var operatorBrowser = await app.SignedInAsync(station.Operator);
        await LoggedAsync(operatorBrowser, ServiceForm(station.Id, talent.Mobile, Today, job: job.Id.ToString(), outcome: "已约面试"));
        await LoggedAsync(operatorBrowser, ServiceForm(station.Id, talent.Mobile, Today, kind: "Policy", detail: "代办人才落户手续。", outcome: null));

        using var talentBrowser = await app.SignedInAsync(talent.User);
        using var otherBrowser = await app.SignedInAsync(other.User);
        var mine = Element(await PageAsync(talentBrowser, "/Stations/Operation/Received"), "received-list");
        var theirs = await PageAsync(otherBrowser, "/Stations/Operation/Received");
        using var byOperator = await operatorBrowser.GetAsync("/Stations/Operation/Received", Ct);

        Assert.Contains(station.Name, mine, StringComparison.Ordinal);
        Assert.Contains("免费职介", mine, StringComparison.Ordinal);
        Assert.Contains($"/Jobs/View?id={job.Id}", mine, StringComparison.Ordinal);
        Assert.Contains("已约面试", mine, StringComparison.Ordinal);
        Assert.Contains("代办人才落户手续。", mine, StringComparison.Ordinal);
        Assert.Contains("暂无驿站或之家为您提供服务的记录。", Element(theirs, "received-none"), StringComparison.Ordinal);
        Assert.DoesNotContain(station.Name, theirs, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, byOperator.StatusCode);
    }
}
