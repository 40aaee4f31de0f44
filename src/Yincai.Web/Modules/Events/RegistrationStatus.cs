namespace Yincai.Modules.Events;

public enum RegistrationStatus
{
    /// <summary>Holds a seat.</summary>
    Registered = 1,
    /// <summary>On the waiting list, in the order of <see cref="EventRegistration.Number"/>.</summary>
    Waitlisted = 2,
    Cancelled = 3,
}
