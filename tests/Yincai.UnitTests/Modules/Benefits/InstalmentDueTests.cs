using Yincai.Modules.Benefits.Claims;
using Yincai.Modules.Benefits.Facts;

namespace Yincai.UnitTests.Modules.Benefits;

/// <summary>GRD-11: the day the rest of a benefit paid in instalments can be claimed is the day the months of operation reach twelve,
/// as the claim counts them, month ends included; the reminder is dated by it.</summary>
public sealed class InstalmentDueTests
{
    [Theory]
    [Trait("Rule", "GRD-11")]
    [InlineData("2025-01-15", "2026-01-15")]
    [InlineData("2025-01-31", "2026-01-31")]
    [InlineData("2024-02-29", "2025-02-28")]
    [InlineData("2025-08-31", "2026-08-31")]
    public void RestClaimableOn_IsTheFirstDayOfTwelveMonths(string since, string expected)
    {
        var from = DateOnly.Parse(since, System.Globalization.CultureInfo.InvariantCulture);

        var due = BenefitClaims.RestClaimableOn(from);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), due);
        Assert.Equal(BenefitClaims.RestMonths, ClaimantFacts.MonthsBetween(from, due));
        Assert.Equal(BenefitClaims.RestMonths - 1, ClaimantFacts.MonthsBetween(from, due.AddDays(-1)));
    }

    [Fact]
    [Trait("Rule", "GRD-11")]
    public void RestClaimableOn_AgreesWithTheMonthsCountedForEveryDayOfFourYears()
    {
        for (var from = new DateOnly(2024, 1, 1); from < new DateOnly(2028, 1, 1); from = from.AddDays(1))
        {
            var due = BenefitClaims.RestClaimableOn(from);

            Assert.True(ClaimantFacts.MonthsBetween(from, due) >= BenefitClaims.RestMonths, $"{from}: {due}");
            Assert.True(ClaimantFacts.MonthsBetween(from, due.AddDays(-1)) < BenefitClaims.RestMonths, $"{from}: {due}");
        }
    }
}
