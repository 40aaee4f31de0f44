using System.Globalization;
using Yincai.IntegrationTests.Modules.Matching;
using Yincai.IntegrationTests.Modules.Talents;

namespace Yincai.IntegrationTests.Modules.Jobs;

/// <summary>What an employer sees of applicants (issue 22): school, degree, major, graduation year, when they applied and how well
/// they fit, with the reasons; and on the job list the new and total applications per job.</summary>
public sealed class ApplicantCardTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Rule", "RET-06")]
    public async Task Applicants_ShowEducationDateAndFit_JobListCountsNewAndTotal()
    {
        var word = "q" + Guid.NewGuid().ToString("N")[..8];
        var (employerUser, _) = await app.VerifiedEmployerAsync();
        var job = await app.JobAsync(employerUser.Id, MatchingTestData.Job($"Java开发{word}", majors: "080902", tags: "Java,微服务"));
        var (first, firstTalent) = await app.FindableTalentAsync(skills: ["Java", "微服务"], consent: false);
        var (second, _) = await app.FindableTalentAsync(skills: ["会计"]);
        foreach (var user in new[] { first, second })
        {
            using var browser = app.CreateBrowser();
            await YincaiAppFactory.SignInAsync(browser, user.UserName, user.Password);
            using var applied = await YincaiAppFactory.PostFormAsync(browser, $"/Jobs/View?id={job.Id}&handler=Apply",
                new Dictionary<string, string> { ["id"] = job.Id.ToString() }, tokenFrom: $"/Jobs/View?id={job.Id}");
        }
        var firstApplication = await app.WithDbAsync(db => db.JobApplications.AsNoTracking().SingleAsync(a => a.TalentId == firstTalent.Id, Ct));
        using var employer = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(employer, employerUser.UserName, employerUser.Password);
        using var viewed = await YincaiAppFactory.PostFormAsync(employer, $"/Jobs/Own/Applicants?jobId={job.Id}", new Dictionary<string, string>
        {
            ["jobId"] = job.Id.ToString(), ["applicationId"] = firstApplication.Id.ToString(), ["status"] = "Viewed",
        });

        var page = await (await employer.GetAsync($"/Jobs/Own/Applicants?jobId={job.Id}", Ct)).Content.ReadAsStringAsync(Ct);
        var list = await (await employer.GetAsync("/Jobs/Own", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Contains("山东大学 · 本科 · 软件工程 · 2024 年毕业", page, StringComparison.Ordinal);
        Assert.Contains("投递于 " + ChinaClock.ToChina(firstApplication.CreatedAtUtc).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture), page,
            StringComparison.Ordinal);
        // The applicant who did not agree to be found is still scored: they sent the application.
        Assert.Equal(2, page.Split("data-testid=\"applicant-fit\"").Length - 1);
        Assert.Contains("<li>部分技能关键词重合：Java、微服务</li>", page, StringComparison.Ordinal);
        Assert.Contains("硬性差距：没有共同的技能", page, StringComparison.Ordinal);
        Assert.Contains("（共 2 份）", list, StringComparison.Ordinal);
        Assert.Contains("1 份新申请", list, StringComparison.Ordinal);
    }
}
