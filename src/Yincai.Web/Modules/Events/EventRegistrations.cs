using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Events.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Events;

/// <summary>Talents' seats and the waiting list, employers' booths, and check-in at the door. Whatever moves seats or
/// booths runs behind the event's <see cref="SeatLock"/>, so capacity holds under any number of simultaneous requests.</summary>
public sealed class EventRegistrations(YincaiDb db, TalentDirectory talents, EmployerDirectory employers, EmployerJobs jobs, Notifier notifier,
    TicketCodes tickets, Webhooks webhooks, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>A seat while there are any, else the next place on the waiting list. One registration per talent and event.</summary>
    public async Task<Result<EventRegistration>> RegisterAsync(Guid eventId, Guid userId, string? accountName, CancellationToken cancellationToken)
    {
        var item = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        if (item is null) return EventErrors.NotFound;
        if (!item.IsOpenForRegistration(Now)) return EventErrors.NotOpen;
        var card = await talents.OfUserAsync(userId, cancellationToken);
        var name = card?.MaskedName ?? Mask(accountName);
        // Read before the lock: an active registration needs no seat work; two requests of the same instant meet the unique index.
        var previous = await db.EventRegistrations.AsNoTracking().Where(r => r.EventId == eventId && r.UserId == userId)
            .Select(r => new { r.Id, r.Status }).FirstOrDefaultAsync(cancellationToken);
        if (previous is { Status: not RegistrationStatus.Cancelled }) return EventErrors.AlreadyRegistered;
        // The audit row's key for the talent's name, read now rather than while the event's seat row is held.
        await db.LoadSubjectKeysAsync([userId], cancellationToken);
        try
        {
            return await SeatLock.RunAsync(db, eventId, async () =>
            {
                await using var transaction = await SeatLock.BeginAsync(db, cancellationToken);
                // First statement: the conditional UPDATE, which takes the counter row's lock until commit.
                var (number, seated) = await SeatLock.TakeSeatAsync(db, eventId, cancellationToken);
                EventRegistration registration;
                if (previous is null)
                {
                    registration = new EventRegistration(eventId, userId, name, number, seated, Now);
                    db.EventRegistrations.Add(registration);
                }
                else
                {
                    registration = await db.EventRegistrations.FirstAsync(r => r.Id == previous.Id, cancellationToken);
                    if (registration.Status != RegistrationStatus.Cancelled)
                        return Result<EventRegistration>.Fail(EventErrors.AlreadyRegistered); // rolled back with the counters
                    registration.Renew(number, seated, Now);
                }
                await RegistrationWebhooks.ConfirmedAsync(webhooks, item, registration, Now, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return registration;
            }, cancellationToken);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // The unique (event, talent) index: the same talent's second request of the same instant.
            db.ChangeTracker.Clear();
            return EventErrors.AlreadyRegistered;
        }
    }

    /// <summary>Cancels a talent's place; a freed seat goes to the first on the waiting list, who is told in their inbox.</summary>
    public async Task<Result<EventRegistration?>> CancelAsync(Guid eventId, Guid userId, CancellationToken cancellationToken)
    {
        var item = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        if (item is null) return EventErrors.NotFound;
        return await SeatLock.RunAsync(db, eventId, async () =>
        {
            await using var transaction = await SeatLock.BeginAsync(db, cancellationToken);
            await SeatLock.TakeAsync(db, eventId, cancellationToken);
            var registration = await db.EventRegistrations.FirstOrDefaultAsync(r => r.EventId == eventId && r.UserId == userId, cancellationToken);
            if (registration is null) return Result<EventRegistration?>.Fail(EventErrors.NotRegistered);
            var held = registration.Status == RegistrationStatus.Registered;
            var cancelled = registration.Cancel(Now);
            if (cancelled.IsError) return Result<EventRegistration?>.Fail(cancelled.Error!);
            EventRegistration? promoted = null;
            if (held)
            {
                promoted = await db.EventRegistrations.Where(r => r.EventId == eventId && r.Status == RegistrationStatus.Waitlisted)
                    .OrderBy(r => r.Number).FirstOrDefaultAsync(cancellationToken);
                if (promoted is not null && item.Status == EventStatus.Published)
                {
                    promoted.Promote(Now);
                    await notifier.NotifyAsync(promoted.UserId, NotificationKinds.EventSeatConfirmed, [item.Title], "/Events/Mine", cancellationToken);
                    await RegistrationWebhooks.ConfirmedAsync(webhooks, item, promoted, Now, cancellationToken);
                }
                else
                {
                    promoted = null;
                    await db.EventSeats.Where(s => s.EventId == eventId)
                        .ExecuteUpdateAsync(s => s.SetProperty(x => x.Taken, x => x.Taken - 1), cancellationToken);
                }
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return Result<EventRegistration?>.Ok(promoted);
        }, cancellationToken);
    }

    /// <summary>
    /// Accepts a ticket at the door of <paramref name="eventId"/>: a QR payload or a typed code, signed for this event, for a
    /// seat, not used before. A second scan, a code of another event or a forged one is refused.
    /// </summary>
    public async Task<Result<EventRegistration>> CheckInAsync(Guid eventId, Guid staffId, string? code, CancellationToken cancellationToken)
    {
        var item = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        if (item is null) return EventErrors.NotFound;
        // The door's hours first: outside them no ticket is read, good or bad.
        var open = item.CheckInOpen(Now);
        if (open.IsError) return open.Error!;
        if (!TicketCodes.TryParse(code, out var namedEvent, out var number, out var mac)) return EventErrors.TicketInvalid;
        if (namedEvent is { } other && other != eventId)
        {
            var title = await db.Events.AsNoTracking().Where(e => e.Id == other).Select(e => e.Title).FirstOrDefaultAsync(cancellationToken);
            return title is null ? EventErrors.TicketInvalid : EventErrors.TicketOtherEvent(title);
        }
        var registration = await db.EventRegistrations.FirstOrDefaultAsync(r => r.EventId == eventId && r.Number == number, cancellationToken);
        if (registration is null || !tickets.Verify(eventId, registration.Id, registration.Number, mac)) return EventErrors.TicketInvalid;
        var checkedIn = registration.CheckIn(item, staffId, Now);
        if (checkedIn.IsError) return checkedIn.Error!;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return registration;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return EventErrors.TicketUsed; // another door took it a moment ago
        }
    }

    public string TicketCode(EventRegistration registration) => tickets.Code(registration.EventId, registration.Id, registration.Number);

    public string QrPayload(EventRegistration registration) => tickets.QrPayload(registration.EventId, registration.Id, registration.Number);

    /// <summary>A verified employer books one booth for the event, bringing some of its own published jobs.</summary>
    public async Task<Result<EventBooth>> BookBoothAsync(Guid eventId, Guid userId, IReadOnlyCollection<Guid> jobIds, CancellationToken cancellationToken)
    {
        if (await employers.OfUserAsync(userId, cancellationToken) is not { } employer) return EventErrors.NoEmployer;
        if (employer.Status != EmployerStatus.Verified) return EventErrors.EmployerNotVerified;
        var item = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        if (item is null) return EventErrors.NotFound;
        if (item.Status != EventStatus.Published || item.EndsAtUtc <= Now) return EventErrors.NotOpen;
        if (item.Booths == 0) return EventErrors.NoBooths;
        var own = (await jobs.OpenOfEmployerAsync(employer.Id, cancellationToken)).Select(j => j.Id).ToHashSet();
        if (jobIds.Any(j => !own.Contains(j))) return EventErrors.NotOwnJob;
        try
        {
            return await SeatLock.RunAsync(db, eventId, async () =>
            {
                await using var transaction = await SeatLock.BeginAsync(db, cancellationToken);
                var booked = await db.EventSeats.Where(s => s.EventId == eventId && s.BoothsTaken < s.Booths)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.BoothsTaken, x => x.BoothsTaken + 1), cancellationToken) == 1;
                if (!booked) return Result<EventBooth>.Fail(EventErrors.BoothsFull);
                if (await db.EventBooths.AnyAsync(b => b.EventId == eventId && b.EmployerId == employer.Id, cancellationToken))
                    return Result<EventBooth>.Fail(EventErrors.AlreadyBooked);
                var booth = new EventBooth(eventId, employer.Id, employer.Name, userId, jobIds.Distinct(), Now);
                db.EventBooths.Add(booth);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return booth;
            }, cancellationToken);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return EventErrors.AlreadyBooked;
        }
    }

    /// <summary>Changes which of its published jobs an employer brings to its booth.</summary>
    public async Task<Result<EventBooth>> ChangeBoothJobsAsync(Guid eventId, Guid userId, IReadOnlyCollection<Guid> jobIds, CancellationToken cancellationToken)
    {
        if (await employers.OfUserAsync(userId, cancellationToken) is not { } employer) return EventErrors.NoEmployer;
        var booth = await db.EventBooths.FirstOrDefaultAsync(b => b.EventId == eventId && b.EmployerId == employer.Id, cancellationToken);
        if (booth is null) return EventErrors.NotFound;
        var own = (await jobs.OpenOfEmployerAsync(employer.Id, cancellationToken)).Select(j => j.Id).ToHashSet();
        if (jobIds.Any(j => !own.Contains(j))) return EventErrors.NotOwnJob;
        booth.ChangeJobs(jobIds.Distinct());
        await db.SaveChangesAsync(cancellationToken);
        return booth;
    }

    private static string Mask(string? name) =>
        string.IsNullOrEmpty(name) ? "*" : name.Length <= 2 ? name[0] + "*" : name[0] + new string('*', name.Length - 2) + name[^1];
}
