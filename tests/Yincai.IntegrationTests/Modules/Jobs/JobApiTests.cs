using System.Text.Json;
using Yincai.IntegrationTests.Modules.Ambassadors;
using Yincai.IntegrationTests.Modules.Employers;
using Yincai.IntegrationTests.Modules.Graduates.Campus;
using Yincai.IntegrationTests.Modules.Talents;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Employers;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Notifications.Delivery;

namespace Yincai.IntegrationTests.Modules.Jobs;

/// <summary>
/// /api/v1 for jobs: anyone searches open jobs and reads one; a talent applies with their account's token and lists their
/// applications; an employer's member, or the employer's own API key with the scope for it, reads its jobs, saves one and sends it for
/// review, and reads its applications; a key without the scope is 403, a revoked one 401, and no key moves an application on. The
/// employer's webhook hears of each step. Problems come as problem details naming the field in the caller's language.
/// </summary>
public sealed class JobApiTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JobForm Form(string title) => new()
    {
        Title = title, Description = "负责客户服务与数据整理，沟通能力强。", RegionCode = "370202", Headcount = 2,
        SalaryMinYuan = 6000, SalaryMaxYuan = 9000, ValidUntil = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(1),
    };

    private async Task<(TestAccount User, Employer Employer, Job Job)> PublishedJobAsync(string title)
    {
        var (user, employer) = await app.RegisterEmployerAsync("370202");
        var job = await app.WithServicesAsync(async s => (await s.GetRequiredService<JobPostings>().SaveAsync(user.Id, null, Form(title), true, Ct)).Value!);
        await app.WithDbAsync(async db =>
        {
            (await db.Employers.SingleAsync(e => e.Id == employer.Id, Ct)).Verify(Guid.CreateVersion7(), DateTime.UtcNow);
            (await db.Jobs.SingleAsync(j => j.Id == job.Id, Ct)).Approve(Guid.CreateVersion7(), DateTime.UtcNow);
            await db.SaveChangesAsync(Ct);
        });
        return (user, employer, job);
    }

    private Task<IssuedToken> EmployerKeyAsync(TestAccount member, Employer employer, params string[] scopes) =>
        app.AsAsync(member, async s => (await s.GetRequiredService<OrganisationTokens>().IssueAsync(OrganisationKinds.Employer, employer.Id.ToString(),
            "招聘系统", scopes, 30, Ct)).Value!);

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.Clone();

    [Fact]
    public async Task Anyone_SearchesOpenJobs_AndReadsOne_ADraftIsNotFound()
    {
        var title = "数据标注专员" + Guid.NewGuid().ToString("N")[..6];
        var (member, _, job) = await PublishedJobAsync(title);
        var draft = await app.WithServicesAsync(async s => (await s.GetRequiredService<JobPostings>().SaveAsync(member.Id, null, Form(title + "草稿"), false, Ct)).Value!);
        using var anonymous = app.CreateBrowser();

        using var found = await anonymous.GetAsync("/api/v1/jobs?q=" + Uri.EscapeDataString(title) + "&region=3702", Ct);
        using var one = await anonymous.GetAsync($"/api/v1/jobs/{job.Id}", Ct);
        using var hidden = await anonymous.GetAsync($"/api/v1/jobs/{draft.Id}", Ct);
        using var elsewhere = await anonymous.GetAsync("/api/v1/jobs?q=" + Uri.EscapeDataString(title) + "&region=3701", Ct);

        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        var page = await JsonAsync(found);
        Assert.Equal([job.Id], page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal("FullTime", page.GetProperty("items")[0].GetProperty("type").GetString());
        Assert.Equal(0, (await JsonAsync(elsewhere)).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal("负责客户服务与数据整理，沟通能力强。", (await JsonAsync(one)).GetProperty("description").GetString());
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    [Fact]
    public async Task Talent_AppliesWithTheirToken_ASecondTimeIs409_AndListsTheirApplications_TheEmployersWebhookHearsOfIt()
    {
        var (member, employer, job) = await PublishedJobAsync("客服专员" + Guid.NewGuid().ToString("N")[..6]);
        var (talent, _, _) = await app.CreateTalentAsync("370202", "求职者甲");
        var hook = await app.AsAsync(member, async s => (await s.GetRequiredService<Yincai.Modules.Notifications.Contracts.Webhooks>().SubscribeAsync(
            OrganisationKinds.Employer, employer.Id.ToString(), "https://hooks.example.com/jobs", [WebhookEvents.ApplicationChanged], Ct)).Value!);
        using var client = await app.CreateApiClientAsync(talent.UserName, talent.Password);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        using var applied = await client.PostAsJsonAsync($"/api/v1/jobs/{job.Id}/applications", new { }, Ct);
        using var again = await client.PostAsJsonAsync($"/api/v1/jobs/{job.Id}/applications", new { }, Ct);
        using var mine = await client.GetAsync("/api/v1/applications/me", Ct);
        using var anonymous = app.CreateBrowser();
        using var refused = await anonymous.PostAsJsonAsync($"/api/v1/jobs/{job.Id}/applications", new { }, Ct);

        Assert.Equal(HttpStatusCode.Created, applied.StatusCode);
        var application = await JsonAsync(applied);
        Assert.Equal("Submitted", application.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
        var problem = await JsonAsync(again);
        Assert.Equal("jobs.already_applied", problem.GetProperty("code").GetString());
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", problem.GetProperty("detail").GetString());
        Assert.Equal([application.GetProperty("id").GetGuid()], (await JsonAsync(mine)).EnumerateArray().Select(a => a.GetProperty("id").GetGuid()));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        var queued = await app.WithDbAsync(db => db.Outbox.AsNoTracking()
            .Where(m => m.Channel == Channel.Webhook && m.AddressIndex == hook.Subscription.Id.ToString()).ToListAsync(Ct));
        var message = Assert.Single(queued);
        Assert.Equal("application.changed", message.TemplateKey);
        Assert.Contains(application.GetProperty("id").GetGuid().ToString(), message.Values, StringComparison.Ordinal);
        Assert.DoesNotContain("求职者甲", message.Values, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Member_SavesAJobByTheApi_InvalidFieldsNamedInChinese_ASubmittedJobWaitsForReview()
    {
        var (member, _) = await app.RegisterEmployerAsync("370202");
        using var client = await app.CreateApiClientAsync(member.UserName, member.Password);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        using var invalid = await client.PostAsJsonAsync("/api/v1/employer/jobs", new { title = "x", description = "短", regionCode = "370202", headcount = 0 }, Ct);
        using var badRange = await client.PostAsJsonAsync("/api/v1/employer/jobs", new JobsEndpoints.JobRequest
        {
            Title = "会计", Description = "负责日常账务处理与报表编制。", RegionCode = "370202", SalaryMinYuan = 9000, SalaryMaxYuan = 6000,
            ValidUntil = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(20),
        }, Ct);
        using var made = await client.PostAsJsonAsync("/api/v1/employer/jobs", JobsEndpoints.JobRequest.Example, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await JsonAsync(invalid)).GetProperty("errors");
        Assert.Contains("岗位名称", errors.GetProperty("title")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("description", out _));
        Assert.True(errors.TryGetProperty("headcount", out _));
        Assert.True(errors.TryGetProperty("validUntil", out _));
        Assert.Equal(HttpStatusCode.BadRequest, badRange.StatusCode);
        Assert.Equal("jobs.salary_range", (await JsonAsync(badRange)).GetProperty("code").GetString());
        Assert.True((await JsonAsync(badRange)).GetProperty("errors").TryGetProperty("salaryMaxYuan", out _));
        Assert.Equal(HttpStatusCode.Created, made.StatusCode);
        var job = await JsonAsync(made);
        Assert.Equal("PendingReview", job.GetProperty("status").GetString());
        Assert.Equal(JobsEndpoints.JobRequest.Example.Title, job.GetProperty("job").GetProperty("title").GetString());
        Assert.Equal("2-02", job.GetProperty("job").GetProperty("occupationCode").GetString());
    }

    [Fact]
    public async Task EmployersKey_ReadsItsJobsAndApplications_WithTheScope_OtherwiseForbidden_RevokedUnauthorized_NeverMovesAnApplication()
    {
        var (member, employer, job) = await PublishedJobAsync("仓库管理员" + Guid.NewGuid().ToString("N")[..6]);
        var (_, _, otherJob) = await PublishedJobAsync("司机" + Guid.NewGuid().ToString("N")[..6]);
        var (talent, _, _) = await app.CreateTalentAsync("370202", "求职者乙");
        using (var talentClient = await app.CreateApiClientAsync(talent.UserName, talent.Password))
        {
            using var applied = await talentClient.PostAsJsonAsync($"/api/v1/jobs/{job.Id}/applications", new { }, Ct);
            Assert.Equal(HttpStatusCode.Created, applied.StatusCode);
        }
        var readJobs = await EmployerKeyAsync(member, employer, TokenScopes.JobsRead);
        var readApplications = await EmployerKeyAsync(member, employer, TokenScopes.ApplicationsRead);
        using var jobsKey = app.TokenClient(readJobs.Text);
        using var applicationsKey = app.TokenClient(readApplications.Text);

        using var jobs = await jobsKey.GetAsync("/api/v1/employer/jobs", Ct);
        using var cannotWrite = await jobsKey.PostAsJsonAsync("/api/v1/employer/jobs", JobsEndpoints.JobRequest.Example, Ct);
        using var cannotReadApplications = await jobsKey.GetAsync($"/api/v1/employer/jobs/{job.Id}/applications", Ct);
        using var applications = await applicationsKey.GetAsync($"/api/v1/employer/jobs/{job.Id}/applications", Ct);
        using var othersApplications = await applicationsKey.GetAsync($"/api/v1/employer/jobs/{otherJob.Id}/applications", Ct);
        var applicationId = (await JsonAsync(applications))[0].GetProperty("id").GetGuid();
        using var cannotMove = await applicationsKey.PutAsJsonAsync($"/api/v1/employer/applications/{applicationId}/status", new { status = "Interview" }, Ct);
        using var notOnOtherPages = await jobsKey.GetAsync("/api/v1/applications/me", Ct);

        Assert.Equal(HttpStatusCode.OK, jobs.StatusCode);
        Assert.Equal([job.Id], (await JsonAsync(jobs)).EnumerateArray().Select(j => j.GetProperty("job").GetProperty("id").GetGuid()));
        Assert.Equal(HttpStatusCode.Forbidden, cannotWrite.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, cannotReadApplications.StatusCode);
        Assert.Equal("求职者乙", (await JsonAsync(applications))[0].GetProperty("talentName").GetString());
        Assert.Empty((await JsonAsync(othersApplications)).EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, cannotMove.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, notOnOtherPages.StatusCode);

        using (var memberClient = await app.CreateApiClientAsync(member.UserName, member.Password))
        {
            using var moved = await memberClient.PutAsJsonAsync($"/api/v1/employer/applications/{applicationId}/status", new { status = "Interview" }, Ct);
            Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
            Assert.Equal("Interview", (await JsonAsync(moved)).GetProperty("status").GetString());
        }
        Assert.True(await app.AsAsync(member, s => s.GetRequiredService<OrganisationTokens>().RevokeAsync(OrganisationKinds.Employer, employer.Id.ToString(),
            readJobs.Token.Id, Ct)));
        using var revoked = await jobsKey.GetAsync("/api/v1/employer/jobs", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
    }

    [Fact]
    public async Task EmployersKeys_OnlyTheEmployersScopes_AndThePagesIssueThemOnce()
    {
        var (member, employer) = await app.RegisterEmployerAsync("370202");
        var wrongScope = await app.AsAsync(member, s => s.GetRequiredService<OrganisationTokens>().IssueAsync(OrganisationKinds.Employer,
            employer.Id.ToString(), "错的", [TokenScopes.GraduatesRead], 30, Ct));
        Assert.Equal("accounts.token_scope", wrongScope.Error?.Code);

        using var browser = await app.ClientAsync(Via.Cookie, member.UserName, member.Password);
        var form = await browser.GetPageAsync("/Employers/Own/Tokens");
        Assert.Contains("jobs.write", form, StringComparison.Ordinal);
        Assert.DoesNotContain("graduates.read", form, StringComparison.Ordinal);
        using var made = await browser.SubmitFormAsync("/Employers/Own/Tokens", new()
        {
            ["Input.Name"] = "招聘系统", ["Input.Scopes"] = TokenScopes.JobsRead, ["Input.Days"] = "30",
        });
        var page = WebUtility.HtmlDecode(await made.Content.ReadAsStringAsync(Ct));
        Assert.Matches("yc_[A-Za-z0-9_-]{20,}", page);
        Assert.Equal("no-store", made.Headers.CacheControl?.ToString());
        Assert.DoesNotMatch("yc_[A-Za-z0-9_-]{20,}", await browser.GetPageAsync("/Employers/Own/Tokens"));
        var hooks = await browser.GetPageAsync("/Employers/Own/Webhooks");
        Assert.Contains("求职申请状态变化", WebUtility.HtmlDecode(hooks), StringComparison.Ordinal);
    }
}
