namespace Yincai.Modules.Reporting;

/// <summary>What a report is for: the year (contacts due, services, stations' year), the cohort and the date the rate is judged on.
/// Unset parts follow the China date: this year, today (or the year's last day for a past year) and the class that had left
/// school by then.</summary>
public sealed record ReportPeriod(int Year, int Cohort, DateOnly At)
{
    public static ReportPeriod Of(int? year, int? cohort, DateOnly? at, DateOnly today)
    {
        var y = year is >= 2000 and <= 2100 ? year.Value : today.Year;
        var end = new DateOnly(y, 12, 31);
        var on = at ?? (end < today ? end : today);
        // The class that left school on the date: this summer's from July, else last summer's.
        var latest = on.Month >= 7 ? on.Year : on.Year - 1;
        return new ReportPeriod(y, cohort is >= 2000 and <= 2100 ? cohort.Value : latest, on);
    }

    public DateOnly From => new(Year, 1, 1);
    public DateOnly To => new(Year, 12, 31);
}
