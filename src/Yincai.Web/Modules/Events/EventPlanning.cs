using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Events.Contracts;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Stations.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Events;

/// <summary>Officers and station operators plan events: create, change, series, and the steps of the workflow. Every
/// record is loaded within the caller's region scope (404 outside it), so an officer of another city can neither see nor
/// approve an event.</summary>
public sealed class EventPlanning(YincaiDb db, CurrentUser current, RegionDirectory regions, OfficeDirectory offices, Notifier notifier,
    TimeProvider clock, StationDirectory stations, Webhooks webhooks)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Offices the caller may organise for: those in their scope.</summary>
    public Task<List<OfficeSummary>> OfficesAsync(CancellationToken cancellationToken) => offices.ListAsync(1000, cancellationToken);

    /// <summary>The named stations a station operator may organise for (a revoked one no more).</summary>
    public Task<List<StationCard>> StationsAsync(CancellationToken cancellationToken) =>
        current.Id is { } me ? stations.OperatedByAsync(me, cancellationToken) : Task.FromResult(new List<StationCard>());

    public async Task<Result<Event>> CreateAsync(EventForm form, CancellationToken cancellationToken)
    {
        var details = await CheckAsync(form, cancellationToken);
        if (details.IsError) return details.Error!;
        var organiser = await OrganiserAsync(form, details.Value!.RegionCode, cancellationToken);
        if (organiser.IsError) return organiser.Error!;
        var (kind, id, name) = organiser.Value;
        var item = new Event(kind, id, name, details.Value, current.Id!.Value, Now);
        db.Events.Add(item);
        db.EventSeats.Add(new EventSeats(item.Id, item.Capacity, item.Booths));
        await db.SaveChangesAsync(cancellationToken);
        return item;
    }

    /// <summary>A monthly or weekly series of the same event, one draft per date (GRD-04); an officer may publish them at once.</summary>
    public async Task<Result<IReadOnlyList<Event>>> CreateSeriesAsync(EventForm form, SeriesRecurrence recurrence, DateOnly? until, bool publish,
        CancellationToken cancellationToken)
    {
        var details = await CheckAsync(form, cancellationToken);
        if (details.IsError) return details.Error!;
        if (until is not { } last || last < ChinaClock.DateOf(details.Value!.StartsAtUtc)) return EventErrors.SeriesDates;
        var first = details.Value;
        var starts = EventSeriesPlan.Starts(ChinaClock.ToChina(first.StartsAtUtc), recurrence, last).Select(ChinaClock.ToUtc).ToList();
        if (starts.Count > EventSeriesPlan.MaxOccurrences) return EventErrors.SeriesTooLong;
        var organiser = await OrganiserAsync(form, first.RegionCode, cancellationToken);
        if (organiser.IsError) return organiser.Error!;
        var (kind, id, name) = organiser.Value;
        var seriesId = Ids.New();
        var created = new List<Event>();
        foreach (var start in starts)
        {
            var shift = start - first.StartsAtUtc;
            var item = new Event(kind, id, name, first with
            {
                StartsAtUtc = start, EndsAtUtc = first.EndsAtUtc + shift,
                RegistrationOpensAtUtc = first.RegistrationOpensAtUtc + shift, RegistrationClosesAtUtc = first.RegistrationClosesAtUtc + shift,
            }, current.Id!.Value, Now, seriesId);
            if (publish && item.EndsAtUtc > Now)
            {
                var published = item.Publish(current.Id.Value, Now);
                if (published.IsError) return published.Error!;
            }
            db.Events.Add(item);
            db.EventSeats.Add(new EventSeats(item.Id, item.Capacity, item.Booths));
            created.Add(item);
        }
        await db.SaveChangesAsync(cancellationToken);
        return created;
    }

    public async Task<Result<Event>> EditAsync(Guid id, int version, EventForm form, CancellationToken cancellationToken)
    {
        var details = await CheckAsync(form, cancellationToken);
        if (details.IsError) return details.Error!;
        return await InSeatLockAsync(id, version, async (item, seats) =>
        {
            var edited = item.Edit(details.Value!, seats.Taken, seats.BoothsTaken);
            if (edited.IsError) return edited.Error!;
            var extra = item.Capacity - seats.Taken;
            var promoted = extra <= 0 ? [] : await db.EventRegistrations
                .Where(r => r.EventId == id && r.Status == RegistrationStatus.Waitlisted).OrderBy(r => r.Number).Take(extra)
                .ToListAsync(cancellationToken);
            foreach (var r in promoted)
            {
                r.Promote(Now);
                await notifier.NotifyAsync(r.UserId, NotificationKinds.EventSeatConfirmed, [item.Title], $"/Events/View?id={item.Id}", cancellationToken);
                await RegistrationWebhooks.ConfirmedAsync(webhooks, item, r, Now, cancellationToken);
            }
            await db.EventSeats.Where(s => s.EventId == id).ExecuteUpdateAsync(s => s
                .SetProperty(x => x.Capacity, item.Capacity).SetProperty(x => x.Booths, item.Booths)
                .SetProperty(x => x.Taken, x => x.Taken + promoted.Count), cancellationToken);
            return Result.Ok();
        }, cancellationToken);
    }

    /// <summary>Sends a station's plan to the region's officers; a station whose yearly plan is approved (STN-11) needs no
    /// approval one by one: its event is approved at once, in the name of the office that approved the plan.</summary>
    public async Task<Result<Event>> SubmitAsync(Guid id, int version, CancellationToken cancellationToken)
    {
        var submitted = await ActAsync(id, version, e => e.Submit(), cancellationToken, save: false);
        if (submitted.IsError) return submitted;
        var item = submitted.Value!;
        if (item.OrganiserKind == OrganiserKind.Station
            && await stations.ApprovedPlanHostAsync(item.OrganiserId, ChinaClock.DateOf(item.StartsAtUtc).Year, cancellationToken) is { } host)
        {
            var approved = item.ApproveByPlan(host, Now);
            if (approved.IsError) return approved.Error!;
        }
        return await SaveAsync(item, cancellationToken);
    }

    public async Task<Result<Event>> ApproveAsync(Guid id, int version, CancellationToken cancellationToken)
    {
        if (!current.IsInRole(Roles.Officer)) return EventErrors.NotOrganiser;
        var host = await HostOfficeAsync(id, cancellationToken);
        return await ActAsync(id, version, e => e.Approve(current.Id!.Value, host ?? e.OrganiserName, Now), cancellationToken, organiserOnly: false);
    }

    public Task<Result<Event>> RejectAsync(Guid id, int version, string? reason, CancellationToken cancellationToken) =>
        current.IsInRole(Roles.Officer)
            ? ActAsync(id, version, e => e.Reject(current.Id!.Value, reason ?? ""), cancellationToken, organiserOnly: false)
            : Task.FromResult<Result<Event>>(EventErrors.NotOrganiser);

    /// <summary>An officer publishes an office's draft or an approved plan; a station publishes its own approved plan.</summary>
    public Task<Result<Event>> PublishAsync(Guid id, int version, CancellationToken cancellationToken) =>
        ActAsync(id, version, e => e.Publish(current.Id!.Value, Now), cancellationToken);

    /// <summary>Cancels the event and tells everyone registered or waiting.</summary>
    public async Task<Result<Event>> CancelAsync(Guid id, int version, string? reason, CancellationToken cancellationToken)
    {
        var result = await ActAsync(id, version, e => e.Cancel(reason ?? ""), cancellationToken, save: false);
        if (result.IsError) return result;
        var item = result.Value!;
        await TellCancelledAsync(db, notifier, item, cancellationToken);
        return await SaveAsync(item, cancellationToken);
    }

    /// <summary>Tells everyone registered or waiting that the event is off (saved with the cancellation).</summary>
    internal static async Task TellCancelledAsync(YincaiDb db, Notifier notifier, Event item, CancellationToken cancellationToken)
    {
        var people = await db.EventRegistrations.Where(r => r.EventId == item.Id && r.Status != RegistrationStatus.Cancelled)
            .Select(r => r.UserId).ToListAsync(cancellationToken);
        await notifier.NotifyAllAsync(people, NotificationKinds.EventCancelled, [item.Title, item.CancelReason!], $"/Events/View?id={item.Id}", cancellationToken);
    }

    /// <summary>Finishes the event with its outcome; attendance defaults to the tickets checked in.</summary>
    public Task<Result<Event>> FinishAsync(Guid id, int version, EventOutcome outcome, CancellationToken cancellationToken) =>
        current.IsInRole(Roles.Officer)
            ? ActAsync(id, version, e => e.Finish(outcome, Now), cancellationToken, organiserOnly: false)
            : Task.FromResult<Result<Event>>(EventErrors.NotOrganiser);

    public Task<Result<Event>> AttributeHiresAsync(Guid id, int version, int hires, CancellationToken cancellationToken) =>
        current.IsInRole(Roles.Officer)
            ? ActAsync(id, version, e => e.AttributeHires(hires), cancellationToken, organiserOnly: false)
            : Task.FromResult<Result<Event>>(EventErrors.NotOrganiser);

    /// <summary>May the caller change this event: officers of its region may; a station operator only its own.</summary>
    public bool MayManage(Event item) => current.IsInRole(Roles.Officer) || item.CreatedBy == current.Id;

    private async Task<Result<Event>> ActAsync(Guid id, int version, Func<Event, Result> action, CancellationToken cancellationToken,
        bool organiserOnly = true, bool save = true)
    {
        if (await db.FindInScopeAsync<Event>(id, cancellationToken) is not { } item) return EventErrors.NotFound;
        if (organiserOnly && !MayManage(item)) return EventErrors.NotOrganiser;
        db.Entry(item).Property(e => e.Version).OriginalValue = version;
        var result = action(item);
        if (result.IsError) return result.Error!;
        return save ? await SaveAsync(item, cancellationToken) : item;
    }

    private async Task<Result<Event>> SaveAsync(Event item, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return item;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return EventErrors.Conflict;
        }
    }

    /// <summary>Changes that move seats run after the event's counter row is locked, like registrations, so the two never race.</summary>
    private async Task<Result<Event>> InSeatLockAsync(Guid id, int version, Func<Event, EventSeats, Task<Result>> action,
        CancellationToken cancellationToken)
    {
        if (await db.FindInScopeAsync<Event>(id, cancellationToken, tracked: false) is not { } found) return EventErrors.NotFound;
        if (!MayManage(found)) return EventErrors.NotOrganiser;
        return await SeatLock.RunAsync(db, id, async () =>
        {
            await using var transaction = await SeatLock.BeginAsync(db, cancellationToken);
            await SeatLock.TakeAsync(db, id, cancellationToken);
            var item = await db.Events.FirstAsync(e => e.Id == id, cancellationToken);
            var seats = await db.EventSeats.AsNoTracking().FirstAsync(s => s.EventId == id, cancellationToken);
            db.Entry(item).Property(e => e.Version).OriginalValue = version;
            var result = await action(item, seats);
            if (result.IsError) return Result<Event>.Fail(result.Error!);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                return EventErrors.Conflict;
            }
            await transaction.CommitAsync(cancellationToken);
            return item;
        }, cancellationToken);
    }

    private async Task<Result<EventDetails>> CheckAsync(EventForm form, CancellationToken cancellationToken)
    {
        if (!RegionScope.IsRegionCode(form.RegionCode) || !await regions.ExistsAsync(form.RegionCode!, cancellationToken))
            return EventErrors.UnknownRegion;
        if (!db.Scope.Contains(form.RegionCode)) return EventErrors.RegionOutsideScope;
        return Details(form);
    }

    /// <summary>The form's times, place and stream checked and made details; the region is the caller's to check.</summary>
    internal static Result<EventDetails> Details(EventForm form)
    {
        var (starts, ends) = (ChinaClock.ToUtc(form.StartsAt!.Value), ChinaClock.ToUtc(form.EndsAt!.Value));
        var (opens, closes) = (ChinaClock.ToUtc(form.RegistrationOpensAt!.Value), ChinaClock.ToUtc(form.RegistrationClosesAt!.Value));
        if (ends <= starts) return EventErrors.EndBeforeStart;
        if (closes <= opens) return EventErrors.WindowOrder;
        if (closes > ends) return EventErrors.WindowAfterEnd;
        var venue = string.IsNullOrWhiteSpace(form.Venue) ? null : form.Venue.Trim();
        var link = string.IsNullOrWhiteSpace(form.LivestreamUrl) ? null : form.LivestreamUrl.Trim();
        if (!form.IsOnline && venue is null) return EventErrors.VenueRequired;
        if (form.IsOnline && link is null) return EventErrors.LivestreamRequired;
        if (link is not null && (!Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
            return EventErrors.LivestreamInvalid;
        return new EventDetails(form.Kind, form.Title.Trim(), form.Description.Trim(), form.RegionCode!, form.IsOnline, venue, link,
            starts, ends, form.Audience, form.Capacity, form.Booths, opens, closes, form.CheckInOpensMinutesBefore, form.CheckInClosesMinutesAfter);
    }

    private async Task<Result<(OrganiserKind, Guid, string)>> OrganiserAsync(EventForm form, string regionCode, CancellationToken cancellationToken)
    {
        if (current.IsInRole(Roles.Officer))
        {
            var office = (await offices.ListAsync(1000, cancellationToken)).FirstOrDefault(o => o.Id == form.OfficeId);
            if (office is null) return EventErrors.UnknownOffice;
            return (OrganiserKind.Office, office.Id, office.Name);
        }
        // A station operator organises for one of the named stations they run (STN-11).
        var run = await StationsAsync(cancellationToken);
        if ((form.StationId is { } chosen ? run.FirstOrDefault(s => s.Id == chosen) : run.Count == 1 ? run[0] : null) is not { } station)
            return EventErrors.NoStation;
        return (OrganiserKind.Station, station.Id, station.Name);
    }

    /// <summary>The office of the event's region (or the nearest above it) in whose name an approved plan runs.</summary>
    private async Task<string?> HostOfficeAsync(Guid id, CancellationToken cancellationToken)
    {
        var region = await db.Events.Where(e => e.Id == id).Select(e => e.RegionCode).FirstOrDefaultAsync(cancellationToken);
        if (region is null) return null;
        var all = await offices.ListAsync(1000, cancellationToken);
        foreach (var code in new[] { region, region[..4] + "00", region[..2] + "0000" })
            if (all.FirstOrDefault(o => o.RegionCode == code) is { } office) return office.Name;
        return null;
    }
}
