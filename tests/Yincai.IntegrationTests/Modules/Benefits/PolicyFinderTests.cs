using Yincai.Modules.Benefits;
using Yincai.Modules.Benefits.Finding;
using Yincai.Modules.Talents.Contracts;
using Yincai.Modules.Notifications;
using Yincai.Modules.Notifications.Contracts;

namespace Yincai.IntegrationTests.Modules.Benefits;

/// <summary>Policy finds people (ENT-05): a run tells each talent eligible for a benefit they have not claimed, once, in the inbox with a
/// link to the claim; an incremental run judges those changed since the last run, and everyone for rules saved since.</summary>
public sealed class PolicyFinderTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly Today => ChinaClock.DateOf(DateTime.UtcNow);

    private static BenefitCondition[] Conditions(string degree) =>
    [
        new("学历要求", $"Degree >= {degree}", "学历证书"),
        new("烟台户籍", "In(HouseholdRegion, \"3706\")", "户口簿"),
        new("已就业", "Employed", "劳动合同"),
    ];

    private Task<BenefitRun> RunAsync(bool incremental) =>
        app.WithServicesAsync(s => s.GetRequiredService<PolicyFinder>().RunAsync(incremental, null, Ct));

    private async Task<List<string>> ToldAsync(TestAccount user, Guid benefitId) =>
        (await app.InboxAsync(user.Id)).Where(n => n.Link == $"/Benefits/Claim?benefit={benefitId}").Select(n => n.TemplateKey!).ToList();

    [Fact]
    [Trait("Rule", "ENT-05")]
    [Trait("Rule", "ENT-06")]
    public async Task Run_TellsTheEligibleOnce_IncrementalPicksUpWhoChanged_AndNewRulesAreJudgedAgainstEveryone()
    {
        var (benefit, _) = await app.DefineAsync("370600", "烟台青年人才生活补贴", BenefitClaimant.Talent, BenefitFrequency.Once, BenefitInstalments.None,
            Today.AddDays(-10), Conditions("Master"), "2000", fund: "young-talent-living-housing");
        var graduated = new DateOnly(Today.Year - 1, 6, 30);
        var eligible = await app.ListedGraduateAsync("370602", DegreeLevel.Master, graduated, "蒋已就业");
        await app.HireAsync(eligible.User);
        var later = await app.ListedGraduateAsync("370602", DegreeLevel.Master, graduated, "沈待就业");
        var bachelor = await app.ListedGraduateAsync("370602", DegreeLevel.Bachelor, graduated, "韩本科");
        await app.HireAsync(bachelor.User);

        await RunAsync(incremental: false);
        var afterFirst = (await ToldAsync(eligible.User, benefit.Id), await ToldAsync(later.User, benefit.Id), await ToldAsync(bachelor.User, benefit.Id));
        await RunAsync(incremental: false);
        var afterSecond = await ToldAsync(eligible.User, benefit.Id);
        await app.HireAsync(later.User);
        var incremental = await RunAsync(incremental: true);
        var afterChange = (await ToldAsync(eligible.User, benefit.Id), await ToldAsync(later.User, benefit.Id), await ToldAsync(bachelor.User, benefit.Id));
        await app.AddRulesAsync("370600", benefit.Id, Today, Conditions("Bachelor"), "2000");
        await RunAsync(incremental: true);
        var afterNewRules = await ToldAsync(bachelor.User, benefit.Id);

        Assert.Equal([NotificationKinds.BenefitFound.Key], afterFirst.Item1);
        Assert.Empty(afterFirst.Item2);
        Assert.Empty(afterFirst.Item3);
        Assert.Single(afterSecond);
        Assert.True(incremental.Incremental);
        Assert.Single(afterChange.Item1);
        Assert.Single(afterChange.Item2);
        Assert.Empty(afterChange.Item3);
        Assert.Single(afterNewRules);
        // Whoever else this app holds may be found too (each test's talents are judged by every run): only ours are asserted.
        var ours = new[] { eligible.TalentId, later.TalentId, bachelor.TalentId };
        var findings = await app.WithDbAsync(db => db.BenefitFindings.AsNoTracking().Where(f => f.BenefitId == benefit.Id && ours.Contains(f.ClaimantId))
            .ToListAsync(Ct));
        Assert.Equal(ours.Order(), findings.Select(f => f.ClaimantId).Order());
        Assert.All(findings, f => Assert.Equal(2000m, f.Amount));
        var told = (await app.InboxAsync(eligible.User.Id)).Single(n => n.Link == $"/Benefits/Claim?benefit={benefit.Id}");
        Assert.Equal(NotificationKinds.BenefitFound.Key, told.TemplateKey);
        Assert.Equal(["烟台青年人才生活补贴", "2,000.00"], MessageTemplates.Values(told.Values!));
    }

    [Fact]
    [Trait("Rule", "ENT-05")]
    public async Task Run_ATalentWhoAlreadyClaimed_IsNotTold()
    {
        var (benefit, _) = await app.DefineAsync("370600", "烟台青年人才安家补贴", BenefitClaimant.Talent, BenefitFrequency.Once, BenefitInstalments.None,
            Today.AddDays(-10), Conditions("Master"), "5000", fund: "young-talent-living-housing");
        var claimed = await app.ListedGraduateAsync("370602", DegreeLevel.Master, new DateOnly(Today.Year - 1, 6, 30), "杨已申领");
        await app.HireAsync(claimed.User);
        var applied = await app.ApplyAsync(claimed.User, benefit.Id, null,
            new Yincai.Modules.Benefits.Claims.EvidenceUpload(1, "户口簿.pdf", BenefitsTestData.Pdf()));

        await RunAsync(incremental: false);

        Assert.False(applied.IsError, applied.Error?.Message);
        Assert.Empty(await ToldAsync(claimed.User, benefit.Id));
    }
}
