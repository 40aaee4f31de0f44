using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Notifications.Contracts;

namespace Yincai.Modules.Graduates;

/// <summary>A graduate's new outcome told to their university's subscriptions (<see cref="WebhookEvents.GraduateStatusChanged"/>), in the
/// save that records it: the graduate's id, class, outcome and its date; no name or ID number (the university reads those through the
/// API with its key).</summary>
public static class GraduateWebhooks
{
    public static Task PublishAsync(Webhooks webhooks, Graduate graduate, OutcomeChange step, CancellationToken cancellationToken) =>
        graduate.UniversityCode is { } university
            ? webhooks.PublishAsync(OrganisationKinds.University, university, WebhookEvents.GraduateStatusChanged,
                new { graduateId = graduate.Id, cohort = graduate.CohortYear, outcome = step.Outcome.ToString(), onDate = step.OnDate, source = step.Source.ToString() },
                cancellationToken)
            : Task.CompletedTask;
}
