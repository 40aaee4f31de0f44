namespace Yincai.Modules.Events;

/// <summary>The dates of a series: from the first start, every month (same day, or the month's last day) or every week,
/// up to and including <paramref name="until"/>. Pure, for the unit tests.</summary>
public static class EventSeriesPlan
{
    public const int MaxOccurrences = 60;

    public static IReadOnlyList<DateTime> Starts(DateTime first, SeriesRecurrence recurrence, DateOnly until)
    {
        var starts = new List<DateTime>();
        for (var i = 0; i < MaxOccurrences + 1; i++)
        {
            var next = recurrence == SeriesRecurrence.Weekly ? first.AddDays(7 * i) : first.AddMonths(i);
            if (DateOnly.FromDateTime(next) > until) break;
            starts.Add(next);
        }
        return starts;
    }
}
