using System.Globalization;
using Yincai.IntegrationTests.Modules.Employers;
using Yincai.IntegrationTests.Modules.Talents;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Talents.Contracts;

namespace Yincai.IntegrationTests.Modules.Jobs;

/// <summary>A talent applies; the employer moves the application to a hire; the talent hears of each step, and the
/// hire changes their employment status and counts as an allocation of the job's region.</summary>
public sealed class ApplicationLifecycleTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(TestAccount Employer, Job Job)> PublishedJobAsync(string title, string regionCode = "370202")
    {
        var (user, employer) = await app.RegisterEmployerAsync("370202");
        var job = await app.WithServicesAsync(async s =>
        {
            var saved = await s.GetRequiredService<JobPostings>().SaveAsync(user.Id, null, new JobForm
            {
                Title = title, Description = "负责客户服务与数据整理，沟通能力强。", RegionCode = regionCode, Headcount = 1,
                SalaryMinYuan = 5000, SalaryMaxYuan = 7000, ValidUntil = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(1),
            }, submit: true, Ct);
            return saved.Value!;
        });
        await app.WithDbAsync(async db =>
        {
            (await db.Employers.SingleAsync(e => e.Id == employer.Id, Ct)).Verify(Guid.CreateVersion7(), DateTime.UtcNow);
            (await db.Jobs.SingleAsync(j => j.Id == job.Id, Ct)).Approve(Guid.CreateVersion7(), DateTime.UtcNow);
            await db.SaveChangesAsync(Ct);
        });
        return (user, job);
    }

    /// <summary>The talent applies on the job's page and the employer moves the application step by step to a hire;
    /// returns what the application answered and the application.</summary>
    private async Task<(HttpStatusCode Applied, Guid ApplicationId)> ApplyAndHireAsync(HttpClient talentBrowser, TestAccount employerUser, Job job)
    {
        using var employerBrowser = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(employerBrowser, employerUser.UserName, employerUser.Password);
        using var apply = await YincaiAppFactory.PostFormAsync(talentBrowser, $"/Jobs/View?id={job.Id}&handler=Apply",
            new Dictionary<string, string> { ["id"] = job.Id.ToString() }, tokenFrom: $"/Jobs/View?id={job.Id}");
        var application = await app.WithDbAsync(db => db.JobApplications.AsNoTracking().SingleAsync(a => a.JobId == job.Id, Ct));
        foreach (var step in new[] { ApplicationStatus.Viewed, ApplicationStatus.Interview, ApplicationStatus.Offer, ApplicationStatus.Hired })
        {
            using var moved = await YincaiAppFactory.PostFormAsync(employerBrowser, $"/Jobs/Own/Applicants?jobId={job.Id}", new Dictionary<string, string>
            {
                ["jobId"] = job.Id.ToString(), ["applicationId"] = application.Id.ToString(), ["status"] = step.ToString(),
            });
            Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        }
        return (apply.StatusCode, application.Id);
    }

    [Fact]
    [Trait("Rule", "GRD-01")]
    public async Task EmployerHires_AnUnemployedGraduate_LeavesTheUnemployedGraduatesList()
    {
        var (employerUser, job) = await PublishedJobAsync("招聘专员" + Guid.NewGuid().ToString("N")[..4]);
        var (talentUser, talent, _) = await app.CreateTalentAsync("370202", "未就业者");
        await app.WithDbAsync(async db =>
        {
            var tracked = await db.Talents.SingleAsync(t => t.Id == talent.Id, Ct);
            tracked.UpdatePersonal(null, null, null, TalentCategory.UnemployedGraduate, DateTime.UtcNow);
            tracked.RecordEmployment(EmploymentStatus.Seeking, null, DateTime.UtcNow);
            await db.SaveChangesAsync(Ct);
        });
        using var talentBrowser = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(talentBrowser, talentUser.UserName, talentUser.Password);
        var (applied, _) = await ApplyAndHireAsync(talentBrowser, employerUser, job);

        var after = await app.WithDbAsync(db =>
            db.Talents.AsNoTracking().Where(t => t.Id == talent.Id).Select(t => new { t.Categories, t.Employment }).SingleAsync(Ct));
        Assert.Equal(HttpStatusCode.OK, applied);
        Assert.Equal(EmploymentStatus.Employed, after.Employment);
        Assert.False(after.Categories.HasFlag(TalentCategory.UnemployedGraduate));
    }

    [Fact]
    public async Task Apply_ThenEmployerHires_TalentIsToldAtEachStepAndBecomesEmployed()
    {
        var (employerUser, job) = await PublishedJobAsync("客服专员" + Guid.NewGuid().ToString("N")[..4]);
        var (talentUser, talent, _) = await app.CreateTalentAsync("370202", "求职者");
        using var talentBrowser = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(talentBrowser, talentUser.UserName, talentUser.Password);

        var (applied, applicationId) = await ApplyAndHireAsync(talentBrowser, employerUser, job);

        Assert.Equal(HttpStatusCode.OK, applied);
        var (status, employment) = await app.WithDbAsync(async db => (
            await db.JobApplications.Where(a => a.Id == applicationId).Select(a => a.Status).SingleAsync(Ct),
            await db.Talents.Where(t => t.Id == talent.Id).Select(t => t.Employment).SingleAsync(Ct)));
        Assert.Equal(ApplicationStatus.Hired, status);
        Assert.Equal(EmploymentStatus.Employed, employment);
        Assert.Equal(job.Title, Assert.Single(await app.ToldAsync(talentUser.Id, NotificationKinds.JobApplied))[0]);
        Assert.Equal(job.Title, Assert.Single(await app.ToldAsync(talentUser.Id, NotificationKinds.ApplicationInterview))[0]);
        Assert.Equal(job.Title, Assert.Single(await app.ToldAsync(talentUser.Id, NotificationKinds.ApplicationHired))[0]);
        var myApplications = await (await talentBrowser.GetAsync("/Jobs/Applications", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("已录用", myApplications, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hires_CountAsAllocationsOfTheJobsRegion_AndOfTheReferringStation()
    {
        // 平度市 is used by this test only, so its counts are this test's.
        var (employerUser, job) = await PublishedJobAsync("质检员", "370283");
        foreach (var referral in new Guid?[] { null, Guid.CreateVersion7() })
        {
            var (talentUser, _, _) = await app.CreateTalentAsync("370202");
            var application = (await app.WithServicesAsync(s => s.GetRequiredService<JobApplications>().ApplyAsync(talentUser.Id, job.Id, null, referral, Ct))).Value!;
            foreach (var step in new[] { ApplicationStatus.Interview, ApplicationStatus.Offer, ApplicationStatus.Hired })
                Assert.False((await app.WithServicesAsync(s => s.GetRequiredService<JobApplications>().MoveAsync(employerUser.Id, application.Id, step, Ct))).IsError);
        }
        using var qingdao = await app.ClientAsync(Via.Cookie, "officer.qd");
        using var jinan = await app.ClientAsync(Via.Cookie, "officer.jn");
        var thisYear = DateTime.UtcNow.AddHours(8).Year;

        var page = await qingdao.GetStringAsync($"/Jobs/Review/Allocations?year={thisYear}", Ct);
        var otherCity = await jinan.GetStringAsync("/Jobs/Review/Allocations", Ct);

        var row = page[page.IndexOf("平度市", StringComparison.Ordinal)..page.IndexOf("</tr>", page.IndexOf("平度市", StringComparison.Ordinal), StringComparison.Ordinal)];
        Assert.Matches(@">2</td>[\s\S]*>1</td>", row);
        Assert.DoesNotContain("平度市", otherCity, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Move_SkippingTheOffer_IsRefused()
    {
        var (employerUser, job) = await PublishedJobAsync("跳步测试");
        var (talentUser, _, _) = await app.CreateTalentAsync("370202");
        var application = (await app.WithServicesAsync(s => s.GetRequiredService<JobApplications>().ApplyAsync(talentUser.Id, job.Id, null, null, Ct))).Value!;

        var result = await app.WithServicesAsync(s => s.GetRequiredService<JobApplications>()
            .MoveAsync(employerUser.Id, application.Id, ApplicationStatus.Hired, Ct));

        Assert.Equal("jobs.application_step", result.Error?.Code);
    }

    [Fact]
    public async Task Apply_Twice_IsRefusedTheSecondTime()
    {
        var (_, job) = await PublishedJobAsync("重复申请测试");
        var (talentUser, _, _) = await app.CreateTalentAsync("370202");
        var service = (IServiceProvider s) => s.GetRequiredService<JobApplications>().ApplyAsync(talentUser.Id, job.Id, null, null, Ct);

        var first = await app.WithServicesAsync(service);
        var second = await app.WithServicesAsync(service);

        Assert.False(first.IsError);
        Assert.Equal("jobs.already_applied", second.Error?.Code);
    }

    [Fact]
    public async Task Move_ApplicationOfAnotherEmployer_IsRefused()
    {
        var (_, job) = await PublishedJobAsync("别家岗位");
        var (otherEmployer, _) = await app.RegisterEmployerAsync("370202");
        var (talentUser, _, _) = await app.CreateTalentAsync("370202");
        var application = (await app.WithServicesAsync(s => s.GetRequiredService<JobApplications>().ApplyAsync(talentUser.Id, job.Id, null, null, Ct))).Value!;

        var result = await app.WithServicesAsync(s => s.GetRequiredService<JobApplications>()
            .MoveAsync(otherEmployer.Id, application.Id, ApplicationStatus.Viewed, Ct));

        Assert.True(result.IsError);
        Assert.Equal(ApplicationStatus.Submitted, await app.WithDbAsync(db => db.JobApplications.Where(a => a.Id == application.Id).Select(a => a.Status).SingleAsync(Ct)));
    }
}
