using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Events.Contracts;
using Yincai.Modules.Notifications.Contracts;

namespace Yincai.Modules.Events;

/// <summary>A seat confirmed at a station's event told to the station's subscriptions (<see cref="WebhookEvents.RegistrationConfirmed"/>),
/// in the save that gives it: on registering with seats left, and on moving up from the waiting list. The name only masked, as on
/// the organiser's lists.</summary>
public static class RegistrationWebhooks
{
    public static Task ConfirmedAsync(Webhooks webhooks, Event item, EventRegistration registration, DateTime nowUtc, CancellationToken cancellationToken) =>
        item.OrganiserKind == OrganiserKind.Station && registration.Status == RegistrationStatus.Registered
            ? webhooks.PublishAsync(OrganisationKinds.Station, item.OrganiserId.ToString(), WebhookEvents.RegistrationConfirmed,
                new { eventId = item.Id, registrationId = registration.Id, number = registration.Number, name = registration.DisplayName, atUtc = nowUtc },
                cancellationToken)
            : Task.CompletedTask;
}
