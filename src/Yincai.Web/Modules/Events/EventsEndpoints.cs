using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Events.Contracts;
using Yincai.Platform;
using Yincai.Platform.Api;

namespace Yincai.Modules.Events;

/// <summary>/api/v1/events: published events for mini-programs and partners, and a talent's registration.</summary>
public static class EventsEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/events").WithTags("Events");
        group.MapGet("/", List).AllowAnonymous();
        group.MapGet("/{id:guid}", Get).AllowAnonymous();
        group.MapPost("/{id:guid}/registrations", Register).RequireAuthorization(AccessPolicies.Talent);
        group.MapDelete("/{id:guid}/registrations/me", Cancel).RequireAuthorization(AccessPolicies.Talent);

        // A station's system reads its own events and who has a seat with the station's key (names masked, as on its lists).
        var station = app.MapGroup("/api/v1/station").WithTags("Station events").RequireRateLimiting(OrganisationTokens.RateLimitPolicy)
            .RequireAuthorization(EventsModule.StationApiPolicy).AcceptOrganisationTokens();
        station.MapGet("/events", StationEvents);
        station.MapGet("/events/{id:guid}/registrations", StationRegistrations);
    }

    /// <summary>The key's station's events, newest first (the last 100), whatever their status.</summary>
    private static async Task<Ok<List<EventItem>>> StationEvents(HttpContext context, YincaiDb db, CancellationToken cancellationToken)
    {
        var stationId = StationOf(context);
        var query = db.Events.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
            .Where(e => e.OrganiserKind == OrganiserKind.Station && e.OrganiserId == stationId).OrderByDescending(e => e.StartsAtUtc).Take(100);
        return TypedResults.Ok(await Project(query, db).ToListAsync(cancellationToken));
    }

    public sealed record StationRegistrationItem(Guid Id, int Number, string Name, RegistrationStatus Status, DateTime CreatedAtUtc, DateTime? CheckedInAtUtc);

    /// <summary>The registrations of one of the key's station's events in their order; 404 for anyone else's event.</summary>
    private static async Task<Results<Ok<List<StationRegistrationItem>>, NotFound>> StationRegistrations(Guid id, HttpContext context, YincaiDb db,
        CancellationToken cancellationToken)
    {
        var stationId = StationOf(context);
        if (!await db.Events.IgnoreQueryFilters([YincaiDb.RegionFilter])
                .AnyAsync(e => e.Id == id && e.OrganiserKind == OrganiserKind.Station && e.OrganiserId == stationId, cancellationToken))
            return TypedResults.NotFound();
        return TypedResults.Ok(await db.EventRegistrations.AsNoTracking().Where(r => r.EventId == id).OrderBy(r => r.Number)
            .Select(r => new StationRegistrationItem(r.Id, r.Number, r.DisplayName, r.Status, r.CreatedAtUtc, r.CheckedInAtUtc)).ToListAsync(cancellationToken));
    }

    private static Guid StationOf(HttpContext context) =>
        Guid.Parse(OrganisationPrincipal.OrganisationOf(context.User, OrganisationKinds.Station, TokenScopes.RegistrationsRead)!);

    public sealed record EventItem(Guid Id, EventKind Kind, string Title, string RegionCode, bool IsOnline, string? Venue, string? LivestreamUrl,
        DateTime StartsAtUtc, DateTime EndsAtUtc, EventAudience Audience, int Capacity, int SeatsTaken, string Organiser);

    public sealed record RegistrationItem(Guid Id, Guid EventId, int Number, RegistrationStatus Status, string? TicketCode);

    private static async Task<Ok<List<EventItem>>> List(string? region, EventKind? kind, DateOnly? from, YincaiDb db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var query = EventQueries.Public(db.Events.AsNoTracking(), region, kind, from, clock.GetUtcNow().UtcDateTime);
        return TypedResults.Ok(await Project(query.OrderBy(e => e.StartsAtUtc).Take(100), db).ToListAsync(cancellationToken));
    }

    private static async Task<Results<Ok<EventItem>, NotFound>> Get(Guid id, YincaiDb db, CancellationToken cancellationToken)
    {
        var item = await Project(db.Events.AsNoTracking().Where(e => e.Id == id && EventQueries.PublicStatuses.Contains(e.Status)), db)
            .FirstOrDefaultAsync(cancellationToken);
        return item is null ? TypedResults.NotFound() : TypedResults.Ok(item);
    }

    private static async Task<Results<Created<RegistrationItem>, NotFound, ProblemHttpResult>> Register(Guid id, EventRegistrations registrations,
        CurrentUser user, CancellationToken cancellationToken)
    {
        var result = await registrations.RegisterAsync(id, user.Id!.Value, user.UserName, cancellationToken);
        if (result.Error?.Code == EventErrors.NotFound.Code) return TypedResults.NotFound();
        if (result.IsError) return Problem(result.Error!);
        var r = result.Value!;
        return TypedResults.Created($"/api/v1/events/{id}/registrations/me", new RegistrationItem(r.Id, r.EventId, r.Number, r.Status,
            r.Status == RegistrationStatus.Registered ? registrations.TicketCode(r) : null));
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> Cancel(Guid id, EventRegistrations registrations, CurrentUser user,
        CancellationToken cancellationToken)
    {
        var result = await registrations.CancelAsync(id, user.Id!.Value, cancellationToken);
        if (result.Error?.Code == EventErrors.NotFound.Code) return TypedResults.NotFound();
        return result.IsError ? Problem(result.Error!) : TypedResults.NoContent();
    }

    private static IQueryable<EventItem> Project(IQueryable<Event> events, YincaiDb db) =>
        events.Select(e => new EventItem(e.Id, e.Kind, e.Title, e.RegionCode, e.IsOnline, e.Venue, e.LivestreamUrl, e.StartsAtUtc, e.EndsAtUtc,
            e.Audience, e.Capacity, db.EventSeats.Where(s => s.EventId == e.Id).Select(s => s.Taken).FirstOrDefault(), e.HostOfficeName ?? e.OrganiserName));

    private static ProblemHttpResult Problem(Error error) =>
        ApiProblems.Refused(error, error.Code is "events.already_registered" ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity);
}
