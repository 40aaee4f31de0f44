using Microsoft.EntityFrameworkCore;
using Yincai.Platform;

namespace Yincai.Modules.Events.Contracts;

/// <summary>A published event as a talent's digest lists it: whom it is for decides who is told.</summary>
public sealed record PublishedEvent(Guid Id, string Title, string RegionCode, EventAudience Audience, DateTime StartsAtUtc);

/// <summary>New published events for other modules (the talents' weekly digest).</summary>
public sealed class PublishedEvents(YincaiDb db)
{
    /// <summary>Events published in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>) and not over at <paramref name="nowUtc"/>, soonest
    /// first, at most <paramref name="max"/>; public facts, so across scopes.</summary>
    public Task<List<PublishedEvent>> PublishedBetweenAsync(DateTime fromUtc, DateTime toUtc, DateTime nowUtc, int max, CancellationToken cancellationToken) =>
        db.Events.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
            .Where(e => e.Status == EventStatus.Published && e.PublishedAtUtc >= fromUtc && e.PublishedAtUtc < toUtc && e.EndsAtUtc > nowUtc)
            .OrderBy(e => e.StartsAtUtc).ThenBy(e => e.Id).Take(max)
            .Select(e => new PublishedEvent(e.Id, e.Title, e.RegionCode, e.Audience, e.StartsAtUtc)).ToListAsync(cancellationToken);
}
