namespace Yincai.Modules.Ambassadors.Filing;

/// <summary>A deadline as the city's page shows it: the day, its kind and the days left.</summary>
public sealed record FilingDeadline(DateOnly DueOn, FilingWindowKind Kind, int DaysLeft);

/// <summary>Pure deadline rules over the windows on file (AMB-13, AMB-15); no database inside.</summary>
public static class FilingDeadlines
{
    /// <summary>The first deadline on or after <paramref name="today"/>. Years past the table fall back to the notice's rule
    /// (end of May, end of November), so the countdown never runs dry.</summary>
    public static FilingDeadline Next(IEnumerable<(DateOnly DueOn, FilingWindowKind Kind)> windows, DateOnly today)
    {
        var next = windows.Where(w => w.DueOn >= today).OrderBy(w => w.DueOn).Cast<(DateOnly DueOn, FilingWindowKind Kind)?>().FirstOrDefault();
        if (next is null)
        {
            var may = new DateOnly(today.Year, 5, 31);
            var november = new DateOnly(today.Year, 11, 30);
            var due = today <= may ? may : today <= november ? november : new DateOnly(today.Year + 1, 5, 31);
            next = (due, FilingWindowKind.Changes);
        }
        return new FilingDeadline(next.Value.DueOn, next.Value.Kind, next.Value.DueOn.DayNumber - today.DayNumber);
    }

    /// <summary>A batch submitted after the deadline it was built for is late; it is still taken (and marked).</summary>
    public static bool IsLate(DateOnly dueOn, DateOnly submittedOn) => submittedOn > dueOn;
}
