using Microsoft.EntityFrameworkCore;
using Yincai.Platform;

namespace Yincai.Modules.Regions;

/// <summary>
/// Chinese working days ("5 working days" in the notices) from the calendar in the database. The calendar is
/// read once and kept; <see cref="Invalidate"/> after the calendar changes.
/// </summary>
public sealed class WorkingDays(IServiceScopeFactory scopes)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private WorkingDayCalendar? _calendar;

    public async Task<DateOnly> AddAsync(DateOnly start, int workingDays, CancellationToken cancellationToken) =>
        (await CalendarAsync(cancellationToken)).AddWorkingDays(start, workingDays);

    public async Task<int> CountAsync(DateOnly fromExclusive, DateOnly toInclusive, CancellationToken cancellationToken) =>
        (await CalendarAsync(cancellationToken)).CountWorkingDays(fromExclusive, toInclusive);

    public async Task<bool> IsWorkingDayAsync(DateOnly date, CancellationToken cancellationToken) =>
        (await CalendarAsync(cancellationToken)).IsWorkingDay(date);

    public void Invalidate() => _calendar = null;

    private async Task<WorkingDayCalendar> CalendarAsync(CancellationToken cancellationToken)
    {
        if (_calendar is { } ready) return ready;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_calendar is { } loaded) return loaded;
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<YincaiDb>();
            var days = await db.CalendarEntries.AsNoTracking()
                .Select(d => new CalendarDay(d.Date, d.IsOffDay)).ToListAsync(cancellationToken);
            return _calendar = new WorkingDayCalendar(days);
        }
        finally
        {
            _gate.Release();
        }
    }
}
