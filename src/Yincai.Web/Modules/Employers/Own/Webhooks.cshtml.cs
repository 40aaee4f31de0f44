using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Employers.Own;

/// <summary>The employer's webhooks: every step of an application for its jobs.</summary>
public sealed class WebhooksModel(EmployerRegistration registration, CurrentUser current, Notifications.Contracts.Webhooks webhooks,
    IStringLocalizer<Shared.SharedResource> shared, IStringLocalizer<EmployersResource> text) : OrganisationWebhooksPage(webhooks, shared)
{
    public override string Title => text["Nav_EmployerWebhooks"];
    public override string Lead => text["Webhooks_Lead"];
    public override IReadOnlyList<string> Events => [WebhookEvents.ApplicationChanged];

    protected override Task<(OrganisationRef?, IActionResult?)> OrganisationAsync() => EmployerOrganisation.OfAsync(registration, current, this,
        HttpContext.RequestAborted);
}
