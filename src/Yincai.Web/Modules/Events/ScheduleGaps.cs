using System.Globalization;
using Yincai.Modules.Events.Contracts;

namespace Yincai.Modules.Events;

/// <summary>A planned or held event as the schedule checks see it: its kind, audience and first day (Beijing date).</summary>
public sealed record ScheduledEvent(EventKind Kind, EventAudience Audience, DateOnly Date);

/// <summary>The months and ISO weeks of a year without the fairs GRD-04 asks for, and the ambassador windows (AMB-07,
/// AMB-08, AMB-14) without their events. <see cref="Past"/> ones were missed; the rest are still to plan.</summary>
public sealed record ScheduleReport(int Year, IReadOnlyList<int> MonthsWithoutComprehensive, IReadOnlyList<int> WeeksWithoutSpecial,
    IReadOnlyList<string> AmbassadorGaps, DateOnly Today)
{
    public bool IsClear => MonthsWithoutComprehensive.Count == 0 && WeeksWithoutSpecial.Count == 0 && AmbassadorGaps.Count == 0;

    /// <summary>Whether the month lies wholly before today.</summary>
    public bool MonthPast(int month) => new DateOnly(Year, month, 1).AddMonths(1) <= Today;

    public bool WeekPast(int week) => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, week, DayOfWeek.Sunday)) < Today;

    /// <summary>Months gone by without a comprehensive fair: history, summarised on the planning page.</summary>
    public IReadOnlyList<int> MissedMonths => MonthsWithoutComprehensive.Where(MonthPast).ToList();

    public IReadOnlyList<int> MissedWeeks => WeeksWithoutSpecial.Where(WeekPast).ToList();

    /// <summary>The first month still to come (or under way) without a comprehensive fair: what to plan next.</summary>
    public int? NextMonthDue => MonthsWithoutComprehensive.Where(m => !MonthPast(m)).Cast<int?>().FirstOrDefault();

    public int? NextWeekDue => WeeksWithoutSpecial.Where(w => !WeekPast(w)).Cast<int?>().FirstOrDefault();

    /// <summary>The Monday an ISO week of <see cref="Year"/> begins on.</summary>
    public DateOnly WeekStart(int week) => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, week, DayOfWeek.Monday));
}

/// <summary>Pure schedule checks over a region's events of one year; no database inside, so they are unit-tested.</summary>
public static class ScheduleGaps
{
    /// <summary>Winter (January–February) and summer (July–August) holiday windows of the ambassador notice.</summary>
    public const string WinterHomeVisit = "AMB-07-winter", SummerHomeVisit = "AMB-07-summer",
        WinterExchange = "AMB-14-winter", SummerExchange = "AMB-14-summer", TwoExchanges = "AMB-08";

    /// <summary>
    /// GRD-04: a comprehensive job fair in every month and a special job fair in every ISO week of <paramref name="year"/>
    /// (weeks as ISO 8601 numbers them, 52 or 53). With <paramref name="ambassadorChecks"/> (a city: home visits; a province:
    /// exchanges) also the ambassador windows.
    /// </summary>
    public static ScheduleReport Find(int year, IEnumerable<ScheduledEvent> events, DateOnly today, AmbassadorChecks ambassadorChecks = AmbassadorChecks.None)
    {
        var list = events.ToList();
        var monthsWith = list.Where(e => e.Kind == EventKind.ComprehensiveJobFair && e.Date.Year == year).Select(e => e.Date.Month).ToHashSet();
        var weeksWith = list.Where(e => e.Kind == EventKind.SpecialJobFair && ISOWeek.GetYear(e.Date.ToDateTime(TimeOnly.MinValue)) == year)
            .Select(e => ISOWeek.GetWeekOfYear(e.Date.ToDateTime(TimeOnly.MinValue))).ToHashSet();
        var months = Enumerable.Range(1, 12).Where(m => !monthsWith.Contains(m)).ToList();
        var weeks = Enumerable.Range(1, ISOWeek.GetWeeksInYear(year)).Where(w => !weeksWith.Contains(w)).ToList();

        var gaps = new List<string>();
        bool In(ScheduledEvent e, int first, int last) => e.Date.Year == year && e.Date.Month >= first && e.Date.Month <= last;
        var forAmbassadors = list.Where(e => e.Audience is EventAudience.Ambassadors or EventAudience.Phds or EventAudience.PhdAmbassadors).ToList();
        if (ambassadorChecks == AmbassadorChecks.City)
        {
            var visits = forAmbassadors.Where(e => e.Kind == EventKind.HomeVisit).ToList();
            if (!visits.Any(e => In(e, 1, 2))) gaps.Add(WinterHomeVisit);
            if (!visits.Any(e => In(e, 7, 8))) gaps.Add(SummerHomeVisit);
        }
        else if (ambassadorChecks == AmbassadorChecks.Province)
        {
            var exchanges = forAmbassadors.Where(e => e.Kind == EventKind.Exchange).ToList();
            if (!exchanges.Any(e => In(e, 1, 2))) gaps.Add(WinterExchange);
            if (!exchanges.Any(e => In(e, 7, 8))) gaps.Add(SummerExchange);
            if (exchanges.Count(e => e.Date.Year == year) < 2) gaps.Add(TwoExchanges);
        }
        return new ScheduleReport(year, months, weeks, gaps, today);
    }
}

/// <summary>Which ambassador windows a region answers for: a city invites ambassadors home (AMB-07), the province holds
/// the PhD ambassadors' exchanges (AMB-08, AMB-14).</summary>
public enum AmbassadorChecks
{
    None = 0,
    City = 1,
    Province = 2,
}
