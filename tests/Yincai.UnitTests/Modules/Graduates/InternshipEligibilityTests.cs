using Yincai.Modules.Graduates;

namespace Yincai.UnitTests.Modules.Graduates;

public sealed class InternshipEligibilityTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [Trait("Rule", "GRD-08")]
    [InlineData("2023-06-30", "2026-06-30", true)]  // three years to the day
    [InlineData("2023-06-30", "2026-07-01", false)] // a day more
    [InlineData("2026-06-30", "2026-06-30", true)]  // the day of leaving
    [InlineData("2026-07-01", "2026-06-30", false)] // still at school on the start date
    public void Check_LeftSchool_WithinThreeYearsOfTheStartDate(string left, string start, bool eligible)
    {
        // Born 1990: no help from the age rule.
        var basis = InternshipEligibility.Check(D("1990-01-01"), D(left), D(start));

        Assert.Equal(eligible ? InternshipBasis.LeftSchoolWithin3Years : null, basis);
    }

    [Theory]
    [Trait("Rule", "GRD-08")]
    [InlineData("2010-03-15", "2026-03-15", true)]  // the 16th birthday
    [InlineData("2010-03-15", "2026-03-14", false)] // the day before it
    [InlineData("2001-03-15", "2026-03-14", true)]  // the last day of being 24
    [InlineData("2001-03-15", "2026-03-15", false)] // the 25th birthday
    [InlineData("2008-02-29", "2024-02-28", false)] // born on 29 February: 16 on 29 February of a leap year
    [InlineData("2008-02-29", "2024-02-29", true)]
    [InlineData("2000-02-29", "2025-02-28", true)]  // 25 on 1 March of a common year, still 24 the day before
    [InlineData("2000-02-29", "2025-03-01", false)]
    public void Check_NoSchoolOnRecord_AgedSixteenToTwentyFourOnTheStartDate(string born, string start, bool eligible)
    {
        var basis = InternshipEligibility.Check(D(born), null, D(start));

        Assert.Equal(eligible ? InternshipBasis.Aged16To24 : null, basis);
    }

    [Fact]
    [Trait("Rule", "GRD-08")]
    public void Check_LeftLongAgoButStillTwentyFour_IsEligibleByAge()
    {
        var basis = InternshipEligibility.Check(D("2002-01-01"), D("2020-06-30"), D("2026-06-01"));

        Assert.Equal(InternshipBasis.Aged16To24, basis);
    }
}
