using System.Globalization;
using Yincai.Modules.Benefits;
using Yincai.Modules.Benefits.Facts;

namespace Yincai.IntegrationTests.Modules.Benefits;

/// <summary>Benefits as data (ENT-05, GRD-12): a region's officers define a benefit on a notice's fund and write its rules, which
/// are checked and tried on sample claimants before saving and versioned by effective date; a claimant is judged condition by
/// condition on the version in force on the date.</summary>
public sealed class BenefitCatalogTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Fund = "graduate-living-housing-settling";

    private static readonly BenefitCondition[] Conditions =
    [
        new("硕士及以上学历", "Degree >= Master", "学历证书"),
        new("青岛户籍", "In(HouseholdRegion, \"3702\")", "户口簿"),
        new("毕业 2 年内", "YearsSinceGraduation <= 2", null),
    ];

    private const string Amount = "Degree == Doctorate ? 3000 : 1500";
    private const string AmountNote = "博士 3000 元，硕士 1500 元";

    private Task<T> AsOfficerAsync<T>(string scope, Func<BenefitCatalog, Task<T>> work) =>
        app.WithServicesAsync(s =>
        {
            s.GetRequiredService<CurrentUser>().ActAs(Guid.CreateVersion7(), "officer.test", scope, [Roles.Officer]);
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
            return work(s.GetRequiredService<BenefitCatalog>());
        });

    private async Task<Benefit> NewBenefitAsync(string region = "370200") =>
        (await AsOfficerAsync(region, c => c.CreateAsync(Fund, region, "青岛市高校毕业生住房补贴", BenefitClaimant.Talent, BenefitFrequency.OncePerYear, BenefitInstalments.None, Ct))).Value!;

    private static Dictionary<string, object?> Talent(int degree, string household, int years) =>
        new() { ["Degree"] = degree, ["HouseholdRegion"] = household, ["YearsSinceGraduation"] = years };

    private static FactSheet Sheet(Dictionary<string, object?> values) =>
        new(BenefitClaimant.Talent, Guid.CreateVersion7(), null, "张三", (string)values["HouseholdRegion"]!, null, values, new Dictionary<string, string>());

    private static readonly IReadOnlyDictionary<string, object?>[] Samples =
        [Talent(3, "370202", 1), Talent(4, "370211", 0), Talent(2, "370202", 1), Talent(3, "370102", 1)];

    [Fact]
    [Trait("Rule", "ENT-05")]
    [Trait("Rule", "GRD-12")]
    public async Task Rules_TriedOnSamples_AreSavedWithWhatTheDryRunFound_AndJudgeConditionByCondition()
    {
        var benefit = await NewBenefitAsync();

        var added = await AsOfficerAsync("370200", c => c.AddRulesAsync(benefit.Id, new DateOnly(2026, 1, 1), Conditions, Amount, AmountNote, Samples, Ct));
        var (rules, dryRun) = added.Value;
        var master = await AsOfficerAsync("370200", c => Task.FromResult(c.Evaluate(benefit, rules, Sheet(Talent(3, "370202", 1))).Value!));
        var jinan = await AsOfficerAsync("370200", c => Task.FromResult(c.Evaluate(benefit, rules, Sheet(Talent(4, "370102", 1))).Value!));

        Assert.False(added.IsError);
        Assert.Equal(new DryRun(4, 2, 1500, 3000), dryRun);
        Assert.True(master.Eligible);
        Assert.Equal(1500m, master.Amount);
        Assert.False(jinan.Eligible);
        Assert.Null(jinan.Amount);
        Assert.Equal([true, false, true], jinan.Conditions.Select(c => c.Met));
        Assert.Equal("户口簿", jinan.Conditions[1].Evidence);
    }

    [Fact]
    [Trait("Rule", "ENT-05")]
    public async Task Rules_ANewVersion_TakesOverOnItsDate_AndMustComeAfterTheCurrentOne()
    {
        var benefit = await NewBenefitAsync();
        await AsOfficerAsync("370200", c => c.AddRulesAsync(benefit.Id, new DateOnly(2026, 1, 1), Conditions, Amount, AmountNote, Samples, Ct));
        var second = await AsOfficerAsync("370200", c => c.AddRulesAsync(benefit.Id, new DateOnly(2027, 1, 1), Conditions, "Degree == Doctorate ? 5000 : 2000", AmountNote, Samples, Ct));
        var backdated = await AsOfficerAsync("370200", c => c.AddRulesAsync(benefit.Id, new DateOnly(2026, 6, 1), Conditions, Amount, AmountNote, Samples, Ct));

        var before = await AsOfficerAsync("370200", c => c.RulesOnAsync(benefit.Id, new DateOnly(2025, 12, 31), Ct));
        var lastDay = await AsOfficerAsync("370200", c => c.RulesOnAsync(benefit.Id, new DateOnly(2026, 12, 31), Ct));
        var newYear = await AsOfficerAsync("370200", c => c.RulesOnAsync(benefit.Id, new DateOnly(2027, 1, 1), Ct));

        Assert.False(second.IsError);
        Assert.Equal("EffectiveOn", backdated.Error?.Field);
        Assert.Null(before);
        Assert.Equal((1, "Degree == Doctorate ? 3000 : 1500"), (lastDay!.Number, lastDay.AmountExpression));
        Assert.Equal(2, newYear!.Number);
    }

    [Fact]
    public async Task Rules_AConditionThatDoesNotCompile_IsRefusedNamingItInChinese_AndNothingIsSaved()
    {
        var benefit = await NewBenefitAsync();
        BenefitCondition[] wrong = [Conditions[0], new("月收入", "Salary < 5000", null)];

        var added = await AsOfficerAsync("370200", c => c.AddRulesAsync(benefit.Id, new DateOnly(2026, 1, 1), wrong, Amount, AmountNote, Samples, Ct));
        var saved = await AsOfficerAsync("370200", c => c.RulesOnAsync(benefit.Id, new DateOnly(2030, 1, 1), Ct));

        Assert.Equal("Conditions[1].Expression", added.Error?.Field);
        Assert.Contains("第 2 个条件“月收入”", added.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("Salary", added.Error.Message, StringComparison.Ordinal);
        Assert.Null(saved);
    }

    [Fact]
    public async Task Rules_AnAmountNegativeForASample_IsRefusedNamingTheSample()
    {
        var benefit = await NewBenefitAsync();

        var added = await AsOfficerAsync("370200", c => c.AddRulesAsync(benefit.Id, new DateOnly(2026, 1, 1), Conditions,
            "1500 - YearsSinceGraduation * 2000", AmountNote, Samples, Ct));

        Assert.Equal("Amount", added.Error?.Field);
        Assert.Contains("第 1 个样本", added.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Benefit_OfAnotherCity_CannotBeCreatedOrGivenRulesByJinansOfficer()
    {
        var qingdao = await NewBenefitAsync();

        var created = await AsOfficerAsync("370100", c => c.CreateAsync(Fund, "370200", "越权补贴", BenefitClaimant.Talent, BenefitFrequency.Once, BenefitInstalments.None, Ct));
        var rules = await AsOfficerAsync("370100", c => c.AddRulesAsync(qingdao.Id, new DateOnly(2026, 1, 1), Conditions, Amount, AmountNote, Samples, Ct));
        var unknownFund = await AsOfficerAsync("370200", c => c.CreateAsync("no-such-fund", "370200", "无依据补贴", BenefitClaimant.Talent, BenefitFrequency.Once, BenefitInstalments.None, Ct));

        Assert.Equal("RegionCode", created.Error?.Field);
        Assert.Equal("benefits.not_found", rules.Error?.Code);
        Assert.Equal("FundId", unknownFund.Error?.Field);
    }
}

/// <summary>The public list of benefits (ENT-05) on the demo data: what can be claimed, on what conditions, how much, under which
/// paragraph of which notice; a city's list holds its own and the province's.</summary>
public sealed class BenefitListTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Rule", "ENT-05")]
    public async Task List_Anonymous_ShowsTheDemoBenefitsWithConditionsAmountAndTheNoticesParagraph_ByRegion()
    {
        using var client = app.CreateClient();

        var all = await client.GetStringAsync("/Benefits", Ct);
        var jinan = await client.GetStringAsync("/Benefits?region=370100", Ct);

        Assert.Contains("青岛市高校毕业生住房补贴（演示）", all, StringComparison.Ordinal);
        Assert.Contains("毕业 5 年内", all, StringComparison.Ordinal);
        Assert.Contains("博士每月 1500 元", all, StringComparison.Ordinal);
        Assert.Contains("/Policies/View?id=graduates-2020#p-", all, StringComparison.Ordinal);
        Assert.Contains("就业见习补贴（演示）", jinan, StringComparison.Ordinal);
        Assert.DoesNotContain("青岛市高校毕业生住房补贴", jinan, StringComparison.Ordinal);
    }
}
