using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Yincai.Modules.Benefits;
using Yincai.Modules.Benefits.Rules;

namespace Yincai.UnitTests.Modules.Benefits;

/// <summary>Benefits' rules as officers write them (ENT-05): conditions that are yes or no over the claimant's facts, amounts that
/// are numbers, and every mistake said in Chinese with where it is, before anything is saved.</summary>
public sealed class RuleCompilerTests
{
    private static RuleCompiler Compiler()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        return new(new StringLocalizer<BenefitsResource>(new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance)));
    }

    private static Dictionary<string, object?> Talent(int degree, string household, int yearsSince = 1, bool employed = true) => new()
    {
        ["Degree"] = degree, ["HouseholdRegion"] = household, ["YearsSinceGraduation"] = yearsSince, ["Employed"] = employed,
    };

    [Theory]
    [Trait("Rule", "ENT-05")]
    [InlineData(3, "370202", 1, true)]
    [InlineData(2, "370202", 1, false)]  // a bachelor's degree is below Master
    [InlineData(4, "370102", 1, false)]  // a Jinan household is not in Qingdao
    [InlineData(4, "370211", 3, false)]  // graduated three years ago: beyond 2
    public void Condition_MasterInQingdaoWithinTwoYears_HoldsOnlyWhenAllDo(int degree, string household, int years, bool expected)
    {
        var rule = Compiler().Condition("Degree >= Master && In(HouseholdRegion, \"3702\") && YearsSinceGraduation <= 2", RuleFacts.Talent).Value!;

        Assert.Equal(expected, rule.Evaluate(Talent(degree, household, years)));
        Assert.Equal(["Degree", "HouseholdRegion", "YearsSinceGraduation"], rule.UsedFacts.Order(StringComparer.Ordinal));
    }

    [Theory]
    [Trait("Rule", "GRD-12")]
    [InlineData(4, 3000)]
    [InlineData(3, 1500)]
    [InlineData(2, 1000)]
    public void Amount_ByDegree_IsTheNoticesFigure(int degree, decimal expected)
    {
        var amount = Compiler().Amount("Degree == Doctorate ? 3000 : Degree == Master ? 1500 : 1000", RuleFacts.Talent).Value!;

        Assert.Equal(expected, amount.Evaluate(Talent(degree, "370202")));
    }

    [Fact]
    [Trait("Rule", "GRD-09")]
    public void Amount_SeventyPercentOfTheMinimumWageTimesMonths_WhenRetentionReachesHalf()
    {
        var amount = Compiler().Amount("(RetentionRate >= 0.5 ? 0.7m : 0.6m) * MinimumWage * InternMonths", RuleFacts.Employer).Value!;

        Assert.Equal(0.7m * 2100 * 6, amount.Evaluate(new Dictionary<string, object?> { ["RetentionRate"] = 0.5, ["MinimumWage"] = 2100m, ["InternMonths"] = 6 }));
        Assert.Equal(0.6m * 2100 * 6, amount.Evaluate(new Dictionary<string, object?> { ["RetentionRate"] = 0.499, ["MinimumWage"] = 2100m, ["InternMonths"] = 6 }));
    }

    [Fact]
    public void Condition_AFactNotGiven_IsItsTypesNothing()
    {
        var rule = Compiler().Condition("!Employed && Degree == 0", RuleFacts.Talent).Value!;

        Assert.Equal(true, rule.Evaluate(new Dictionary<string, object?>()));
    }

    [Theory]
    [InlineData("Degree >= ", "第 11 个字符")] // where the missing operand should be
    [InlineData("Salary > 3000", "“Salary”")]
    [InlineData("Degree + 1", "是”或“否")]
    [InlineData("HouseholdRegion.GetType().Assembly != null", "不允许")]
    [InlineData("System.IO.File.Exists(\"/etc/passwd\")", "“System”")]
    [InlineData("  ", "请填写规则")]
    public void Condition_Mistakes_AreRefusedInChineseSayingWhere(string expression, string said)
    {
        var rule = Compiler().Condition(expression, RuleFacts.Talent);

        Assert.True(rule.IsError);
        Assert.Contains(said, rule.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Amount_ThatIsAYesOrNo_IsRefused()
    {
        var amount = Compiler().Amount("Degree >= Master", RuleFacts.Talent);

        Assert.Contains("金额公式的结果应为数字", amount.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Condition_LongerThanTheLimit_IsRefused()
    {
        var rule = Compiler().Condition(string.Join(" || ", Enumerable.Repeat("Degree == 4", 100)), RuleFacts.Talent);

        Assert.Contains("1000", rule.Error!.Message, StringComparison.Ordinal);
    }
}
