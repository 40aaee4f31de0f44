using Yincai.Modules.Events;

namespace Yincai.UnitTests.Modules.Events;

public sealed class EventSeriesPlanTests
{
    [Fact]
    [Trait("Rule", "GRD-04")]
    public void Starts_MonthlyFromThe31st_KeepsOnePerMonthOnTheLastDayOfShortMonths()
    {
        var starts = EventSeriesPlan.Starts(new DateTime(2026, 1, 31, 9, 0, 0), SeriesRecurrence.Monthly, new DateOnly(2026, 4, 30));

        Assert.Equal([new(2026, 1, 31, 9, 0, 0), new(2026, 2, 28, 9, 0, 0), new(2026, 3, 31, 9, 0, 0), new DateTime(2026, 4, 30, 9, 0, 0)], starts);
    }

    [Fact]
    [Trait("Rule", "GRD-04")]
    public void Starts_WeeklyUntilADate_IncludesThatDay()
    {
        var starts = EventSeriesPlan.Starts(new DateTime(2026, 3, 4, 14, 0, 0), SeriesRecurrence.Weekly, new DateOnly(2026, 3, 25));

        Assert.Equal(4, starts.Count);
        Assert.Equal(new DateTime(2026, 3, 25, 14, 0, 0), starts[^1]);
    }

    [Fact]
    public void Starts_TooLongASeries_StopsOneAfterTheLimitSoTheCallerCanRefuseIt()
    {
        var starts = EventSeriesPlan.Starts(new DateTime(2026, 1, 1), SeriesRecurrence.Weekly, new DateOnly(2030, 1, 1));

        Assert.Equal(EventSeriesPlan.MaxOccurrences + 1, starts.Count);
    }
}
