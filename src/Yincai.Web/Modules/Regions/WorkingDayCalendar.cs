namespace Yincai.Modules.Regions;

/// <summary>
/// Mainland China working days: Monday to Friday, minus the statutory days off, plus the adjusted working days
/// (调休上班) that the State Council publishes each year.
/// </summary>
/// <remarks>
/// Outside the published years every date falls back to the Monday-to-Friday rule, which is wrong around every
/// holiday. Check <see cref="Covers"/> before relying on a result for a year whose arrangement may not be out yet.
/// </remarks>
public sealed class WorkingDayCalendar
{
    private readonly Dictionary<DateOnly, bool> _isOffDay = [];
    private readonly HashSet<int> _years = [];

    public WorkingDayCalendar(IEnumerable<CalendarDay> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        foreach (var day in days)
        {
            if (!_isOffDay.TryAdd(day.Date, day.IsOffDay) && _isOffDay[day.Date] != day.IsOffDay)
            {
                throw new ArgumentException($"{day.Date:yyyy-MM-dd} is listed both as a day off and as a working day.", nameof(days));
            }

            _years.Add(day.Date.Year);
        }
    }

    /// <summary>
    /// Whether any date of <paramref name="year"/> is listed. A year with no entries has almost certainly not been
    /// published yet (the 2027 file is empty), not a year without holidays.
    /// </summary>
    public bool Covers(int year) => _years.Contains(year);

    public bool IsWorkingDay(DateOnly date) =>
        _isOffDay.TryGetValue(date, out var isOffDay)
            ? !isOffDay
            : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>
    /// The <paramref name="workingDays"/>-th working day after <paramref name="start"/>, which itself does not count
    /// (so 0 returns <paramref name="start"/> even on a day off); a negative count goes backwards.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        var step = workingDays < 0 ? -1 : 1;
        var remaining = Math.Abs((long)workingDays);
        var date = start;
        while (remaining > 0)
        {
            date = date.AddDays(step);
            if (IsWorkingDay(date))
            {
                remaining--;
            }
        }

        return date;
    }

    /// <summary>
    /// The working days in (<paramref name="fromExclusive"/>, <paramref name="toInclusive"/>]; when
    /// <paramref name="toInclusive"/> is earlier, minus the count in the other direction. So
    /// <c>CountWorkingDays(a, AddWorkingDays(a, n)) == n</c> for n ≥ 0; for n &lt; 0 only when a is a working day,
    /// because the count then includes a and not the day it lands on.
    /// </summary>
    public int CountWorkingDays(DateOnly fromExclusive, DateOnly toInclusive)
    {
        if (toInclusive < fromExclusive)
        {
            return -CountWorkingDays(toInclusive, fromExclusive);
        }

        var count = 0;
        for (var date = fromExclusive.AddDays(1); date <= toInclusive; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }
}
