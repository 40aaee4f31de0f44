using Yincai.Modules.Events.Contracts;

namespace Yincai.Modules.Events;

/// <summary>What the organiser sets on an event, checked by <see cref="EventPlanning"/> before it reaches the entity.</summary>
public sealed record EventDetails(EventKind Kind, string Title, string Description, string RegionCode, bool IsOnline, string? Venue,
    string? LivestreamUrl, DateTime StartsAtUtc, DateTime EndsAtUtc, EventAudience Audience, int Capacity, int Booths,
    DateTime RegistrationOpensAtUtc, DateTime RegistrationClosesAtUtc);
