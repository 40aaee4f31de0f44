using Yincai.Platform;

namespace Yincai.Modules.Events;

/// <summary>One talent's place at an event: a seat or a place on the waiting list, then checked in once at the door.</summary>
public sealed class EventRegistration : IFeedsChanges
{
    private EventRegistration() { }

    public EventRegistration(Guid eventId, Guid userId, string displayName, int number, bool seated, DateTime nowUtc)
    {
        Id = Ids.New();
        (EventId, UserId, DisplayName, CreatedAtUtc) = (eventId, userId, displayName, nowUtc);
        Renew(number, seated, nowUtc);
    }

    public Guid Id { get; private set; }
    public Guid EventId { get; private set; }
    public Guid UserId { get; private set; }

    /// <summary>The masked name the organiser's lists show (张*明).</summary>
    public string DisplayName { get; private set; } = "";

    /// <summary>Order of arrival within the event, unique per event; the waiting list is served in this order.</summary>
    public int Number { get; private set; }

    public RegistrationStatus Status { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }
    public DateTime? PromotedAtUtc { get; private set; }
    public DateTime? CheckedInAtUtc { get; private set; }
    public Guid? CheckedInBy { get; private set; }
    public int Version { get; private set; }

    /// <summary>When the holder of the seat was reminded the day before the event (once).</summary>
    public DateTime? RemindedAtUtc { get; private set; }

    // Versioned: of two copies of the app reminding at once, one saves and the other's round is lost.
    public void Reminded(DateTime nowUtc) => (RemindedAtUtc, Version) = (RemindedAtUtc ?? nowUtc, Version + 1);

    /// <summary>A cancelled registration comes back with a new number, at the end of the queue.</summary>
    public void Renew(int number, bool seated, DateTime nowUtc)
    {
        (Number, Status, UpdatedAtUtc, PromotedAtUtc) = (number, seated ? RegistrationStatus.Registered : RegistrationStatus.Waitlisted, nowUtc, null);
        Version++;
    }

    public Result Cancel(DateTime nowUtc)
    {
        if (Status == RegistrationStatus.Cancelled) return EventErrors.NotRegistered;
        if (CheckedInAtUtc is not null) return EventErrors.AlreadyCheckedIn;
        (Status, UpdatedAtUtc) = (RegistrationStatus.Cancelled, nowUtc);
        Version++;
        return Result.Ok();
    }

    /// <summary>The first on the waiting list takes a freed seat.</summary>
    public void Promote(DateTime nowUtc)
    {
        if (Status != RegistrationStatus.Waitlisted) throw new InvalidOperationException("Only a waiting registration is promoted.");
        (Status, PromotedAtUtc, UpdatedAtUtc) = (RegistrationStatus.Registered, nowUtc, nowUtc);
        Version++;
    }

    /// <summary>Accepts the ticket once, while <paramref name="item"/>'s door is open (<see cref="Event.CheckInWindow"/>); the
    /// version guards two doors scanning it at the same moment.</summary>
    public Result CheckIn(Event item, Guid staffId, DateTime nowUtc)
    {
        if (item.Id != EventId) throw new ArgumentException("The registration belongs to another event.", nameof(item));
        var open = item.CheckInOpen(nowUtc);
        if (open.IsError) return open;
        if (CheckedInAtUtc is not null) return EventErrors.TicketUsed;
        if (Status != RegistrationStatus.Registered) return EventErrors.TicketNotSeated;
        (CheckedInAtUtc, CheckedInBy) = (nowUtc, staffId);
        Version++;
        return Result.Ok();
    }

    /// <summary>The talent's personal data was erased: the registration still counts, without the name.</summary>
    public void EraseName()
    {
        DisplayName = "";
        Version++;
    }
}
