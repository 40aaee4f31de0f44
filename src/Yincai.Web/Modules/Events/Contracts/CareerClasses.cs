using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Events.Contracts;

/// <summary>A career class as a university enters it: Beijing wall-clock times; no seats means watch without signing up.</summary>
public sealed record CareerClassForm(string Title, string Description, bool IsOnline, string? Venue, string? LivestreamUrl, DateTime StartsAt,
    DateTime EndsAt, int Capacity);

public sealed record CareerClassSummary(Guid Id, string Title, DateTime StartsAtUtc, DateTime EndsAtUtc, bool IsOnline, EventStatus Status,
    int Attendance);

/// <summary>
/// A university's career classes (职业指导公开课、直播课, GRD-07) as events: published at once in the university's name, open to
/// students on the public calendar with registration and check-in like any event, and counted against the notice's 3 by year
/// end and by the end of June. The Graduates module decides who acts for a university; <c>campusId</c> is its campus record.
/// </summary>
public sealed class CareerClasses(YincaiDb db, Notifier notifier, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Publishes the class; the region is the university's (its city), where the calendar shows it.</summary>
    public async Task<Result<Guid>> PublishAsync(Guid campusId, string universityName, string regionCode, Guid userId, CareerClassForm form,
        CancellationToken cancellationToken)
    {
        var opens = ChinaClock.ToChina(Now);
        var details = EventPlanning.Details(new EventForm
        {
            Kind = EventKind.CareerClass, Title = form.Title, Description = form.Description, RegionCode = regionCode,
            IsOnline = form.IsOnline, Venue = form.Venue, LivestreamUrl = form.LivestreamUrl, StartsAt = form.StartsAt, EndsAt = form.EndsAt,
            Audience = EventAudience.Students, Capacity = form.Capacity, Booths = 0,
            // Sign-up from now until the class starts (or, for one already under way, until it ends).
            RegistrationOpensAt = opens, RegistrationClosesAt = form.StartsAt > opens ? form.StartsAt : form.EndsAt,
        });
        if (details.IsError) return details.Error!;
        var item = new Event(OrganiserKind.University, campusId, universityName, details.Value!, userId, Now);
        var published = item.Publish(userId, Now);
        if (published.IsError) return published.Error!;
        db.Events.Add(item);
        db.EventSeats.Add(new EventSeats(item.Id, item.Capacity, item.Booths));
        await db.SaveChangesAsync(cancellationToken);
        return item.Id;
    }

    /// <summary>The campus's classes that start in [from, to), latest first; public facts, so across region scopes.</summary>
    public Task<List<CareerClassSummary>> ListAsync(Guid campusId, DateTime fromUtc, DateTime toUtc, int max, CancellationToken cancellationToken) =>
        Of(campusId).Where(e => e.StartsAtUtc >= fromUtc && e.StartsAtUtc < toUtc).OrderByDescending(e => e.StartsAtUtc).Take(max)
            .Select(e => new CareerClassSummary(e.Id, e.Title, e.StartsAtUtc, e.EndsAtUtc, e.IsOnline, e.Status, e.Attendance))
            .ToListAsync(cancellationToken);

    /// <summary>Classes held or to be held (published or finished, not cancelled) that start in [from, to), per campus: what GRD-07
    /// counts. Campuses without any are left out.</summary>
    public async Task<Dictionary<Guid, int>> CountAsync(IReadOnlyCollection<Guid> campusIds, DateTime fromUtc, DateTime toUtc,
        CancellationToken cancellationToken) =>
        campusIds.Count == 0 ? [] : await db.Events.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
            .Where(e => e.OrganiserKind == OrganiserKind.University && campusIds.Contains(e.OrganiserId) && e.Kind == EventKind.CareerClass
                && e.StartsAtUtc >= fromUtc && e.StartsAtUtc < toUtc && (e.Status == EventStatus.Published || e.Status == EventStatus.Finished))
            .GroupBy(e => e.OrganiserId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    /// <summary>Calls off one of the campus's classes; those signed up see it cancelled on their tickets.</summary>
    public async Task<Result> CancelAsync(Guid campusId, Guid eventId, string reason, CancellationToken cancellationToken)
    {
        var item = await db.Events.IgnoreQueryFilters([YincaiDb.RegionFilter])
            .FirstOrDefaultAsync(e => e.Id == eventId && e.OrganiserKind == OrganiserKind.University && e.OrganiserId == campusId, cancellationToken);
        if (item is null) return EventErrors.NotOrganiser;
        var cancelled = item.Cancel(reason);
        if (cancelled.IsError) return cancelled;
        await EventPlanning.TellCancelledAsync(db, notifier, item, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }

    private IQueryable<Event> Of(Guid campusId) =>
        db.Events.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
            .Where(e => e.OrganiserKind == OrganiserKind.University && e.OrganiserId == campusId && e.Kind == EventKind.CareerClass);
}
