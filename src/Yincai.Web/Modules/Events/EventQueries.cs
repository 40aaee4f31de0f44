using Yincai.Modules.Events.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Events;

public static class EventQueries
{
    /// <summary>What the public sees: published, finished (with their results) and cancelled events (so registrants learn it).</summary>
    public static readonly EventStatus[] PublicStatuses = [EventStatus.Published, EventStatus.Finished, EventStatus.Cancelled];

    /// <summary>The public list: published events not yet over, filtered by region, kind and first day (Beijing).</summary>
    public static IQueryable<Event> Public(IQueryable<Event> events, string? region, EventKind? kind, DateOnly? from, DateTime nowUtc)
    {
        var query = events.Where(e => e.Status == EventStatus.Published && e.EndsAtUtc > nowUtc);
        if (RegionScope.IsRegionCode(region)) { var prefix = RegionScope.PrefixOf(region!); query = query.Where(e => e.RegionCode.StartsWith(prefix)); }
        if (kind is { } k) query = query.Where(e => e.Kind == k);
        if (from is { } day) { var start = ChinaClock.StartOfDayUtc(day); query = query.Where(e => e.EndsAtUtc >= start); }
        return query;
    }
}
