using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Accounts.Contracts;

namespace Yincai.Modules.Notifications.Contracts;

/// <summary>
/// An organisation's webhooks page: where the platform posts its events (signed, the secret shown once), each subscription's recent
/// deliveries with their attempts, and revocation. The module's page names the organisation and the events it may subscribe to; the
/// list and form are <c>_Webhooks</c>.
/// </summary>
public abstract class OrganisationWebhooksPage(Webhooks webhooks, IStringLocalizer<Shared.SharedResource> text) : PageModel
{
    [BindProperty] public string? Address { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Log { get; set; }

    public OrganisationRef Organisation { get; private set; } = null!;
    public IReadOnlyList<WebhookSummary> Subscriptions { get; private set; } = [];
    public IReadOnlyList<WebhookDelivery> Deliveries { get; private set; } = [];

    /// <summary>The subscription just made, with its secret: on this response only.</summary>
    public NewWebhook? Made { get; private set; }

    public abstract string Title { get; }
    public abstract string Lead { get; }

    /// <summary>What a subscription of this organisation hears of.</summary>
    public abstract IReadOnlyList<string> Events { get; }

    protected abstract Task<(OrganisationRef? Organisation, IActionResult? Away)> OrganisationAsync();

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadOrganisationAsync() is { } away) return away;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadOrganisationAsync() is { } away) return away;
        var made = await webhooks.SubscribeAsync(Organisation.Kind, Organisation.Code, Address, Events, HttpContext.RequestAborted);
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
        if (await LoadOrganisationAsync() is { } away) return away;
        var revoked = await webhooks.RevokeAsync(Organisation.Kind, Organisation.Code, id, HttpContext.RequestAborted);
        if (revoked.IsError) return NotFound();
        TempData["Status"] = text["Done_WebhookRevoked"].Value;
        return Redirect(Request.Path + Request.QueryString);
    }

    /// <summary>This page with the delivery log of one subscription.</summary>
    public string LogLink(Guid id)
    {
        var query = Request.Query.Where(q => q.Key != "log").ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
        query["log"] = id.ToString();
        return QueryHelpers.AddQueryString(Request.Path, query);
    }

    private async Task<IActionResult?> LoadOrganisationAsync()
    {
        var (organisation, away) = await OrganisationAsync();
        if (organisation is null) return away ?? NotFound();
        Organisation = organisation;
        return null;
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        Subscriptions = await webhooks.ListAsync(Organisation.Kind, Organisation.Code, ct);
        if (Log is { } id) Deliveries = await webhooks.DeliveriesAsync(Organisation.Kind, Organisation.Code, id, ct);
    }
}
