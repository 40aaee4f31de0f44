using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Yincai.Modules.Notifications.Delivery;
using Yincai.Modules.Notifications.Webhooks;
using Yincai.Platform;
using Yincai.Platform.Protection;

namespace Yincai.Modules.Notifications.Contracts;

/// <summary>The events an organisation may subscribe to.</summary>
public static class WebhookEvents
{
    /// <summary>A university's graduate left the real-name database or came back (GRD-15).</summary>
    public const string GraduateStatusChanged = "graduate.status_changed";

    /// <summary>An application to an employer's job moved on.</summary>
    public const string ApplicationChanged = "application.changed";

    /// <summary>A registration for an organisation's event was confirmed.</summary>
    public const string RegistrationConfirmed = "registration.confirmed";

    public static readonly IReadOnlyList<string> All = [GraduateStatusChanged, ApplicationChanged, RegistrationConfirmed];
}

/// <summary>A subscription as its owners list it (never its secret).</summary>
public sealed record WebhookSummary(Guid Id, string Url, IReadOnlyList<string> Events, DateTime CreatedAtUtc, DateTime? RevokedAtUtc);

/// <summary>A subscription just made: <see cref="Secret"/> (whsec_…) is shown once and never again.</summary>
public sealed record NewWebhook(WebhookSummary Subscription, string Secret);

/// <summary>One delivery of the log: the event, where it stands and each attempt.</summary>
public sealed record WebhookDelivery(Guid Id, string Event, DateTime CreatedAtUtc, string Status, int Attempts, DateTime? SentAtUtc, string? LastError);

/// <summary>
/// Webhooks of organisations (Standard Webhooks: <c>webhook-id</c>, <c>webhook-timestamp</c>, <c>webhook-signature</c> = HMAC-SHA256 over
/// id, timestamp and body). An event is published in the same save as the change it tells of (the notifications outbox), delivered
/// by the outbox's sender with its retries and backoff, and each attempt is logged. The calling module decides who may act for an
/// organisation; this keeps the subscriptions.
/// </summary>
public sealed class Webhooks(YincaiDb db, FieldProtection protection, CurrentUser current, TimeProvider clock, IOptions<NotificationsOptions> options,
    IStringLocalizer<NotificationsResource> text)
{
    public const int MaxActivePerOrganisation = 10;

    public async Task<Result<NewWebhook>> SubscribeAsync(string ownerKind, string ownerCode, string? url, IReadOnlyCollection<string> events,
        CancellationToken cancellationToken)
    {
        if (!IsAllowed(url, options.Value.Webhooks.AllowPrivateAddresses, out var address))
            return new Error("webhooks.url", text["Error_WebhookUrl"], "Url");
        if (events.Count == 0 || events.Any(e => !WebhookEvents.All.Contains(e)))
            return new Error("webhooks.events", text["Error_WebhookEvents"], "Events");
        if (await db.Set<WebhookSubscription>().CountAsync(s => s.OwnerKind == ownerKind && s.OwnerCode == ownerCode && s.RevokedAtUtc == null,
                cancellationToken) >= MaxActivePerOrganisation)
            return new Error("webhooks.too_many", text["Error_WebhookTooMany", MaxActivePerOrganisation]);
        var secret = "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var subscription = new WebhookSubscription(ownerKind, ownerCode, address!.AbsoluteUri, events.Distinct(), protection.Encrypt(secret), current.Id,
            clock.GetUtcNow().UtcDateTime);
        db.Add(subscription);
        await db.SaveChangesAsync(cancellationToken);
        return new NewWebhook(Summary(subscription), secret);
    }

    public async Task<List<WebhookSummary>> ListAsync(string ownerKind, string ownerCode, CancellationToken cancellationToken) =>
        (await db.Set<WebhookSubscription>().AsNoTracking().Where(s => s.OwnerKind == ownerKind && s.OwnerCode == ownerCode)
            .OrderByDescending(s => s.CreatedAtUtc).Take(100).ToListAsync(cancellationToken)).Select(Summary).ToList();

    public async Task<Result> RevokeAsync(string ownerKind, string ownerCode, Guid id, CancellationToken cancellationToken)
    {
        var subscription = await db.Set<WebhookSubscription>().FirstOrDefaultAsync(s => s.Id == id && s.OwnerKind == ownerKind && s.OwnerCode == ownerCode,
            cancellationToken);
        if (subscription is null) return new Error("webhooks.not_found", text["Error_WebhookNotFound"]);
        subscription.Revoke(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }

    /// <summary>Queues <paramref name="eventType"/> with <paramref name="data"/> for each live subscription of the organisation to it; saved
    /// with the caller's change.</summary>
    public async Task PublishAsync(string ownerKind, string ownerCode, string eventType, object data, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var json = JsonSerializer.Serialize(data, JsonSerializerOptions.Web);
        foreach (var s in await db.Set<WebhookSubscription>().AsNoTracking()
                     .Where(s => s.OwnerKind == ownerKind && s.OwnerCode == ownerCode && s.RevokedAtUtc == null).ToListAsync(cancellationToken))
            if (s.EventList.Contains(eventType))
                db.Outbox.Add(new OutboxMessage(Channel.Webhook, protection.Encrypt(s.Id.ToString()), s.Id.ToString(), eventType, json, "zh-CN", null, now, now));
    }

    /// <summary>The subscription's deliveries, newest first.</summary>
    public async Task<List<WebhookDelivery>> DeliveriesAsync(string ownerKind, string ownerCode, Guid id, CancellationToken cancellationToken)
    {
        if (!await db.Set<WebhookSubscription>().AnyAsync(s => s.Id == id && s.OwnerKind == ownerKind && s.OwnerCode == ownerCode, cancellationToken))
            return [];
        var key = id.ToString();
        return await db.Outbox.AsNoTracking().Where(m => m.Channel == Channel.Webhook && m.AddressIndex == key).OrderByDescending(m => m.CreatedAtUtc)
            .Take(200).Select(m => new WebhookDelivery(m.Id, m.TemplateKey, m.CreatedAtUtc, m.Status.ToString(), m.Attempts, m.SentAtUtc, m.LastError))
            .ToListAsync(cancellationToken);
    }

    /// <summary>An https address on the public internet (or, where allowed, any http(s) address).</summary>
    public static bool IsAllowed(string? url, bool allowPrivate, out Uri? address)
    {
        address = null;
        if (url?.Trim() is not { Length: > 0 and <= WebhookSubscription.MaxUrl } trimmed || !Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)) return false;
        if (!string.IsNullOrEmpty(uri.UserInfo) || uri.Scheme is not ("https" or "http")) return false;
        if (!allowPrivate && (uri.Scheme != "https" || IsPrivate(uri))) return false;
        address = uri;
        return true;
    }

    /// <summary>A literal address of a private, loopback or link-local network, or a name that is plainly local.</summary>
    public static bool IsPrivate(Uri uri)
    {
        if (uri.IsLoopback || uri.Host.EndsWith(".local", StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith(".internal", StringComparison.OrdinalIgnoreCase))
            return true;
        return IPAddress.TryParse(uri.DnsSafeHost, out var ip) && IsPrivate(ip);
    }

    public static bool IsPrivate(IPAddress ip)
    {
        if (IPAddress.IsLoopback(ip) || ip.IsIPv6LinkLocal || ip.IsIPv6SiteLocal || ip.IsIPv6UniqueLocal) return true;
        if (ip.IsIPv4MappedToIPv6) ip = ip.MapToIPv4();
        var b = ip.GetAddressBytes();
        return b.Length == 4 && (b[0] == 10 || b[0] == 127 || b[0] == 0 || (b[0] == 172 && b[1] >= 16 && b[1] <= 31) || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254) || (b[0] == 100 && b[1] >= 64 && b[1] <= 127));
    }

    private static WebhookSummary Summary(WebhookSubscription s) => new(s.Id, s.Url, s.EventList, s.CreatedAtUtc, s.RevokedAtUtc);
}
