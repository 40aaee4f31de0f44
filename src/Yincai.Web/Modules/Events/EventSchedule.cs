using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Events.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Events;

/// <summary>A region's events of a year for the calendar and the GRD-04 / ambassador checks. Drafts and cancelled events do
/// not count; submitted, approved, published and finished ones do (planned or held).</summary>
public sealed class EventSchedule(YincaiDb db, ChinaClock clock)
{
    private static readonly EventStatus[] Counted = [EventStatus.Submitted, EventStatus.Approved, EventStatus.Published, EventStatus.Finished];

    public DateOnly Today => clock.Today;

    /// <summary>The checks for one region's own office (county, city or province: the events located exactly there).</summary>
    public async Task<ScheduleReport> ReportAsync(string regionCode, int year, CancellationToken cancellationToken)
    {
        var events = await YearAsync(regionCode, year, exact: true, cancellationToken);
        var checks = regionCode.EndsWith("0000", StringComparison.Ordinal) ? AmbassadorChecks.Province
            : regionCode.EndsWith("00", StringComparison.Ordinal) ? AmbassadorChecks.City : AmbassadorChecks.None;
        return ScheduleGaps.Find(year, events.Where(e => Counted.Contains(e.Status))
            .Select(e => new ScheduledEvent(e.Kind, e.Audience, ChinaClock.DateOf(e.StartsAtUtc))), Today, checks);
    }

    /// <summary>Events of the year in the region (and below it unless <paramref name="exact"/>), in the caller's scope.</summary>
    public async Task<List<Event>> YearAsync(string regionCode, int year, bool exact, CancellationToken cancellationToken)
    {
        var from = ChinaClock.StartOfYearUtc(year);
        var to = ChinaClock.StartOfYearUtc(year + 1);
        var query = db.Events.AsNoTracking().Where(e => e.StartsAtUtc >= from && e.StartsAtUtc < to);
        if (exact) query = query.Where(e => e.RegionCode == regionCode);
        else { var prefix = RegionScope.PrefixOf(regionCode); query = query.Where(e => e.RegionCode.StartsWith(prefix)); }
        return await query.OrderBy(e => e.StartsAtUtc).ToListAsync(cancellationToken);
    }
}
