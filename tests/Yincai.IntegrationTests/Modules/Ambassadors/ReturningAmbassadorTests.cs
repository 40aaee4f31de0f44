using Yincai.IntegrationTests.Modules.Matching;
using Yincai.IntegrationTests.Modules.Talents;
using Yincai.Modules.Jobs;

namespace Yincai.IntegrationTests.Modules.Ambassadors;

/// <summary>AMB-12: an ambassador who wants to come back to work in the province is put first among the talents who fit a
/// job, with the reason, even when others fit better; consent and fit still apply. Officers see the jobs that fit them best.</summary>
public sealed class ReturningAmbassadorTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Rule", "AMB-12")]
    public async Task JobsTalents_AmbassadorWhoWantsToReturn_IsFirstWithTheReason_OnlyOnceFlagged()
    {
        var word = "r" + Guid.NewGuid().ToString("N")[..8];
        var (employerUser, _) = await app.VerifiedEmployerAsync();
        var job = await app.JobAsync(employerUser.Id, MatchingTestData.Job($"Rust工程师{word}", tags: $"Rust,{word}"));
        for (var i = 0; i < 22; i++)
            await app.FindableTalentAsync(skills: ["Rust", word], fullName: "更合适" + i);
        var (_, ambassador) = await app.ActiveWithAccountAsync("370200");
        await app.MakeFindableAsync(ambassador.TalentId, skills: ["Excel"]);
        var own = await app.JobAsync(employerUser.Id, MatchingTestData.Job($"数据分析师{word}", tags: "Excel"));
        Assert.True(await MatchingTestData.EventuallyAsync(() => Task.FromResult(app.Index().Talent(ambassador.TalentId) is not null), 5));
        using var employer = await app.ClientAsync(Via.Cookie, employerUser.UserName, employerUser.Password);
        var (_, officer) = await app.OfficerAsync("370200");
        var page = $"/Matching/Job?id={job.Id}";

        var before = await employer.GetPageAsync(page);
        var details = $"/Ambassadors/Details?id={ambassador.Id}";
        using var flagged = await officer.SubmitFormAsync(details + "&handler=ReturnFlag", new() { ["id"] = ambassador.Id.ToString(), ["wants"] = "true" }, details);
        var after = await employer.GetPageAsync(page);
        var returning = await officer.GetPageAsync("/Ambassadors?WantsToReturn=true");
        await MatchingTestData.SetConsentAsync(app, ambassador.TalentId, granted: false);
        var withdrawn = await employer.GetPageAsync(page);

        Assert.Equal(HttpStatusCode.Redirect, flagged.StatusCode);
        Assert.DoesNotContain("有意回本省发展", before, StringComparison.Ordinal);
        Assert.Equal(20, Matches(before));
        var first = after.IndexOf("data-testid=\"talent-match\"", StringComparison.Ordinal);
        var second = after.IndexOf("data-testid=\"talent-match\"", first + 1, StringComparison.Ordinal);
        Assert.Contains("有意回本省发展的校园青年引才大使，优先推荐", after[first..second], StringComparison.Ordinal);
        Assert.Equal(20, Matches(after));
        Assert.DoesNotContain("有意回本省发展", withdrawn, StringComparison.Ordinal);
        // The officer's list of those who want to come back names the jobs that fit each best.
        Assert.Contains($"/Jobs/View?id={own.Id}\">数据分析师{word}</a>", returning, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "AMB-12")]
    public async Task DemandsProjects_ReturningAmbassadorsProject_IsFirstWithTheReason()
    {
        var word = "p" + Guid.NewGuid().ToString("N")[..8];
        var until = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(3);
        var (employerUser, _) = await app.VerifiedEmployerAsync();
        var demand = await app.PublishAsync(db => db.ProjectDemands, (await app.WithServicesAsync(s => s.GetRequiredService<ProjectDemands>()
            .SaveAsync(employerUser.Id, null, new ProjectDemandForm
            {
                Title = $"无人机集群调度算法联合研发{word}", Description = "寻求无人机调度算法团队合作。", IndustryCode = "65", RegionCode = "370202",
                BudgetMaxWan = 800, ValidUntil = until,
            }, submit: true, Ct))).Value!.Id);
        for (var i = 0; i < 3; i++)
        {
            var other = await app.CreateTalentAsync("370202", "其他团队" + i);
            await ProjectAsync(other.User.Id, $"无人机集群调度{word}{i}", "无人机集群调度算法，寻求落地园区。", until);
        }
        var (user, ambassador) = await app.ActiveWithAccountAsync("370200");
        var own = await ProjectAsync(user.Id, $"工业软件平台{word}", "面向制造企业的工业软件，寻求落地园区与合作伙伴。", until);
        Assert.True(await MatchingTestData.EventuallyAsync(() => Task.FromResult(app.Index().Project(own) is not null), 5));
        using var employer = await app.ClientAsync(Via.Cookie, employerUser.UserName, employerUser.Password);
        var (_, officer) = await app.OfficerAsync("370200");
        var page = $"/Matching/Demand?id={demand}";

        var before = await employer.GetPageAsync(page);
        var details = $"/Ambassadors/Details?id={ambassador.Id}";
        using var flagged = await officer.SubmitFormAsync(details + "&handler=ReturnFlag", new() { ["id"] = ambassador.Id.ToString(), ["wants"] = "true" }, details);
        var after = await employer.GetPageAsync(page);

        Assert.True(before.IndexOf($"工业软件平台{word}", StringComparison.Ordinal) > before.IndexOf($"无人机集群调度{word}", StringComparison.Ordinal));
        Assert.DoesNotContain("有意回本省发展", before, StringComparison.Ordinal);
        var first = after.IndexOf("data-testid=\"project-match\"", StringComparison.Ordinal);
        var second = after.IndexOf("data-testid=\"project-match\"", first + 1, StringComparison.Ordinal);
        Assert.Contains($"工业软件平台{word}", after[first..second], StringComparison.Ordinal);
        Assert.Contains("有意回本省发展的校园青年引才大使，优先推荐", after[first..second], StringComparison.Ordinal);
    }

    private async Task<Guid> ProjectAsync(Guid userId, string title, string summary, DateOnly until) =>
        await app.PublishAsync(db => db.TalentProjects, (await app.WithServicesAsync(s => s.GetRequiredService<TalentProjects>().SaveAsync(userId, null,
            new TalentProjectForm { Title = title, Summary = summary, IndustryCode = "65", RegionCode = "370202", FundingSoughtWan = 500, ValidUntil = until },
            submit: true, Ct))).Value!.Id);

    private static int Matches(string page) => page.Split("data-testid=\"talent-match\"").Length - 1;
}
