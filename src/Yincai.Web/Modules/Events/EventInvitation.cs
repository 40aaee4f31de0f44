using Yincai.Platform;

namespace Yincai.Modules.Events;

/// <summary>A person invited to an event (told in their inbox), once per event.</summary>
public sealed class EventInvitation
{
    private EventInvitation() { }

    public EventInvitation(Guid eventId, Guid userId, DateTime nowUtc) =>
        (Id, EventId, UserId, InvitedAtUtc) = (Ids.New(), eventId, userId, nowUtc);

    public Guid Id { get; private set; }
    public Guid EventId { get; private set; }
    public Guid UserId { get; private set; }
    public DateTime InvitedAtUtc { get; private set; }
}
