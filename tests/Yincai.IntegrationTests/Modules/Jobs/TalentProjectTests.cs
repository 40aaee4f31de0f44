using System.Globalization;
using Yincai.IntegrationTests.Modules.Talents;

namespace Yincai.IntegrationTests.Modules.Jobs;

/// <summary>A talent posts their own project for the region where they want to land it; that region's officers review
/// it; the public sees it with the talent's name masked.</summary>
public sealed class TalentProjectTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string InSixMonths => DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Fields(string title, string region = "370202") => new()
    {
        ["Form.Title"] = title, ["Form.Summary"] = "海外团队研发的无人机集群调度算法，寻求落地园区与首轮融资。", ["Form.IndustryCode"] = "65",
        ["Form.Stage"] = "Prototype", ["Form.FundingSoughtWan"] = "500", ["Province"] = region[..2] + "0000", ["Form.RegionCode"] = region,
        ["Form.ValidUntil"] = InSixMonths, ["submit"] = "true", ["autoPick"] = "",
    };

    /// <summary>A browser signed in as a new talent of Qingdao with this name.</summary>
    private async Task<HttpClient> TalentAsync(string name)
    {
        var (user, _, _) = await app.CreateTalentAsync("370202", name);
        var browser = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(browser, user.UserName, user.Password);
        return browser;
    }

    private static Task<HttpResponseMessage> ApproveAsync(HttpClient officer, TalentProject project) =>
        YincaiAppFactory.PostFormAsync(officer, $"/Jobs/Review/Project?id={project.Id}&handler=Approve", new Dictionary<string, string>
        {
            ["id"] = project.Id.ToString(), ["version"] = project.Version.ToString(CultureInfo.InvariantCulture),
        }, tokenFrom: "/Jobs/Review/Projects");

    private Task<TalentProject> StoredAsync(string title) =>
        app.WithDbAsync(db => db.TalentProjects.AsNoTracking().SingleAsync(p => p.Title == title, Ct));

    [Fact]
    [Trait("Rule", "RET-08")]
    public async Task Project_SubmittedByTheTalentAndApproved_IsPublicUnderTheMaskedNameOnly()
    {
        using var talent = await TalentAsync("王小明");
        var tag = Guid.NewGuid().ToString("N")[..6];
        var title = "低空物流调度平台" + tag;
        using var anonymous = app.CreateClient();

        using var saved = await YincaiAppFactory.PostFormAsync(talent, "/Jobs/MyProjects/Edit", Fields(title));
        var project = await StoredAsync(title);
        var mine = await (await talent.GetAsync("/Jobs/MyProjects", Ct)).Content.ReadAsStringAsync(Ct);
        var before = await (await anonymous.GetAsync($"/Jobs/Projects?q={tag}", Ct)).Content.ReadAsStringAsync(Ct);
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");
        using var approve = await ApproveAsync(officer, project);
        var list = await (await anonymous.GetAsync($"/Jobs/Projects?q={tag}&region=370200&stage=Prototype", Ct)).Content.ReadAsStringAsync(Ct);
        var view = await (await anonymous.GetAsync($"/Jobs/Projects/View?id={project.Id}", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal((JobStatus.PendingReview, "370202", 500), (project.Status, project.RegionCode, project.FundingSoughtWan!.Value));
        Assert.Contains(title, mine, StringComparison.Ordinal);
        Assert.DoesNotContain(title, before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);
        Assert.Contains(title, list, StringComparison.Ordinal);
        Assert.Contains("王*明", list, StringComparison.Ordinal);
        Assert.Contains("王*明", view, StringComparison.Ordinal);
        Assert.DoesNotContain("王小明", list + view, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_OfficerOfAnotherCity_Gets404AndTheProjectStaysPending()
    {
        using var talent = await TalentAsync("李华");
        var title = "青岛落地项目" + Guid.NewGuid().ToString("N")[..6];
        (await YincaiAppFactory.PostFormAsync(talent, "/Jobs/MyProjects/Edit", Fields(title))).Dispose();
        var project = await StoredAsync(title);
        using var jinan = await app.ClientAsync(Via.Cookie, "officer.jn");

        using var approve = await ApproveAsync(jinan, project);
        var jinanList = await (await jinan.GetAsync("/Jobs/Review/Projects", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.NotFound, approve.StatusCode);
        Assert.DoesNotContain(title, jinanList, StringComparison.Ordinal);
        Assert.Equal(JobStatus.PendingReview, (await StoredAsync(title)).Status);
    }

    [Fact]
    public async Task ProjectOfAnotherProvince_IsReviewedByThatRegionNotTheTalentsHome()
    {
        using var talent = await TalentAsync("赵敏");
        var title = "济南落地项目" + Guid.NewGuid().ToString("N")[..6];
        (await YincaiAppFactory.PostFormAsync(talent, "/Jobs/MyProjects/Edit", Fields(title, region: "370102"))).Dispose();
        var project = await StoredAsync(title);
        using var qingdao = await app.ClientAsync(Via.Cookie, "officer.qd");
        using var jinan = await app.ClientAsync(Via.Cookie, "officer.jn");

        using var byHome = await ApproveAsync(qingdao, project);
        using var byLanding = await ApproveAsync(jinan, project);

        Assert.Equal(HttpStatusCode.NotFound, byHome.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, byLanding.StatusCode);
        Assert.Equal(JobStatus.Published, (await StoredAsync(title)).Status);
    }

    [Fact]
    public async Task EditPage_UnknownIndustry_NamesTheFieldAndSavesNothing()
    {
        using var talent = await TalentAsync("孙丽");
        var title = "行业校验" + Guid.NewGuid().ToString("N")[..6];
        var fields = Fields(title);
        fields["Form.IndustryCode"] = "A";

        using var response = await YincaiAppFactory.PostFormAsync(talent, "/Jobs/MyProjects/Edit", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("所属行业：请选择有效的行业大类。", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.TalentProjects.AnyAsync(p => p.Title == title, Ct)));
    }

    [Fact]
    public async Task CloseExpired_PublishedProjectPastItsDate_ClosesAndLeavesTheList()
    {
        using var talent = await TalentAsync("周杰");
        var tag = Guid.NewGuid().ToString("N")[..6];
        var title = "过期项目" + tag;
        (await YincaiAppFactory.PostFormAsync(talent, "/Jobs/MyProjects/Edit", Fields(title))).Dispose();
        var project = await StoredAsync(title);
        await app.WithDbAsync(async db =>
        {
            var stored = await db.TalentProjects.SingleAsync(p => p.Id == project.Id, Ct);
            // Valid until yesterday: as if the date had passed since publication.
            stored.Edit(new TalentProjectDetails(stored.OwnerMaskedName, stored.Title, stored.Summary, stored.IndustryCode, stored.RegionCode,
                stored.Stage, stored.FundingSoughtWan, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1)));
            stored.Approve(Guid.CreateVersion7(), DateTime.UtcNow);
            await db.SaveChangesAsync(Ct);
        });

        var closed = await app.WithServicesAsync(s => s.GetRequiredService<JobExpiry>().CloseExpiredAsync(Ct));
        using var anonymous = app.CreateClient();
        var list = await (await anonymous.GetAsync($"/Jobs/Projects?q={tag}", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.True(closed >= 1);
        Assert.Equal(JobStatus.Closed, (await StoredAsync(title)).Status);
        Assert.DoesNotContain(title, list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyProjects_AnEmployer_IsForbidden()
    {
        var employer = await app.RegisterAsync(AccountKind.Employer);
        using var browser = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(browser, employer.UserName, employer.Password);

        using var response = await browser.GetAsync("/Jobs/MyProjects", Ct);

        // Denied: 403, or the redirect to the access-denied page.
        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect);
        Assert.DoesNotContain("/Accounts/Login", response.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
    }
}
