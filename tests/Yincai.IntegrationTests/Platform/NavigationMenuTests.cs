using System.Globalization;
using System.Text.RegularExpressions;
using Yincai.IntegrationTests.Modules.Employers;
using Yincai.IntegrationTests.Modules.Talents;

namespace Yincai.IntegrationTests.Platform;

/// <summary>The workspace menu: officers' entries grouped into a menu per programme, with what waits for them counted in
/// their region; an employer's new applications counted on 岗位管理 and on each job.</summary>
public sealed class NavigationMenuTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly ValidUntil => DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(1);

    /// <summary>The number on the badge of the menu link (or menu) named <paramref name="text"/>; null when it has none.</summary>
    private static int? Badge(string html, string text)
    {
        var link = Regex.Match(html, $"<a class=\"(nav-link|dropdown-item)[^\"]*\"[^>]*>{Regex.Escape(text)}\\s*(<span[^>]*data-testid=\"nav-count\">(?<count>[0-9+]+)</span>)?\\s*</a>");
        Assert.True(link.Success, $"no menu link {text}");
        return link.Groups["count"].Success ? int.Parse(link.Groups["count"].Value.TrimEnd('+'), CultureInfo.InvariantCulture) : null;
    }

    private async Task<(TestAccount User, Employer Employer)> EmployerAsync(bool verified)
    {
        var user = await app.RegisterAsync(AccountKind.Employer);
        var employer = (await app.WithServicesAsync(s => s.GetRequiredService<EmployerRegistration>().SaveAsync(user.Id, EmployerTestData.Form("370202"), Ct))).Value!;
        if (verified)
            await app.WithDbAsync(async db =>
            {
                (await db.Employers.SingleAsync(e => e.Id == employer.Id, Ct)).Verify(Guid.CreateVersion7(), DateTime.UtcNow);
                await db.SaveChangesAsync(Ct);
            });
        return (user, employer);
    }

    private Task<Job> SubmittedJobAsync(Guid userId, string title) =>
        app.WithServicesAsync(async s => (await s.GetRequiredService<JobPostings>().SaveAsync(userId, null, new JobForm
        {
            Title = title, Description = "说明。", RegionCode = "370202", Headcount = 1, SalaryMinYuan = 5000, SalaryMaxYuan = 6000, ValidUntil = ValidUntil,
        }, submit: true, Ct)).Value!);

    [Fact]
    public async Task Workspace_Officer_SeesMenusPerProgrammeWithWhatWaitsInTheirRegion()
    {
        var (user, _) = await EmployerAsync(verified: false);
        await SubmittedJobAsync(user.Id, "待审岗位" + Guid.NewGuid().ToString("N")[..6]);
        var (jobs, employers, jinanJobs) = await app.WithDbAsync(async db => (
            await db.Jobs.CountAsync(j => j.RegionCode.StartsWith("3702") && j.Status == JobStatus.PendingReview, Ct),
            await db.Employers.CountAsync(e => e.RegionCode.StartsWith("3702") && e.Status == EmployerStatus.Pending, Ct),
            await db.Jobs.CountAsync(j => j.RegionCode.StartsWith("3701") && j.Status == JobStatus.PendingReview, Ct)));
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");
        using var jinan = await app.ClientAsync(Via.Cookie, "officer.jn");

        var html = await (await officer.GetAsync("/Workspace/Home", Ct)).Content.ReadAsStringAsync(Ct);
        var jinanHtml = await (await jinan.GetAsync("/Workspace/Home", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Equal(Math.Min(jobs, 100), Badge(html, "岗位审核"));
        Assert.Equal(Math.Min(employers, 100), Badge(html, "用人单位"));
        Assert.True(Badge(html, "岗位与项目") >= jobs);
        Assert.True(Badge(html, "人才与单位") >= employers);
        Assert.Null(Badge(html, "人才库"));
        foreach (var menu in new[] { "人才与单位", "岗位与项目", "系统" })
            Assert.Matches($"<a class=\"nav-link dropdown-toggle[^\"]*\"[^>]*data-bs-toggle=\"dropdown\"[^>]*>{menu}", html);
        // Jinan's officer counts Jinan's queue, which holds none of these Qingdao records.
        Assert.Equal(jinanJobs == 0 ? null : Math.Min(jinanJobs, 100), Badge(jinanHtml, "岗位审核"));
    }

    [Fact]
    public async Task Workspace_Employer_SeesNewApplicationsOnTheMenuAndOnTheJob()
    {
        var (user, _) = await EmployerAsync(verified: true);
        var title = "有人申请" + Guid.NewGuid().ToString("N")[..6];
        var job = await SubmittedJobAsync(user.Id, title);
        await app.WithDbAsync(async db =>
        {
            (await db.Jobs.SingleAsync(j => j.Id == job.Id, Ct)).Approve(Guid.CreateVersion7(), DateTime.UtcNow);
            await db.SaveChangesAsync(Ct);
        });
        using var employer = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(employer, user.UserName, user.Password);
        var before = await (await employer.GetAsync("/Jobs/Own", Ct)).Content.ReadAsStringAsync(Ct);
        foreach (var name in new[] { "求职者甲", "求职者乙" })
        {
            var (talent, _, _) = await app.CreateTalentAsync("370202", name);
            Assert.False((await app.WithServicesAsync(s => s.GetRequiredService<JobApplications>().ApplyAsync(talent.Id, job.Id, null, null, Ct))).IsError);
        }

        var after = await (await employer.GetAsync("/Jobs/Own", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Null(Badge(before, "岗位管理"));
        Assert.Equal(2, Badge(after, "岗位管理"));
        Assert.Contains("2 份新申请", after, StringComparison.Ordinal);
    }
}
