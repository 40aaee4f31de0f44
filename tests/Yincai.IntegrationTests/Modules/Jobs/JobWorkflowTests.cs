using Yincai.Modules.Talents.Contracts;
using System.Globalization;
using Yincai.IntegrationTests.Modules.Employers;

namespace Yincai.IntegrationTests.Modules.Jobs;

/// <summary>A job goes from the employer's draft through the review of the region's officer to the public search.</summary>
public sealed class JobWorkflowTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JobForm Form(string title, JobType type = JobType.FullTime, string region = "370202", DateOnly? validUntil = null) => new()
    {
        Type = type, Title = title, Description = "负责数据平台的开发与维护，熟悉数据库和分布式系统。", RegionCode = region, Headcount = 2,
        MinDegree = DegreeLevel.Bachelor, SalaryMinYuan = 8000, SalaryMaxYuan = 15000,
        ValidUntil = validUntil ?? DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(1),
    };

    private async Task<(TestAccount User, Employer Employer)> EmployerAsync(bool verified)
    {
        var (user, employer) = await app.RegisterEmployerAsync("370202");
        if (verified)
            await app.WithDbAsync(async db =>
            {
                (await db.Employers.SingleAsync(e => e.Id == employer.Id, Ct)).Verify(Guid.CreateVersion7(), DateTime.UtcNow);
                await db.SaveChangesAsync(Ct);
            });
        return (user, employer);
    }

    private Task<Result<Job>> SubmitAsync(Guid userId, JobForm form) =>
        app.WithServicesAsync(s => s.GetRequiredService<JobPostings>().SaveAsync(userId, null, form, submit: true, Ct));

    private static Task<HttpResponseMessage> ApproveAsync(HttpClient officer, Job job)
    {
        var page = $"/Jobs/Review/Details?id={job.Id}";
        return YincaiAppFactory.PostFormAsync(officer, page + "&handler=Approve", new Dictionary<string, string>
        {
            ["id"] = job.Id.ToString(), ["version"] = job.Version.ToString(CultureInfo.InvariantCulture),
        }, tokenFrom: "/Jobs/Review");
    }

    [Fact]
    [Trait("Rule", "ENT-02")]
    public async Task ApprovedJob_OfVerifiedEmployer_IsFoundByAChineseKeywordWithoutSigningIn()
    {
        var (user, _) = await EmployerAsync(verified: true);
        var keyword = "量子" + Guid.NewGuid().ToString("N")[..4];
        var job = (await SubmitAsync(user.Id, Form(keyword + "数据工程师"))).Value!;
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");
        using var anonymous = app.CreateClient();
        var before = await (await anonymous.GetAsync($"/Jobs?q={keyword}", Ct)).Content.ReadAsStringAsync(Ct);

        using var approve = await ApproveAsync(officer, job);
        var after = await (await anonymous.GetAsync($"/Jobs?q={Uri.EscapeDataString(keyword)}", Ct)).Content.ReadAsStringAsync(Ct);
        using var view = await anonymous.GetAsync($"/Jobs/View?id={job.Id}", Ct);

        Assert.DoesNotContain(keyword + "数据工程师", before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);
        Assert.Contains(keyword + "数据工程师", after, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, view.StatusCode);
    }

    [Fact]
    public async Task Approve_EmployerNotVerified_IsRefusedAndStaysUnpublished()
    {
        var (user, _) = await EmployerAsync(verified: false);
        var job = (await SubmitAsync(user.Id, Form("未核验单位的岗位"))).Value!;
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");

        using var approve = await ApproveAsync(officer, job);

        Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
        Assert.Contains("用人单位尚未通过核验", await approve.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(JobStatus.PendingReview, await app.WithDbAsync(db => db.Jobs.Where(j => j.Id == job.Id).Select(j => j.Status).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Approve_OfficerOfAnotherCity_Gets404()
    {
        var (user, _) = await EmployerAsync(verified: true);
        var job = (await SubmitAsync(user.Id, Form("青岛的岗位"))).Value!;
        using var jinan = await app.ClientAsync(Via.Cookie, "officer.jn");

        using var approve = await ApproveAsync(jinan, job);

        Assert.Equal(HttpStatusCode.NotFound, approve.StatusCode);
        Assert.Equal(JobStatus.PendingReview, await app.WithDbAsync(db => db.Jobs.Where(j => j.Id == job.Id).Select(j => j.Status).SingleAsync(Ct)));
    }

    [Fact]
    [Trait("Rule", "GRD-10")]
    public async Task Search_ByTypePartTime_FindsFlexibleJobsOnly()
    {
        var (user, _) = await EmployerAsync(verified: true);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var flexible = (await SubmitAsync(user.Id, Form("周末零工" + tag, JobType.PartTime))).Value!;
        var fullTime = (await SubmitAsync(user.Id, Form("全职岗位" + tag))).Value!;
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");
        foreach (var job in new[] { flexible, fullTime }) (await ApproveAsync(officer, job)).Dispose();
        using var anonymous = app.CreateClient();

        var page = await (await anonymous.GetAsync($"/Jobs?q={tag}&type=PartTime", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Contains("周末零工" + tag, page, StringComparison.Ordinal);
        Assert.DoesNotContain("全职岗位" + tag, page, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "ENT-02")]
    public async Task CloseExpired_PublishedJobPastItsDate_ClosesAndLeavesTheSearch()
    {
        var (user, employer) = await EmployerAsync(verified: true);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var title = "过期岗位" + tag;
        var job = (await SubmitAsync(user.Id, Form(title))).Value!;
        await app.WithDbAsync(async db =>
        {
            var stored = await db.Jobs.SingleAsync(j => j.Id == job.Id, Ct);
            stored.Approve(Guid.CreateVersion7(), DateTime.UtcNow);
            // Valid until yesterday: as if the date had passed since publication.
            stored.Edit(new JobDetails(employer.Name, stored.Type, stored.Title, stored.Description, stored.RegionCode, stored.IndustryCode,
                stored.Headcount, stored.MinDegree, stored.SalaryMinYuan, stored.SalaryMaxYuan, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1)));
            stored.Submit(DateOnly.MinValue);
            stored.Approve(Guid.CreateVersion7(), DateTime.UtcNow);
            await db.SaveChangesAsync(Ct);
        });

        var closed = await app.WithServicesAsync(s => s.GetRequiredService<JobExpiry>().CloseExpiredAsync(Ct));
        using var anonymous = app.CreateClient();
        var page = await (await anonymous.GetAsync($"/Jobs?q={tag}", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.True(closed >= 1);
        Assert.Equal(JobStatus.Closed, await app.WithDbAsync(db => db.Jobs.Where(j => j.Id == job.Id).Select(j => j.Status).SingleAsync(Ct)));
        Assert.DoesNotContain(title, page, StringComparison.Ordinal);
    }
}
