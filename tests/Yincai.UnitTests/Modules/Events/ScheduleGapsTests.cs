using System.Globalization;
using Yincai.Modules.Events;
using Yincai.Modules.Events.Contracts;

namespace Yincai.UnitTests.Modules.Events;

public sealed class ScheduleGapsTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    private static ScheduledEvent Fair(int month, int day = 10) => new(EventKind.ComprehensiveJobFair, EventAudience.Graduates, new DateOnly(2026, month, day));

    [Fact]
    [Trait("Rule", "GRD-04")]
    public void Find_NoEvents_EveryMonthAndEveryIsoWeekIsAGap()
    {
        var report = ScheduleGaps.Find(2026, [], Today);

        Assert.Equal(Enumerable.Range(1, 12), report.MonthsWithoutComprehensive);
        Assert.Equal(Enumerable.Range(1, 53), report.WeeksWithoutSpecial); // 2026 has 53 ISO weeks
        Assert.False(report.IsClear);
    }

    [Fact]
    [Trait("Rule", "GRD-04")]
    public void Find_FairEveryMonthButMarch_ReportsMarchOnly_AndMarchIsPast()
    {
        var report = ScheduleGaps.Find(2026, Enumerable.Range(1, 12).Where(m => m != 3).Select(m => Fair(m)), Today);

        Assert.Equal([3], report.MonthsWithoutComprehensive);
        Assert.True(report.MonthPast(3));
        Assert.False(report.MonthPast(6));
    }

    [Fact]
    [Trait("Rule", "GRD-04")]
    public void Find_SpecialFairEveryWeek_NoWeekGap_AndComprehensiveFairsDoNotCountAsSpecial()
    {
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(2026, 1, DayOfWeek.Monday));
        var weekly = Enumerable.Range(0, 53).Select(i => new ScheduledEvent(EventKind.SpecialJobFair, EventAudience.All, monday.AddDays(7 * i + 2)));
        var comprehensiveOnly = Enumerable.Range(0, 53).Select(i => new ScheduledEvent(EventKind.ComprehensiveJobFair, EventAudience.All, monday.AddDays(7 * i)));

        Assert.Empty(ScheduleGaps.Find(2026, weekly, Today).WeeksWithoutSpecial);
        Assert.Equal(53, ScheduleGaps.Find(2026, comprehensiveOnly, Today).WeeksWithoutSpecial.Count);
    }

    [Fact]
    [Trait("Rule", "GRD-04")]
    public void Find_EarlyJanuaryInPreviousIsoYear_CountsForThatYearsLastWeekNotWeekOne()
    {
        // 1 January 2027 is a Friday of ISO week 53 of 2026.
        var report = ScheduleGaps.Find(2026, [new ScheduledEvent(EventKind.SpecialJobFair, EventAudience.All, new DateOnly(2027, 1, 1))], Today);

        Assert.DoesNotContain(53, report.WeeksWithoutSpecial);
        Assert.Contains(1, report.WeeksWithoutSpecial);
    }

    [Fact]
    [Trait("Rule", "AMB-07")]
    public void Find_CityWithOnlyAWinterHomeVisit_MissesTheSummerOne()
    {
        var report = ScheduleGaps.Find(2026, [new ScheduledEvent(EventKind.HomeVisit, EventAudience.Ambassadors, new DateOnly(2026, 2, 5))], Today,
            AmbassadorChecks.City);

        Assert.Equal([ScheduleGaps.SummerHomeVisit], report.AmbassadorGaps);
    }

    [Fact]
    [Trait("Rule", "AMB-08")]
    [Trait("Rule", "AMB-14")]
    public void Find_ProvinceWithExchangesInJanuaryAndJuly_HasNoAmbassadorGap()
    {
        var events = new[]
        {
            new ScheduledEvent(EventKind.Exchange, EventAudience.Phds, new DateOnly(2026, 1, 20)),
            new ScheduledEvent(EventKind.Exchange, EventAudience.Ambassadors, new DateOnly(2026, 7, 20)),
        };

        Assert.Empty(ScheduleGaps.Find(2026, events, Today, AmbassadorChecks.Province).AmbassadorGaps);
    }

    [Fact]
    [Trait("Rule", "AMB-08")]
    [Trait("Rule", "AMB-14")]
    public void Find_ProvinceWithOneExchangeInMarch_MissesBothWindowsAndTheSecondExchange()
    {
        var report = ScheduleGaps.Find(2026, [new ScheduledEvent(EventKind.Exchange, EventAudience.Ambassadors, new DateOnly(2026, 3, 1))], Today,
            AmbassadorChecks.Province);

        Assert.Equal([ScheduleGaps.WinterExchange, ScheduleGaps.SummerExchange, ScheduleGaps.TwoExchanges], report.AmbassadorGaps);
    }
}
