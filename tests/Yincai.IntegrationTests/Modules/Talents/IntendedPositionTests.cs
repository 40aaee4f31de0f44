using Yincai.IntegrationTests.Modules.Matching;
using Yincai.Modules.Jobs.Search;
using Yincai.Modules.Matching;
using Yincai.Modules.Matching.Scoring;
using Yincai.Modules.Talents.Contracts;

namespace Yincai.IntegrationTests.Modules.Talents;

/// <summary>期望职位 (issue 22): a talent says which positions they want, in order, with a city and pay each; matching puts
/// the jobs of that occupation first and says so.</summary>
public sealed class IntendedPositionTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Unique() => "q" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task Positions_SavedInOrderWithCityAndPay_JobTypesInTheOrderChosen_AndShownAgain()
    {
        using var me = await app.SignedInTalentAsync();

        using var saved = await YincaiAppFactory.PostFormAsync(me.Browser, "/Talents/Profile/Intention",
        [
            new("Form.Positions[0].OccupationCode", "2-02-10"), new("Form.Positions[0].Title", " Java开发 "),
            new("Form.Positions[0].RegionCode", "370100"), new("Form.Positions[0].SalaryMinYuan", "9000"),
            new("Form.Positions[1].OccupationCode", ""), new("Form.Positions[1].Title", ""),
            new("Form.Positions[2].OccupationCode", "4-01"),
            new("JobTypeChoices", "Internship"), new("JobTypeChoices", ""), new("JobTypeChoices", "FullTime"), new("JobTypeChoices", ""),
        ]);
        var page = await (await me.Browser.GetAsync("/Talents/Profile/Intention", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var talent = await app.ReloadTalentAsync(me.Talent.Id);
        Assert.Equal([new IntendedPosition("2-02-10", "Java开发", "370100", 9000), new IntendedPosition("4-01", null, null, null)],
            talent.IntendedPositions);
        Assert.Equal([JobType.Internship, JobType.FullTime], talent.IntendedJobTypes);
        Assert.Contains("<option value=\"2-02-10\" selected=\"selected\">", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Java开发\"", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Internship\" selected=\"selected\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Positions_BadRows_NameTheRowAndTheField_AndChangeNothing()
    {
        using var me = await app.SignedInTalentAsync();

        using var response = await YincaiAppFactory.PostFormAsync(me.Browser, "/Talents/Profile/Intention",
        [
            new("Form.Positions[0].OccupationCode", "2-02"),
            new("Form.Positions[1].OccupationCode", "2"), new("Form.Positions[1].Title", "工程师"),
            new("Form.Positions[2].OccupationCode", "2-02"), new("Form.Positions[2].RegionCode", "999999"),
            new("Form.Skills", "Python"),
        ]);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("期望职位2：请选择职业类别", html, StringComparison.Ordinal);
        Assert.Contains("期望职位3：工作城市不是有效的城市。", html, StringComparison.Ordinal);
        Assert.Contains("期望职位3：与前面的职位是同一职业类别。", html, StringComparison.Ordinal);
        var talent = await app.ReloadTalentAsync(me.Talent.Id);
        Assert.Empty(talent.IntendedPositions);
        Assert.Empty(talent.Skills);
    }

    [Fact]
    public async Task Position_FreeTitleWithoutOccupation_TakesTheOccupationMostJobsOfThatTitleCarry()
    {
        var word = Unique();
        var (employerUser, _) = await app.VerifiedEmployerAsync();
        foreach (var occupation in new[] { "2-02-38", "2-02-38", "4-01" })
        {
            var form = MatchingTestData.Job($"{word}数据工程师", tags: "Python");
            form.OccupationCode = occupation;
            await app.JobAsync(employerUser.Id, form);
        }
        Assert.True(await MatchingTestData.EventuallyAsync(() => Task.FromResult(app.Services.GetRequiredService<JobKeywordIndex>().IsReady), 10));
        using var me = await app.SignedInTalentAsync();

        using var saved = await YincaiAppFactory.PostFormAsync(me.Browser, "/Talents/Profile/Intention",
            [new("Form.Positions[0].Title", $"{word}数据工程师")]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("2-02-38", Assert.Single((await app.ReloadTalentAsync(me.Talent.Id)).IntendedPositions).OccupationCode);
    }

    [Fact]
    public async Task Matching_JobOfTheWantedOccupation_ComesFirst_WithTheReason()
    {
        var word = Unique();
        var (employerUser, _) = await app.VerifiedEmployerAsync();
        var sales = MatchingTestData.Job($"软件销售{word}", majors: "080902", tags: $"Java,{word}");
        sales.OccupationCode = "4-01";
        var developer = MatchingTestData.Job($"软件开发{word}", majors: "080902", tags: $"Java,{word}");
        developer.OccupationCode = "2-02-10";
        var salesJob = await app.JobAsync(employerUser.Id, sales);
        var developerJob = await app.JobAsync(employerUser.Id, developer);
        var (talentUser, talent) = await app.FindableTalentAsync(skills: ["Java", word]);
        await app.WithDbAsync(async db =>
        {
            (await db.Talents.SingleAsync(t => t.Id == talent.Id, Ct)).SetPositions([new IntendedPosition("2-02-10", "Java开发", null, null)], DateTime.UtcNow);
            await db.SaveChangesAsync(Ct);
        });
        Assert.True(await MatchingTestData.EventuallyAsync(() => Task.FromResult(
            app.Index().Job(developerJob.Id) is not null && app.Index().Talent(talent.Id)?.Positions.Length == 1)));
        using var api = app.CreateClient(new() { AllowAutoRedirect = false });
        api.DefaultRequestHeaders.Authorization = new("Bearer", await app.TokenAsync(talentUser.UserName, talentUser.Password));

        var found = await api.GetJsonAsync<MatchesForTalent>("/api/v1/matching/me?take=100");
        var ours = found.Jobs.Where(j => j.Title.EndsWith(word, StringComparison.Ordinal)).ToList();

        Assert.Equal([developerJob.Id, salesJob.Id], ours.Select(j => j.JobId));
        var reason = Assert.Single(ours[0].Reasons, r => r.Aspect == FitAspect.Occupation);
        Assert.Equal((FitLevel.Met, "期望职位对口（信息和通信工程技术人员）"), (reason.Level, reason.Text));
        Assert.Equal(FitLevel.Missed, Assert.Single(ours[1].Reasons, r => r.Aspect == FitAspect.Occupation).Level);
    }

    [Fact]
    [Trait("Rule", "ENT-04")]
    public async Task Workspace_CompleteProfileNotShared_SaysSo_OneClickShares_AndTheConsentIsRecorded()
    {
        using var me = await app.SignedInTalentAsync();
        var empty = await (await me.Browser.GetAsync("/Workspace/Home", Ct)).Content.ReadAsStringAsync(Ct);
        await app.MakeFindableAsync(me.Talent.Id, consent: false);

        var home = await (await me.Browser.GetAsync("/Workspace/Home", Ct)).Content.ReadAsStringAsync(Ct);
        using var shared = await YincaiAppFactory.PostFormAsync(me.Browser, "/Talents/Profile/Consents",
            new Dictionary<string, string> { ["purpose"] = "ShareWithEmployers", ["granted"] = "true", ["returnUrl"] = "/Workspace/Home" });
        var after = await (await me.Browser.GetAsync("/Workspace/Home", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.DoesNotContain("data-testid=\"sharing-reminder\"", empty, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"sharing-reminder\"", home, StringComparison.Ordinal);
        Assert.Contains("但用人单位还看不到", home, StringComparison.Ordinal);
        Assert.Equal("/Workspace/Home", shared.Headers.Location?.OriginalString);
        Assert.True((await app.ReloadTalentAsync(me.Talent.Id)).SharesWithEmployers);
        Assert.True(await app.WithDbAsync(db => db.Consents.AnyAsync(c => c.TalentId == me.Talent.Id && c.Granted, Ct)));
        Assert.DoesNotContain("data-testid=\"sharing-reminder\"", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consents_ReturnUrlElsewhere_IsNotFollowed()
    {
        using var me = await app.SignedInTalentAsync();

        using var response = await YincaiAppFactory.PostFormAsync(me.Browser, "/Talents/Profile/Consents",
            new Dictionary<string, string> { ["purpose"] = "ShareWithEmployers", ["granted"] = "false", ["returnUrl"] = "https://evil.example/" });

        Assert.Equal("/Talents/Profile/Consents", response.Headers.Location?.OriginalString);
    }
}
