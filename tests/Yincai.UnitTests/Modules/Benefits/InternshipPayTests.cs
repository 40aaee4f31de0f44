using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Yincai.Modules.Benefits;
using Yincai.Modules.Benefits.Facts;
using Yincai.Modules.Benefits.Rules;
using Yincai.Modules.Graduates.Contracts;

namespace Yincai.UnitTests.Modules.Benefits;

/// <summary>GRD-09's sums by hand: months served from the start date to the day before the same date a month on, each day at the minimum
/// wage in force on it, and the retention rate at the end (kept on among those who completed) against the 50% line.</summary>
public sealed class InternshipPayTests
{
    private static readonly DateOnly Change = new(2025, 10, 1);

    /// <summary>Shandong's demo tier 1: 2,100 a month, 2,300 from 1 October 2025; as the wage look-up gives them from the span's start.</summary>
    private static (DateOnly From, decimal Monthly, bool IsDemo)[] Steps(DateOnly from) => [(from, 2100m, true), (Change, 2300m, true)];

    private static HostIntern Intern(DateOnly start, DateOnly end, InternOutcome outcome, DateOnly? endedOn = null) =>
        new(Guid.CreateVersion7(), start, end, outcome == InternOutcome.Ongoing ? null : endedOn ?? end, outcome);

    private static RuleCompiler Compiler()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        return new(new StringLocalizer<BenefitsResource>(new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance)));
    }

    [Fact]
    [Trait("Rule", "GRD-09")]
    public void Served_SixFullMonthsAtOneWage_CountsExactlySixAndSixTimesTheWage()
    {
        var (months, wage) = InternshipPay.Served(new DateOnly(2025, 1, 15), new DateOnly(2025, 7, 14), Steps(new DateOnly(2025, 1, 15)));

        Assert.Equal(6m, months);
        Assert.Equal(12600m, wage);
    }

    [Fact]
    [Trait("Rule", "GRD-09")]
    public void Served_AMonthThatSpansTheWageChange_IsPaidDayByDayAtEach()
    {
        // 15 Sep – 14 Oct 2025 is one month of 30 days: 16 days (15–30 Sep) at 2,100 and 14 days (1–14 Oct) at 2,300,
        // (16 × 2,100 + 14 × 2,300) / 30 = (33,600 + 32,200) / 30 = 65,800 / 30 = 2,193.33.
        var (months, wage) = InternshipPay.Served(new DateOnly(2025, 9, 15), new DateOnly(2025, 10, 14), Steps(new DateOnly(2025, 9, 15)));

        Assert.Equal(1m, months);
        Assert.Equal(2193.33m, Math.Round(wage, 2));
    }

    [Fact]
    [Trait("Rule", "GRD-09")]
    public void Served_SixMonthsAcrossTheChange_ThreeAtTheOldWageAndThreeAtTheNew()
    {
        var (months, wage) = InternshipPay.Served(new DateOnly(2025, 7, 1), new DateOnly(2025, 12, 31), Steps(new DateOnly(2025, 7, 1)));

        Assert.Equal(6m, months);
        Assert.Equal(3 * 2100m + 3 * 2300m, wage);
    }

    [Fact]
    [Trait("Rule", "GRD-09")]
    public void Sum_LeftEarly_CountsTheDaysOfThePartMonth_AndNotAsCompleted()
    {
        // 1 – 15 March 2025: 15 of March's 31 days → 15 / 31 = 0.4839 of a month, at 2,100 → 1,016.13.
        var start = new DateOnly(2025, 3, 1);

        var intake = InternshipPay.Sum([Intern(start, start.AddMonths(6).AddDays(-1), InternOutcome.LeftEarly, new DateOnly(2025, 3, 15))],
            new DateOnly(2026, 1, 1), Steps(start))!;

        Assert.Equal(0.4839m, intake.Months);
        Assert.Equal(1016.13m, intake.WageMonths);
        Assert.Equal((1, 0, 0), (intake.Interns, intake.Completed, intake.Retained));
        Assert.Equal(0, intake.RetentionRate);
    }

    [Fact]
    [Trait("Rule", "GRD-09")]
    public void Sum_AnOngoingIntern_IsCountedUpToToday()
    {
        var start = new DateOnly(2025, 1, 15);

        var intake = InternshipPay.Sum([Intern(start, new DateOnly(2025, 12, 14), InternOutcome.Ongoing)], new DateOnly(2025, 4, 14), Steps(start))!;

        Assert.Equal((3m, 6300m, 1), (intake.Months, intake.WageMonths, intake.Ongoing));
    }

    [Fact]
    [Trait("Rule", "GRD-09")]
    public void Sum_NoWageInForce_IsNoFigureRatherThanAGuess()
    {
        var start = new DateOnly(2025, 1, 15);

        Assert.Null(InternshipPay.Sum([Intern(start, new DateOnly(2025, 7, 14), InternOutcome.Retained)], new DateOnly(2026, 1, 1), []));
    }

    [Theory]
    [Trait("Rule", "GRD-09")]
    [InlineData(500, 0.7)]   // 500 of 1,000 kept on: 50.0% → 70%
    [InlineData(499, 0.6)]   // 499 of 1,000: 49.9% → the base rate
    public void Amount_RetentionAtFiftyPercentAndJustBelow_SeventyOrSixtyPercentOfTheWageMonths(int retained, double rate)
    {
        var start = new DateOnly(2025, 1, 15);
        var interns = Enumerable.Range(0, 1000).Select(i => Intern(start, new DateOnly(2025, 7, 14),
            i < retained ? InternOutcome.Retained : InternOutcome.NotRetained)).ToList();
        var intake = InternshipPay.Sum(interns, new DateOnly(2026, 1, 1), Steps(start))!;
        var amount = Compiler().Amount("(RetentionRate >= 0.5 ? 0.7m : 0.6m) * MinimumWageMonths", RuleFacts.Employer).Value!;

        var paid = (decimal)amount.Evaluate(new Dictionary<string, object?>
        {
            ["RetentionRate"] = intake.RetentionRate, ["MinimumWageMonths"] = intake.WageMonths,
        })!;

        // 1,000 interns × 6 months × 2,100 = 12,600,000 wage-months; × 0.7 = 8,820,000, × 0.6 = 7,560,000.
        Assert.Equal(retained / 1000m, intake.RetentionRate);
        Assert.Equal(12_600_000m, intake.WageMonths);
        Assert.Equal(12_600_000m * (decimal)rate, paid);
    }

    [Fact]
    [Trait("Rule", "GRD-09")]
    public void Amount_RateWrittenAsOnPaper_IsExactDecimal_LikeTheSuffixedOne()
    {
        // Officers write 0.7 as on paper; the rule reads it as the exact decimal 0.7m, money times a rate.
        var plain = Compiler().Amount("(RetentionRate >= 0.5 ? 0.7 : 0.6) * MinimumWageMonths", RuleFacts.Employer);
        var suffixed = Compiler().Amount("(RetentionRate >= 0.5 ? 0.7m : 0.6m) * MinimumWageMonths", RuleFacts.Employer).Value!;
        var facts = new Dictionary<string, object?> { ["RetentionRate"] = 0.499m, ["MinimumWageMonths"] = 12_600.10m };

        Assert.False(plain.IsError, plain.Error?.Message);
        Assert.Equal(7_560.06m, (decimal)plain.Value!.Evaluate(facts)!);
        Assert.Equal(suffixed.Evaluate(facts), plain.Value.Evaluate(facts));
    }

    [Fact]
    public void Amount_ASyntaxErrorAfterADecimal_IsReportedWhereTheOfficerWroteIt()
    {
        var amount = Compiler().Amount("0.7 * MinimumWageMonths +", RuleFacts.Employer);

        Assert.True(amount.IsError);
        Assert.Equal("规则在第 26 个字符处有误，请检查括号、引号和运算符。", amount.Error!.Message);
    }
}
