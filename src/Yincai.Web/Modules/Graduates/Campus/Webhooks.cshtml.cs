using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Notifications.Contracts;

namespace Yincai.Modules.Graduates.Campus;

/// <summary>The university's webhooks: where the platform posts its graduates' status changes (signed, the secret shown once), each
/// subscription's recent deliveries with their attempts, and revocation.</summary>
public sealed class WebhooksModel(CampusOffice office, Notifications.Contracts.Webhooks webhooks, IStringLocalizer<GraduatesResource> text)
    : CampusPageModel(office)
{
    [BindProperty] public string? Address { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Log { get; set; }

    public IReadOnlyList<WebhookSummary> Subscriptions { get; private set; } = [];
    public IReadOnlyList<WebhookDelivery> Deliveries { get; private set; } = [];

    /// <summary>The subscription just made, with its secret: on this response only.</summary>
    public NewWebhook? Made { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadCampusAsync() is { } away) return away;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadCampusAsync() is { } away) return away;
        var made = await webhooks.SubscribeAsync(OrganisationKinds.University, Campus.UniversityCode, Address, [WebhookEvents.GraduateStatusChanged],
            HttpContext.RequestAborted);
        if (made.IsError) ModelState.AddModelError(nameof(Address), made.Error!.Message);
        else
        {
            // Not a redirect: the secret must not travel in a cookie or reach another page.
            Made = made.Value;
            Response.Headers.CacheControl = "no-store";
            Address = null;
        }
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id)
    {
        if (await LoadCampusAsync() is { } away) return away;
        var revoked = await webhooks.RevokeAsync(OrganisationKinds.University, Campus.UniversityCode, id, HttpContext.RequestAborted);
        return revoked.IsError ? NotFound() : Done(text["Done_WebhookRevoked"]);
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        Subscriptions = await webhooks.ListAsync(OrganisationKinds.University, Campus.UniversityCode, ct);
        if (Log is { } id) Deliveries = await webhooks.DeliveriesAsync(OrganisationKinds.University, Campus.UniversityCode, id, ct);
    }
}
