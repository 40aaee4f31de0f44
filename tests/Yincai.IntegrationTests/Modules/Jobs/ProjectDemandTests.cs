using System.Globalization;
using Yincai.IntegrationTests.Modules.Employers;

namespace Yincai.IntegrationTests.Modules.Jobs;

/// <summary>A verified employer's project demand goes from the employer's pages through the review of the officer of its
/// region to the public demand list, and closes itself when its date has passed.</summary>
public sealed class ProjectDemandTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<TestAccount> EmployerAsync(bool verified = true)
    {
        var (user, employer) = await app.RegisterEmployerAsync("370202");
        if (verified)
            await app.WithDbAsync(async db =>
            {
                (await db.Employers.SingleAsync(e => e.Id == employer.Id, Ct)).Verify(Guid.CreateVersion7(), DateTime.UtcNow);
                await db.SaveChangesAsync(Ct);
            });
        return user;
    }

    private static ProjectDemandForm Form(string title) => new()
    {
        Title = title, Description = "寻求高校或科研院所合作开发耐污染反渗透膜材料，周期约两年。", IndustryCode = "26", RegionCode = "370202",
        Mode = CooperationMode.JointResearch, BudgetMinWan = 50, BudgetMaxWan = 200, ValidUntil = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(6),
    };

    private Task<ProjectDemand> SubmittedAsync(Guid userId, string title) =>
        app.WithServicesAsync(async s => (await s.GetRequiredService<ProjectDemands>().SaveAsync(userId, null, Form(title), submit: true, Ct)).Value!);

    private static Task<HttpResponseMessage> ApproveAsync(HttpClient officer, ProjectDemand demand) =>
        YincaiAppFactory.PostFormAsync(officer, $"/Jobs/Review/Demand?id={demand.Id}&handler=Approve", new Dictionary<string, string>
        {
            ["id"] = demand.Id.ToString(), ["version"] = demand.Version.ToString(CultureInfo.InvariantCulture),
        }, tokenFrom: "/Jobs/Review/Demands");

    private Task<JobStatus> StatusAsync(Guid id) =>
        app.WithDbAsync(db => db.ProjectDemands.Where(d => d.Id == id).Select(d => d.Status).SingleAsync(Ct));

    [Fact]
    [Trait("Rule", "ENT-02")]
    [Trait("Rule", "RET-06")]
    public async Task Demand_SubmittedOnTheEmployerPageAndApproved_IsListedPubliclyWithoutSigningIn()
    {
        var user = await EmployerAsync();
        using var employer = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(employer, user.UserName, user.Password);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var title = "膜材料联合研发" + tag;
        using var anonymous = app.CreateClient();

        using var saved = await YincaiAppFactory.PostFormAsync(employer, "/Jobs/Own/DemandEdit", new Dictionary<string, string>
        {
            ["Form.Title"] = title, ["Form.Description"] = "寻求高校团队合作开发耐污染反渗透膜，周期两年。", ["Form.IndustryCode"] = "26",
            ["Form.RegionCode"] = "370202", ["Form.Mode"] = "JointResearch", ["Form.BudgetMinWan"] = "50", ["Form.BudgetMaxWan"] = "200",
            ["Form.ValidUntil"] = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["submit"] = "true",
        });
        var demand = await app.WithDbAsync(db => db.ProjectDemands.AsNoTracking().SingleAsync(d => d.Title == title, Ct));
        var ownList = await (await employer.GetAsync("/Jobs/Own/Demands", Ct)).Content.ReadAsStringAsync(Ct);
        var before = await (await anonymous.GetAsync($"/Jobs/Demands?q={tag}", Ct)).Content.ReadAsStringAsync(Ct);
        using var viewBefore = await anonymous.GetAsync($"/Jobs/Demands/View?id={demand.Id}", Ct);
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");
        using var approve = await ApproveAsync(officer, demand);
        var after = await (await anonymous.GetAsync($"/Jobs/Demands?q={tag}&region=370200&industry=26", Ct)).Content.ReadAsStringAsync(Ct);
        var otherIndustry = await (await anonymous.GetAsync($"/Jobs/Demands?q={tag}&industry=65", Ct)).Content.ReadAsStringAsync(Ct);
        using var view = await anonymous.GetAsync($"/Jobs/Demands/View?id={demand.Id}", Ct);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(JobStatus.PendingReview, demand.Status);
        Assert.Contains(title, ownList, StringComparison.Ordinal);
        Assert.DoesNotContain(title, before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, viewBefore.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);
        Assert.Contains(title, after, StringComparison.Ordinal);
        Assert.Contains("预算50–200万元", after, StringComparison.Ordinal);
        Assert.DoesNotContain(title, otherIndustry, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, view.StatusCode);
        Assert.Contains("联合研发", await view.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_OfficerOfAnotherCity_Gets404AndTheDemandStaysPending()
    {
        var user = await EmployerAsync();
        var demand = await SubmittedAsync(user.Id, "青岛的项目需求");
        using var jinan = await app.ClientAsync(Via.Cookie, "officer.jn");

        using var approve = await ApproveAsync(jinan, demand);
        using var details = await jinan.GetAsync($"/Jobs/Review/Demand?id={demand.Id}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, approve.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, details.StatusCode);
        Assert.Equal(JobStatus.PendingReview, await StatusAsync(demand.Id));
    }

    [Fact]
    public async Task Approve_EmployerNotVerified_IsRefusedAndStaysUnpublished()
    {
        var user = await EmployerAsync(verified: false);
        var demand = await SubmittedAsync(user.Id, "未核验单位的需求");
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");

        using var approve = await ApproveAsync(officer, demand);

        Assert.Contains("用人单位尚未通过核验", await approve.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(JobStatus.PendingReview, await StatusAsync(demand.Id));
    }

    [Fact]
    public async Task Reject_WithAReason_TheEmployerSeesItAndCanSubmitAgain()
    {
        var user = await EmployerAsync();
        var demand = await SubmittedAsync(user.Id, "被退回的需求");
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");
        using var employer = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(employer, user.UserName, user.Password);

        using var reject = await YincaiAppFactory.PostFormAsync(officer, $"/Jobs/Review/Demand?id={demand.Id}&handler=Reject", new Dictionary<string, string>
        {
            ["id"] = demand.Id.ToString(), ["version"] = demand.Version.ToString(CultureInfo.InvariantCulture), ["reason"] = "请写明预算依据",
        }, tokenFrom: "/Jobs/Review/Demands");
        var ownList = await (await employer.GetAsync("/Jobs/Own/Demands", Ct)).Content.ReadAsStringAsync(Ct);
        var resubmitted = await app.WithServicesAsync(s => s.GetRequiredService<ProjectDemands>().SaveAsync(user.Id, demand.Id, Form("被退回的需求"), submit: true, Ct));

        Assert.Equal(HttpStatusCode.Redirect, reject.StatusCode);
        Assert.Contains("请写明预算依据", ownList, StringComparison.Ordinal);
        Assert.False(resubmitted.IsError);
        Assert.Equal(JobStatus.PendingReview, await StatusAsync(demand.Id));
    }

    [Fact]
    public async Task EditPage_BudgetMaxBelowMin_NamesTheFieldAndSavesNothing()
    {
        var user = await EmployerAsync();
        using var employer = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(employer, user.UserName, user.Password);
        var title = "预算校验" + Guid.NewGuid().ToString("N")[..6];

        using var response = await YincaiAppFactory.PostFormAsync(employer, "/Jobs/Own/DemandEdit", new Dictionary<string, string>
        {
            ["Form.Title"] = title, ["Form.Description"] = "委托开发一套仓储管理系统，含移动端。", ["Form.IndustryCode"] = "65",
            ["Form.RegionCode"] = "370202", ["Form.Mode"] = "CommissionedDevelopment", ["Form.BudgetMinWan"] = "80", ["Form.BudgetMaxWan"] = "30",
            ["Form.ValidUntil"] = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["submit"] = "true",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("预算上限（万元）：不能低于预算下限。", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.ProjectDemands.AnyAsync(d => d.Title == title, Ct)));
    }

    [Fact]
    public async Task Close_ByTheEmployer_TakesThePublishedDemandOffThePublicList()
    {
        var user = await EmployerAsync();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var title = "关闭的需求" + tag;
        var demand = await SubmittedAsync(user.Id, title);
        await app.WithDbAsync(async db =>
        {
            (await db.ProjectDemands.SingleAsync(d => d.Id == demand.Id, Ct)).Approve(Guid.CreateVersion7(), DateTime.UtcNow);
            await db.SaveChangesAsync(Ct);
        });
        using var employer = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(employer, user.UserName, user.Password);
        using var anonymous = app.CreateClient();

        using var close = await YincaiAppFactory.PostFormAsync(employer, "/Jobs/Own/Demands?handler=Close",
            new Dictionary<string, string> { ["id"] = demand.Id.ToString() }, tokenFrom: "/Jobs/Own/Demands");
        var list = await (await anonymous.GetAsync($"/Jobs/Demands?q={tag}", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.Redirect, close.StatusCode);
        Assert.Equal(JobStatus.Closed, await StatusAsync(demand.Id));
        Assert.DoesNotContain(title, list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditPage_ClosedDemand_SaysItIsClosedAndChangesNothing()
    {
        var user = await EmployerAsync();
        var demand = await SubmittedAsync(user.Id, "已关闭的需求");
        var closed = await app.WithServicesAsync(s => s.GetRequiredService<ProjectDemands>().CloseAsync(user.Id, demand.Id, Ct));
        using var employer = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(employer, user.UserName, user.Password);

        using var response = await YincaiAppFactory.PostFormAsync(employer, $"/Jobs/Own/DemandEdit?id={demand.Id}", new Dictionary<string, string>
        {
            ["Id"] = demand.Id.ToString(), ["Form.Title"] = "改名后的需求", ["Form.Description"] = "寻求高校团队合作开发耐污染反渗透膜，周期两年。",
            ["Form.IndustryCode"] = "26", ["Form.RegionCode"] = "370202", ["Form.Mode"] = "JointResearch",
            ["Form.ValidUntil"] = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["submit"] = "false",
        });

        Assert.False(closed.IsError);
        Assert.Contains("已关闭，不能再修改。", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal("已关闭的需求", await app.WithDbAsync(db => db.ProjectDemands.Where(d => d.Id == demand.Id).Select(d => d.Title).SingleAsync(Ct)));
    }

    [Fact]
    [Trait("Rule", "ENT-02")]
    public async Task CloseExpired_PublishedDemandPastItsDate_ClosesAndLeavesTheList()
    {
        var user = await EmployerAsync();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var title = "过期需求" + tag;
        var demand = await SubmittedAsync(user.Id, title);
        await app.WithDbAsync(async db =>
        {
            var stored = await db.ProjectDemands.SingleAsync(d => d.Id == demand.Id, Ct);
            // Valid until yesterday: as if the date had passed since publication.
            stored.Edit(new ProjectDemandDetails(stored.EmployerName, stored.Title, stored.Description, stored.IndustryCode, stored.RegionCode,
                stored.Mode, stored.BudgetMinWan, stored.BudgetMaxWan, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1)));
            stored.Approve(Guid.CreateVersion7(), DateTime.UtcNow);
            await db.SaveChangesAsync(Ct);
        });

        var closed = await app.WithServicesAsync(s => s.GetRequiredService<JobExpiry>().CloseExpiredAsync(Ct));
        using var anonymous = app.CreateClient();
        var list = await (await anonymous.GetAsync($"/Jobs/Demands?q={tag}", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.True(closed >= 1);
        Assert.Equal(JobStatus.Closed, await StatusAsync(demand.Id));
        Assert.DoesNotContain(title, list, StringComparison.Ordinal);
    }
}
