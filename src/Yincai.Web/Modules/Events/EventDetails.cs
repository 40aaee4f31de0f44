using Yincai.Modules.Events.Contracts;

namespace Yincai.Modules.Events;

/// <summary>What the organiser sets on an event, checked by <see cref="EventPlanning"/> before it reaches the entity. The door
/// opens for check-in an hour before the start and stays open to the end of the last day unless the organiser says otherwise.</summary>
public sealed record EventDetails(EventKind Kind, string Title, string Description, string RegionCode, bool IsOnline, string? Venue,
    string? LivestreamUrl, DateTime StartsAtUtc, DateTime EndsAtUtc, EventAudience Audience, int Capacity, int Booths,
    DateTime RegistrationOpensAtUtc, DateTime RegistrationClosesAtUtc,
    int CheckInOpensMinutesBefore = EventDetails.DefaultCheckInOpensMinutesBefore, int? CheckInClosesMinutesAfter = null)
{
    public const int DefaultCheckInOpensMinutesBefore = 60;

    /// <summary>The longest a check-in window may reach beyond the event's times (a day; the event's days bound it anyway).</summary>
    public const int MaxCheckInMinutes = 1440;
}
