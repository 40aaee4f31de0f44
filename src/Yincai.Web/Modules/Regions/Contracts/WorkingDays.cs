using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Platform;

namespace Yincai.Modules.Regions.Contracts;

/// <summary>
/// Chinese working days ("5 working days" in the notices) from the calendar in the database. Every answer says whether
/// it is known: a date in a year whose holiday arrangement is not loaded is counted Monday to Friday and flagged, never
/// silently (show <see cref="Warning{T}"/> to the officer).
/// </summary>
/// <remarks>
/// The calendar is kept in memory and checked against the loaded years' revisions (a few dozen rows) at each use, so a
/// year loaded through any copy of the app is used by every copy from its next answer on, without a restart.
/// </remarks>
public sealed class WorkingDays(IServiceScopeFactory scopes, IStringLocalizer<RegionsResource> text)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Stamp, WorkingDayCalendar Calendar)? _kept;

    public async Task<WorkingDayAnswer<DateOnly>> AddAsync(DateOnly start, int workingDays, CancellationToken cancellationToken) =>
        (await CalendarAsync(cancellationToken)).AddWorkingDays(start, workingDays);

    public async Task<WorkingDayAnswer<int>> CountAsync(DateOnly fromExclusive, DateOnly toInclusive, CancellationToken cancellationToken) =>
        (await CalendarAsync(cancellationToken)).CountWorkingDays(fromExclusive, toInclusive);

    public async Task<WorkingDayAnswer<bool>> IsWorkingDayAsync(DateOnly date, CancellationToken cancellationToken) =>
        (await CalendarAsync(cancellationToken)).IsWorkingDay(date);

    /// <summary>The warning an officer must see with an estimated <paramref name="date"/> (a deadline computed with
    /// <paramref name="answer"/>), in the reader's language; null when the answer is known.</summary>
    public string? Warning<T>(WorkingDayAnswer<T> answer, DateOnly date) =>
        answer.Known ? null : text["WorkingDays_Estimated", string.Join("、", answer.UnknownYears), Display.Date(date)].Value;

    private async Task<WorkingDayCalendar> CalendarAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<YincaiDb>();
        var stamp = await StampAsync(db, cancellationToken);
        if (_kept is { } kept && kept.Stamp == stamp) return kept.Calendar;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_kept is { } loaded && loaded.Stamp == stamp) return loaded.Calendar;
            var days = await db.CalendarEntries.AsNoTracking()
                .Select(d => new CalendarDay(d.Date, d.IsOffDay, d.Name, d.NoticeYear)).ToListAsync(cancellationToken);
            var years = await db.CalendarYears.AsNoTracking().Select(y => y.Year).ToListAsync(cancellationToken);
            // Read after the stamp: a load in between makes the next use read again, never keeps stale data as new.
            var calendar = new WorkingDayCalendar(days, years);
            _kept = (stamp, calendar);
            return calendar;
        }
        finally
        {
            _gate.Release();
        }
    }

    private static async Task<string> StampAsync(YincaiDb db, CancellationToken cancellationToken)
    {
        var revisions = await db.CalendarYears.AsNoTracking().OrderBy(y => y.Year).Select(y => new { y.Year, y.Revision })
            .ToListAsync(cancellationToken);
        return string.Join(';', revisions.Select(r => $"{r.Year}:{r.Revision}"));
    }
}
