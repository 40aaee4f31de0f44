using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Notifications.Contracts;

namespace Yincai.Modules.Graduates.Campus;

/// <summary>The university's webhooks: its graduates' status changes.</summary>
public sealed class WebhooksModel(CampusOffice office, Notifications.Contracts.Webhooks webhooks, IStringLocalizer<Shared.SharedResource> shared,
    IStringLocalizer<GraduatesResource> text) : OrganisationWebhooksPage(webhooks, shared)
{
    public override string Title => text["Nav_CampusWebhooks"];
    public override string Lead => text["Webhooks_Lead"];
    public override IReadOnlyList<string> Events => [WebhookEvents.GraduateStatusChanged];

    protected override async Task<(OrganisationRef?, IActionResult?)> OrganisationAsync() =>
        await office.MineAsync(HttpContext.RequestAborted) is { } campus
            ? (new OrganisationRef(OrganisationKinds.University, campus.UniversityCode, campus.Name), null)
            : (null, RedirectToPage("/Graduates/Campus/Join"));
}
