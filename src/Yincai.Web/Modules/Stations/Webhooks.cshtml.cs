using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Stations.Accreditation;

namespace Yincai.Modules.Stations;

/// <summary>A named station's webhooks: a seat confirmed at one of its events.</summary>
public sealed class WebhooksModel(StationAccreditation accreditation, Notifications.Contracts.Webhooks webhooks,
    IStringLocalizer<Shared.SharedResource> shared, IStringLocalizer<StationsResource> text) : OrganisationWebhooksPage(webhooks, shared)
{
    [BindProperty(SupportsGet = true)] public Guid? Station { get; set; }

    public override string Title => text["Nav_StationWebhooks"];
    public override string Lead => text["Webhooks_Lead"];
    public override IReadOnlyList<string> Events => [WebhookEvents.RegistrationConfirmed];

    protected override Task<(OrganisationRef?, IActionResult?)> OrganisationAsync() =>
        StationOrganisation.OfAsync(accreditation, Station, this, HttpContext.RequestAborted);
}
