using Yincai.Modules.Events;
using Yincai.Modules.Events.Contracts;

namespace Yincai.UnitTests.Modules.Ambassadors;

/// <summary>The ambassador windows as the Ambassadors module asks Events for them: exchanges for the PhD ambassadors'
/// audience count, home visits for all ambassadors count, other events do not.</summary>
public sealed class AmbassadorScheduleTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    [Fact]
    [Trait("Rule", "AMB-08")]
    [Trait("Rule", "AMB-14")]
    public void Find_ProvinceExchangesForPhdAmbassadorsInJanuaryAndAugust_ClearTheWindows()
    {
        var report = ScheduleGaps.Find(2026,
        [
            new ScheduledEvent(EventKind.Exchange, EventAudience.PhdAmbassadors, new DateOnly(2026, 2, 10)),
            new ScheduledEvent(EventKind.Exchange, EventAudience.PhdAmbassadors, new DateOnly(2026, 8, 10)),
        ], Today, AmbassadorChecks.Province);

        Assert.Empty(report.AmbassadorGaps);
    }

    [Fact]
    [Trait("Rule", "AMB-14")]
    public void Find_ProvinceExchangeForGraduatesOnly_DoesNotCount()
    {
        var report = ScheduleGaps.Find(2026, [new ScheduledEvent(EventKind.Exchange, EventAudience.Graduates, new DateOnly(2026, 1, 10))],
            Today, AmbassadorChecks.Province);

        Assert.Equal([ScheduleGaps.WinterExchange, ScheduleGaps.SummerExchange, ScheduleGaps.TwoExchanges], report.AmbassadorGaps);
    }

    [Fact]
    [Trait("Rule", "AMB-07")]
    public void Find_CityWithSummerHomeVisitOnly_MissesTheWinterOne()
    {
        var report = ScheduleGaps.Find(2026, [new ScheduledEvent(EventKind.HomeVisit, EventAudience.Ambassadors, new DateOnly(2026, 7, 25))],
            Today, AmbassadorChecks.City);

        Assert.Equal([ScheduleGaps.WinterHomeVisit], report.AmbassadorGaps);
    }
}
