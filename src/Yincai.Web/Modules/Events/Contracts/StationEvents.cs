using Microsoft.EntityFrameworkCore;
using Yincai.Platform;

namespace Yincai.Modules.Events.Contracts;

/// <summary>One event of a station as its pages list it.</summary>
public sealed record StationEventRow(Guid Id, string Title, EventKind Kind, DateTime StartsAtUtc, EventStatus Status, string? HostOfficeName);

/// <summary>What the stations ask of events: how many a station held in a year (its figures, STN-08) and which of its events
/// are open to the public (a returnee home's public-service platform, RET-08).</summary>
public sealed class StationEvents(YincaiDb db)
{
    /// <summary>Events the station organised that took place (published or finished) in the year, Beijing time.</summary>
    public Task<int> HeldCountAsync(Guid stationId, int year, CancellationToken cancellationToken)
    {
        var (from, to) = (ChinaClock.StartOfDayUtc(new DateOnly(year, 1, 1)), ChinaClock.StartOfDayUtc(new DateOnly(year + 1, 1, 1)));
        // Counted for the station's evaluation, whoever looks: its events are public once published.
        return db.Events.IgnoreQueryFilters([YincaiDb.RegionFilter])
            .CountAsync(e => e.OrganiserKind == OrganiserKind.Station && e.OrganiserId == stationId && e.StartsAtUtc >= from && e.StartsAtUtc < to
                && (e.Status == EventStatus.Published || e.Status == EventStatus.Finished), cancellationToken);
    }

    /// <summary>Events these stations held in the year (a program's figures, STN-08).</summary>
    public Task<int> HeldCountOfStationsAsync(IReadOnlyCollection<Guid> stationIds, int year, CancellationToken cancellationToken)
    {
        if (stationIds.Count == 0) return Task.FromResult(0);
        var (from, to) = (ChinaClock.StartOfDayUtc(new DateOnly(year, 1, 1)), ChinaClock.StartOfDayUtc(new DateOnly(year + 1, 1, 1)));
        return db.Events.IgnoreQueryFilters([YincaiDb.RegionFilter])
            .CountAsync(e => e.OrganiserKind == OrganiserKind.Station && stationIds.Contains(e.OrganiserId) && e.StartsAtUtc >= from && e.StartsAtUtc < to
                && (e.Status == EventStatus.Published || e.Status == EventStatus.Finished), cancellationToken);
    }

    /// <summary>The station's published events that have not ended, soonest first.</summary>
    public Task<List<StationEventRow>> UpcomingAsync(Guid stationId, DateTime nowUtc, int max, CancellationToken cancellationToken) =>
        db.Events.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
            .Where(e => e.OrganiserKind == OrganiserKind.Station && e.OrganiserId == stationId && e.Status == EventStatus.Published && e.EndsAtUtc > nowUtc)
            .OrderBy(e => e.StartsAtUtc).Take(max)
            .Select(e => new StationEventRow(e.Id, e.Title, e.Kind, e.StartsAtUtc, e.Status, e.HostOfficeName)).ToListAsync(cancellationToken);
}
