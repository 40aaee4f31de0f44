using Microsoft.EntityFrameworkCore;
using Yincai.Platform;

namespace Yincai.Modules.Regions;

/// <summary>
/// The loaded years of the holiday calendar, and loading one: a year's dates replaced by the new file's, all or nothing,
/// with the <see cref="CalendarYear"/> row (and so the audit row) in the same save. Every app copy's
/// <see cref="Contracts.WorkingDays"/> sees the new revision at its next answer.
/// </summary>
public sealed class HolidayCalendar(YincaiDb db, ChinaClock clock)
{
    public Task<List<CalendarYear>> YearsAsync(CancellationToken cancellationToken) =>
        db.CalendarYears.AsNoTracking().OrderByDescending(y => y.Year).ToListAsync(cancellationToken);

    /// <summary>Loads an administrator's file (page or console): the year is recorded as loaded even when no date changed.</summary>
    public async Task<int> LoadAsync(HolidayCnFile file, string source, Guid? loadedBy, CancellationToken cancellationToken)
    {
        var changed = await StageAsync(file.Year, file.Days, source, string.Join('\n', file.Papers), loadedBy, always: true, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return changed;
    }

    /// <summary>
    /// Tracks the changes that make <paramref name="year"/>'s dates exactly <paramref name="days"/>, without saving;
    /// the year's row is touched only when <paramref name="always"/> or when a date changed. Returns the dates changed.
    /// </summary>
    internal async Task<int> StageAsync(int year, IReadOnlyList<CalendarDay> days, string source, string papers, Guid? loadedBy,
        bool always, CancellationToken cancellationToken)
    {
        var dates = days.Select(d => d.Date).ToList();
        var existing = await db.CalendarEntries.Where(e => e.NoticeYear == year || dates.Contains(e.Date))
            .ToDictionaryAsync(e => e.Date, cancellationToken);
        var changed = 0;
        foreach (var day in days)
        {
            if (!existing.Remove(day.Date, out var entry))
            {
                db.CalendarEntries.Add(new CalendarEntry(day.Date, day.Name, day.IsOffDay, year));
                changed++;
            }
            else if (entry.Name != day.Name || entry.IsOffDay != day.IsOffDay || entry.NoticeYear != year)
            {
                entry.Update(day.Name, day.IsOffDay, year);
                changed++;
            }
        }

        // What is left was in the year's earlier notice and is not in this one.
        foreach (var gone in existing.Values.Where(e => e.NoticeYear == year))
        {
            db.CalendarEntries.Remove(gone);
            changed++;
        }

        var row = await db.CalendarYears.FirstOrDefaultAsync(y => y.Year == year, cancellationToken);
        if (row is null) db.CalendarYears.Add(row = new CalendarYear(year));
        else if (!always && changed == 0) return 0;
        row.Loaded(days.Count, source, papers, loadedBy, clock.UtcNow);
        return changed;
    }
}
