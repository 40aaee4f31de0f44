using System.Text.Json;
using System.Text.RegularExpressions;
using Yincai.IntegrationTests.Modules.Employers;
using Yincai.IntegrationTests.Modules.Talents;
using Yincai.Modules.Talents.Contracts;

namespace Yincai.IntegrationTests.Modules.Matching;

/// <summary>
/// The one-stop "six finds" (STN-12) over HTTP, page and API: policies, platforms, projects, funds, talents and jobs in
/// that order; only published postings; talents only to verified employers and officers, and only those who consented.
/// </summary>
[Trait("Rule", "STN-12")]
public sealed partial class SixFindsTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Tag() => Guid.NewGuid().ToString("N")[..6];

    private Task<(TestAccount User, Employer Employer)> EmployerAsync(bool verified = true) =>
        verified ? app.RegisterVerifiedEmployerAsync("370202") : app.RegisterEmployerAsync("370202");

    private async Task<Job> JobAsync(Guid userId, string title, JobStatus status)
    {
        var job = (await app.WithServicesAsync(s => s.GetRequiredService<JobPostings>().SaveAsync(userId, null, new JobForm
        {
            Title = title, Description = "负责生产线设备的维护与数据采集工作。", RegionCode = "370202", Headcount = 1, MinDegree = DegreeLevel.Bachelor,
            SalaryMinYuan = 6000, SalaryMaxYuan = 9000, ValidUntil = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(1),
        }, submit: status != JobStatus.Draft, Ct))).Value!;
        if (status is JobStatus.Published or JobStatus.Closed)
            await app.WithDbAsync(async db =>
            {
                var tracked = await db.Jobs.SingleAsync(j => j.Id == job.Id, Ct);
                tracked.Approve(Guid.CreateVersion7(), DateTime.UtcNow);
                if (status == JobStatus.Closed) tracked.Close();
                await db.SaveChangesAsync(Ct);
            });
        return job;
    }

    private async Task<ProjectDemand> DemandAsync(Guid userId, string title)
    {
        var demand = (await app.WithServicesAsync(s => s.GetRequiredService<ProjectDemands>().SaveAsync(userId, null, new ProjectDemandForm
        {
            Title = title, Description = "寻求高校团队合作共建实训基地，周期两年。", IndustryCode = "26", RegionCode = "370202",
            Mode = CooperationMode.JointResearch, ValidUntil = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(6),
        }, submit: true, Ct))).Value!;
        await app.WithDbAsync(async db =>
        {
            (await db.ProjectDemands.SingleAsync(d => d.Id == demand.Id, Ct)).Approve(Guid.CreateVersion7(), DateTime.UtcNow);
            await db.SaveChangesAsync(Ct);
        });
        return demand;
    }

    private Task<Office> OfficeAsync(string name) =>
        app.WithDbAsync(async db =>
        {
            var office = new Office("370202", name, "青岛市市南区香港中路1号", "0532-12333", "工作日 9:00–17:00");
            db.Offices.Add(office);
            await db.SaveChangesAsync(Ct);
            return office;
        });

    private async Task TalentAsync(string name, string skill, bool sharesWithEmployers)
    {
        var (_, talent, _) = await app.CreateTalentAsync("370202", name);
        await app.WithDbAsync(async db =>
        {
            var t = await db.Talents.SingleAsync(x => x.Id == talent.Id, Ct);
            t.SetIntention(["370200"], ["65"], [JobType.FullTime], 8000, 15000, [skill], DateTime.UtcNow);
            t.RecordConsent(ConsentPurpose.ShareWithEmployers, sharesWithEmployers);
            await db.SaveChangesAsync(Ct);
        });
    }

    private static async Task<string> PageAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync("/Finds?q=" + Uri.EscapeDataString(query), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Unmarked(await response.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>The page's text with the highlighting of matches taken out, so that a title reads as one string.</summary>
    private static string Unmarked(string html) => WebUtility.HtmlDecode(MarkTag().Replace(html, ""));

    private static async Task<JsonElement> ApiAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync("/api/v1/finds?q=" + Uri.EscapeDataString(query), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static JsonElement Group(JsonElement result, string kind) =>
        result.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("kind").GetString() == kind);

    private static IEnumerable<string> Titles(JsonElement group) =>
        group.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("title").GetString()!);

    private static string FullWidth(string text) =>
        string.Concat(text.Select(c => c is >= '!' and <= '~' ? (char)(c + 0xFEE0) : c));

    [Fact]
    public async Task Search_OneQuery_FindsPolicyPlatformProjectFundAndJob_InTheNoticesOrder()
    {
        var tag = Tag();
        var (user, _) = await EmployerAsync();
        await OfficeAsync("见习服务中心" + tag);
        await DemandAsync(user.Id, "见习基地共建" + tag);
        await JobAsync(user.Id, "见习岗" + tag, JobStatus.Published);
        using var anonymous = app.CreateClient();

        var page = await PageAsync(anonymous, "见习");

        Assert.Contains("/Policies/View?id=graduates-2020", page, StringComparison.Ordinal);
        Assert.Matches(@"/Policies/View\?id=graduates-2020&q=[^""#]*#p-\d+", page);
        Assert.Contains("见习服务中心" + tag, page, StringComparison.Ordinal);
        Assert.Contains("见习基地共建" + tag, page, StringComparison.Ordinal);
        Assert.Contains("就业见习补贴", page, StringComparison.Ordinal);
        Assert.Contains("见习岗" + tag, page, StringComparison.Ordinal);
        var order = new[] { "Policies", "Platforms", "Projects", "Funds", "Talents", "Jobs" }
            .Select(k => page.IndexOf($"data-kind=\"{k}\"", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order().ToList(), order);
        Assert.Contains("/Jobs?q=" + Uri.EscapeDataString("见习"), page, StringComparison.Ordinal);
        Assert.Contains("/Policies/Funds?q=" + Uri.EscapeDataString("见习"), page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_DraftOrClosedJob_IsNotFound_OnlyThePublishedOne()
    {
        var tag = Tag();
        var (user, _) = await EmployerAsync();
        await JobAsync(user.Id, "焊接技师草稿" + tag, JobStatus.Draft);
        await JobAsync(user.Id, "焊接技师待审" + tag, JobStatus.PendingReview);
        await JobAsync(user.Id, "焊接技师已关闭" + tag, JobStatus.Closed);
        await JobAsync(user.Id, "焊接技师招聘" + tag, JobStatus.Published);
        using var anonymous = app.CreateClient();

        var result = await ApiAsync(anonymous, "焊接技师 " + tag);

        var jobs = Group(result, "jobs");
        Assert.Equal(1, jobs.GetProperty("total").GetInt32());
        Assert.Equal(["焊接技师招聘" + tag], Titles(jobs));
    }

    [Fact]
    public async Task Search_Talents_OnlyVerifiedEmployersAndOfficersSeeMaskedNames_NeverOfANonConsentingTalent()
    {
        var skill = "量子" + Tag();
        await TalentAsync("周同意", skill, sharesWithEmployers: true);
        await TalentAsync("吴拒绝", skill, sharesWithEmployers: false);
        var (verifiedUser, _) = await EmployerAsync();
        var (unverifiedUser, _) = await EmployerAsync(verified: false);
        var officer = await app.CreateStaffAsync("370200", Roles.Officer);
        var (talentUser, _, _) = await app.CreateTalentAsync("370202", "郑人才");
        using var anonymous = app.CreateClient();
        using var verified = await app.ClientAsync(Via.Cookie, verifiedUser.UserName, verifiedUser.Password);
        using var unverified = await app.ClientAsync(Via.Cookie, unverifiedUser.UserName, unverifiedUser.Password);
        using var officerBrowser = await app.ClientAsync(Via.Cookie, officer.UserName, officer.Password);
        using var talent = await app.ClientAsync(Via.Cookie, talentUser.UserName, talentUser.Password);

        var asAnonymous = await PageAsync(anonymous, skill);
        var asTalent = await PageAsync(talent, skill);
        var asUnverified = await PageAsync(unverified, skill);
        var asEmployer = await PageAsync(verified, skill);
        var asOfficer = await PageAsync(officerBrowser, skill);

        foreach (var hidden in new[] { asAnonymous, asTalent, asUnverified })
        {
            Assert.DoesNotContain("周*意", hidden, StringComparison.Ordinal);
            Assert.Contains("data-testid=\"talent-hint\"", hidden, StringComparison.Ordinal);
            Assert.Matches(@"data-testid=""count-Talents"">共 1 条<", hidden);
        }
        Assert.Contains("/Employers/Own", asUnverified, StringComparison.Ordinal);
        Assert.Contains("周*意", asEmployer, StringComparison.Ordinal);
        Assert.Contains("/Talents/Search/Details?id=", asEmployer, StringComparison.Ordinal);
        Assert.Contains("周*意", asOfficer, StringComparison.Ordinal);
        Assert.Contains("/Talents/Review/Details?id=", asOfficer, StringComparison.Ordinal);
        foreach (var page in new[] { asAnonymous, asTalent, asUnverified, asEmployer, asOfficer })
        {
            Assert.DoesNotContain("周同意", page, StringComparison.Ordinal);
            Assert.DoesNotContain("吴*绝", page, StringComparison.Ordinal);
            Assert.DoesNotContain("吴拒绝", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Api_Talents_FollowTheSameRule_AsThePage()
    {
        var skill = "拓扑" + Tag();
        await TalentAsync("钱共享", skill, sharesWithEmployers: true);
        await TalentAsync("孙不享", skill, sharesWithEmployers: false);
        var (employerUser, _) = await EmployerAsync();
        using var anonymous = app.CreateClient();
        using var employer = await app.ClientAsync(Via.Bearer, employerUser.UserName, employerUser.Password);

        var asAnonymous = Group(await ApiAsync(anonymous, skill), "talents");
        var asEmployer = Group(await ApiAsync(employer, skill), "talents");

        Assert.Equal(1, asAnonymous.GetProperty("total").GetInt32());
        Assert.Empty(Titles(asAnonymous));
        Assert.Equal("signInAsEmployer", asAnonymous.GetProperty("restriction").GetString());
        Assert.Equal(["钱*享"], Titles(asEmployer));
        Assert.Equal(JsonValueKind.Null, asEmployer.GetProperty("restriction").ValueKind);
    }

    [Fact]
    public async Task Search_ChineseSubstring_FindsTheStationNotice()
    {
        using var anonymous = app.CreateClient();

        var page = await PageAsync(anonymous, "驿站");
        var api = await ApiAsync(anonymous, "驿站");

        Assert.Contains("/Policies/View?id=talent-stations-2020", page, StringComparison.Ordinal);
        Assert.Contains(Titles(Group(api, "policies")), t => t == "关于开展人才驿站建设试点工作的通知");
        Assert.True(Group(api, "policies").GetProperty("total").GetInt32() >= 10);
    }

    [Fact]
    public async Task Search_FullWidthQuery_MatchesHalfWidthTextOfAnyCase()
    {
        var tag = Tag();
        var (user, _) = await EmployerAsync();
        await JobAsync(user.Id, "AI算法工程师" + tag.ToUpperInvariant(), JobStatus.Published);
        using var anonymous = app.CreateClient();

        var result = await ApiAsync(anonymous, FullWidth("ai算法") + "　" + FullWidth(tag));

        Assert.Equal(["AI算法工程师" + tag.ToUpperInvariant()], Titles(Group(result, "jobs")));
        Assert.Equal("ai算法 " + tag, result.GetProperty("query").GetString());
    }

    [Fact]
    public async Task Api_ReturnsTheSameGroups_AsThePage()
    {
        var tag = Tag();
        var (user, _) = await EmployerAsync();
        await DemandAsync(user.Id, "创业孵化合作" + tag);
        await JobAsync(user.Id, "创业导师" + tag, JobStatus.Published);
        using var anonymous = app.CreateClient();

        var page = await PageAsync(anonymous, "创业");
        var api = await ApiAsync(anonymous, "创业");

        var groups = api.GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal(["policies", "platforms", "projects", "funds", "talents", "jobs"], groups.Select(g => g.GetProperty("kind").GetString()));
        foreach (var group in groups)
        {
            var kind = group.GetProperty("kind").GetString()!;
            var count = CountOnPage().Match(page[page.IndexOf($"data-testid=\"count-{char.ToUpperInvariant(kind[0])}{kind[1..]}\"", StringComparison.Ordinal)..]);
            Assert.Equal(group.GetProperty("total").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), count.Groups["n"].Value);
            foreach (var title in Titles(group)) Assert.Contains(title, page, StringComparison.Ordinal);
            Assert.True(group.GetProperty("hits").GetArrayLength() <= 5);
        }
        Assert.Contains("创业孵化合作" + tag, Titles(Group(api, "projects")));
        Assert.Contains("一次性创业补贴", Titles(Group(api, "funds")));
    }

    [Fact]
    public async Task Api_EmptyQuery_IsAValidationProblem()
    {
        using var anonymous = app.CreateClient();

        using var response = await anonymous.GetAsync("/api/v1/finds?q=%E3%80%80", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Layout_EveryPage_HasTheSearchBoxPostingToFinds()
    {
        using var anonymous = app.CreateClient();

        var home = await anonymous.GetStringAsync("/", Ct);

        Assert.Contains("action=\"/Finds\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KindPage_PlatformsWithoutAPublicList_ShowsThatKindAlone()
    {
        var tag = Tag();
        await OfficeAsync("人才市场" + tag);
        using var anonymous = app.CreateClient();

        using var response = await anonymous.GetAsync($"/Finds?q={Uri.EscapeDataString(tag)}&kind=Platforms", Ct);
        var page = Unmarked(await response.Content.ReadAsStringAsync(Ct));

        Assert.Contains("人才市场" + tag, page, StringComparison.Ordinal);
        Assert.Contains("data-kind=\"Platforms\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-kind=\"Jobs\"", page, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"</?mark[^>]*>")]
    private static partial Regex MarkTag();

    [GeneratedRegex(@">(?:共 )?(?<n>\d+)\+? 条<")]
    private static partial Regex CountOnPage();
}
