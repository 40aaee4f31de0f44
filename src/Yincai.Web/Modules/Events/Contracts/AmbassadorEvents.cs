using Microsoft.EntityFrameworkCore;
using Yincai.Platform;

namespace Yincai.Modules.Events.Contracts;

/// <summary>An event for ambassadors as the Ambassadors module lists it.</summary>
public sealed record AmbassadorEventSummary(Guid Id, string Title, EventKind Kind, EventAudience Audience, EventStatus Status, DateTime StartsAtUtc);

/// <summary>A published event as a digest lists it.</summary>
public sealed record PublishedEventSummary(Guid Id, string Title, string RegionCode, DateTime StartsAtUtc);

/// <summary>
/// What the Ambassadors module needs of events: the home visits and exchanges of a region's year and the windows without
/// them (AMB-07, AMB-08, AMB-14, through <see cref="ScheduleGaps"/>), inviting the PhD ambassadors, new events for digests,
/// and which referred people registered.
/// </summary>
public sealed class AmbassadorEvents(YincaiDb db, EventSchedule schedule, EventInvitations invitations)
{
    private static readonly EventAudience[] ForAmbassadors = [EventAudience.Ambassadors, EventAudience.Phds, EventAudience.PhdAmbassadors];

    /// <summary>The ambassador windows of the region's own office (a city: home visits; the province: exchanges) still without
    /// a planned event: codes such as <see cref="ScheduleGaps.WinterExchange"/>.</summary>
    public async Task<IReadOnlyList<string>> GapsAsync(string regionCode, int year, CancellationToken cancellationToken) =>
        (await schedule.ReportAsync(regionCode, year, cancellationToken)).AmbassadorGaps;

    public DateOnly Today => schedule.Today;

    /// <summary>The region's own events of the year meant for ambassadors (drafts and cancelled ones left out).</summary>
    public async Task<IReadOnlyList<AmbassadorEventSummary>> OfYearAsync(string regionCode, int year, CancellationToken cancellationToken) =>
        (await schedule.YearAsync(regionCode, year, exact: true, cancellationToken))
            .Where(e => ForAmbassadors.Contains(e.Audience) && e.Status is not (EventStatus.Draft or EventStatus.Cancelled))
            .Select(e => new AmbassadorEventSummary(e.Id, e.Title, e.Kind, e.Audience, e.Status, e.StartsAtUtc)).ToList();

    /// <summary>Invites every PhD ambassador of the event's region (one click on the province's page); returns how many were new.</summary>
    public Task<Result<int>> InvitePhdAmbassadorsAsync(Guid eventId, CancellationToken cancellationToken) =>
        invitations.InviteAsync(eventId, EventAudience.PhdAmbassadors, cancellationToken);

    /// <summary>Events published since <paramref name="sinceUtc"/> in the region, not over yet; public facts, so across scopes.</summary>
    public Task<List<PublishedEventSummary>> PublishedSinceAsync(string regionPrefix, DateTime sinceUtc, DateTime nowUtc, int max,
        CancellationToken cancellationToken) =>
        db.Events.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
            .Where(e => e.Status == EventStatus.Published && e.PublishedAtUtc >= sinceUtc && e.EndsAtUtc > nowUtc && e.RegionCode.StartsWith(regionPrefix))
            .OrderBy(e => e.StartsAtUtc).Take(max)
            .Select(e => new PublishedEventSummary(e.Id, e.Title, e.RegionCode, e.StartsAtUtc)).ToListAsync(cancellationToken);

    /// <summary>Of these (user, event) pairs, those where the user holds a registration (seated or waiting).</summary>
    public async Task<IReadOnlySet<(Guid UserId, Guid EventId)>> RegistrationsAsync(IReadOnlyCollection<(Guid UserId, Guid EventId)> pairs,
        CancellationToken cancellationToken)
    {
        var registered = new HashSet<(Guid, Guid)>();
        var wanted = pairs.ToHashSet();
        // By users in chunks: one query for a city's year rather than one per ambassador, each within the parameter limits.
        foreach (var users in wanted.Select(p => p.UserId).Distinct().Chunk(1000))
        {
            var events = wanted.Where(p => users.Contains(p.UserId)).Select(p => p.EventId).Distinct().ToList();
            var found = await db.EventRegistrations.AsNoTracking().Where(r => users.Contains(r.UserId) && events.Contains(r.EventId)
                    && r.Status != RegistrationStatus.Cancelled)
                .Select(r => new { r.UserId, r.EventId }).ToListAsync(cancellationToken);
            registered.UnionWith(found.Select(f => (f.UserId, f.EventId)).Where(wanted.Contains));
        }
        return registered;
    }
}
