using Yincai.Modules.Regions.Contracts;

namespace Yincai.Modules.Regions;

/// <summary>
/// Mainland China working days: Monday to Friday, minus the statutory days off, plus the adjusted working days
/// (调休上班) that the State Council publishes each year.
/// </summary>
/// <remarks>
/// Only the loaded years are known. A date of any other year is counted Monday to Friday, which is wrong around every
/// holiday, and every answer that touched such a date says so (<see cref="WorkingDayAnswer{T}.UnknownYears"/>).
/// </remarks>
public sealed class WorkingDayCalendar
{
    private readonly Dictionary<DateOnly, bool> _isOffDay = [];
    private readonly HashSet<int> _years;

    /// <param name="days">The listed dates.</param>
    /// <param name="years">The years whose arrangement is loaded; by default the notice years of <paramref name="days"/>.</param>
    public WorkingDayCalendar(IEnumerable<CalendarDay> days, IEnumerable<int>? years = null)
    {
        ArgumentNullException.ThrowIfNull(days);
        var noticeYears = new HashSet<int>();
        foreach (var day in days)
        {
            if (!_isOffDay.TryAdd(day.Date, day.IsOffDay) && _isOffDay[day.Date] != day.IsOffDay)
            {
                throw new ArgumentException($"{day.Date:yyyy-MM-dd} is listed both as a day off and as a working day.", nameof(days));
            }

            noticeYears.Add(day.NoticeYear > 0 ? day.NoticeYear : day.Date.Year);
        }

        _years = years is null ? noticeYears : [.. years];
    }

    /// <summary>
    /// Whether the arrangement of <paramref name="year"/> is loaded. A year without one has almost certainly not been
    /// published yet (holiday-cn's 2027 file was empty in 2026), not a year without holidays.
    /// </summary>
    public bool Covers(int year) => _years.Contains(year);

    public WorkingDayAnswer<bool> IsWorkingDay(DateOnly date) => new(IsWorkingDayOrEstimate(date), Unknown([date.Year]));

    /// <summary>
    /// The <paramref name="workingDays"/>-th working day after <paramref name="start"/>, which itself does not count
    /// (so 0 returns <paramref name="start"/> even on a day off); a negative count goes backwards.
    /// </summary>
    public WorkingDayAnswer<DateOnly> AddWorkingDays(DateOnly start, int workingDays)
    {
        var step = workingDays < 0 ? -1 : 1;
        var remaining = Math.Abs((long)workingDays);
        var date = start;
        var years = new SortedSet<int>();
        while (remaining > 0)
        {
            date = date.AddDays(step);
            years.Add(date.Year);
            if (IsWorkingDayOrEstimate(date))
            {
                remaining--;
            }
        }

        return new(date, Unknown(years));
    }

    /// <summary>
    /// The working days in (<paramref name="fromExclusive"/>, <paramref name="toInclusive"/>]; when
    /// <paramref name="toInclusive"/> is earlier, minus the count in the other direction. So
    /// <c>CountWorkingDays(a, AddWorkingDays(a, n)) == n</c> for n ≥ 0; for n &lt; 0 only when a is a working day,
    /// because the count then includes a and not the day it lands on.
    /// </summary>
    public WorkingDayAnswer<int> CountWorkingDays(DateOnly fromExclusive, DateOnly toInclusive)
    {
        if (toInclusive < fromExclusive)
        {
            var reverse = CountWorkingDays(toInclusive, fromExclusive);
            return reverse with { Value = -reverse.Value };
        }

        var count = 0;
        var years = new SortedSet<int>();
        for (var date = fromExclusive.AddDays(1); date <= toInclusive; date = date.AddDays(1))
        {
            years.Add(date.Year);
            if (IsWorkingDayOrEstimate(date))
            {
                count++;
            }
        }

        return new(count, Unknown(years));
    }

    private bool IsWorkingDayOrEstimate(DateOnly date) =>
        _isOffDay.TryGetValue(date, out var isOffDay)
            ? !isOffDay
            : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    private List<int> Unknown(IEnumerable<int> years) => years.Where(y => !_years.Contains(y)).Distinct().Order().ToList();
}
