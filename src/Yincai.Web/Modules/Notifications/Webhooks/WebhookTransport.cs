using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using StandardWebhooks;
using Yincai.Modules.Notifications.Delivery;
using Yincai.Platform;
using Yincai.Platform.Protection;

namespace Yincai.Modules.Notifications.Webhooks;

/// <summary>
/// Posts a webhook event to its subscription's address, signed as Standard Webhooks asks (<c>webhook-id</c> is the outbox id, so the
/// receiver can drop a repeat). Any answer other than 2xx is a failed attempt, retried by the outbox with its backoff; a revoked
/// subscription's event is dropped.
/// </summary>
public sealed class WebhookTransport(HttpClient http, YincaiDb db, FieldProtection protection, TimeProvider clock)
{
    public const string ClientName = "webhooks";

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var id = Guid.Parse(protection.Decrypt(message.AddressCipher));
        var subscription = await db.Set<WebhookSubscription>().FindAsync([id], cancellationToken);
        if (subscription is not { IsActive: true }) return; // revoked: nothing more goes to it
        var now = clock.GetUtcNow();
        var body = JsonSerializer.Serialize(new Envelope(message.Id.ToString(), message.TemplateKey, now,
            JsonSerializer.Deserialize<JsonElement>(message.Values)), JsonSerializerOptions.Web);
        var webhook = new StandardWebhook(protection.Decrypt(subscription.SecretCipher));
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("webhook-id", message.Id.ToString());
        request.Headers.Add("webhook-timestamp", now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", webhook.Sign(message.Id.ToString(), now, body));
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"Webhook receiver answered {(int)response.StatusCode}", null, response.StatusCode);
    }

    /// <summary>What the receiver gets: the event's id (the outbox id), type, time and data.</summary>
    private sealed record Envelope(string Id, string Type, DateTimeOffset Timestamp, JsonElement Data);

    /// <summary>The client's handler: no redirects (a 3xx is an answer, not an invitation), and no connection to a private, loopback
    /// or link-local address unless allowed, checked on the address actually connected to (a name that resolves inward too).</summary>
    public static SocketsHttpHandler Handler(IOptions<NotificationsOptions> options) => new()
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        ConnectTimeout = options.Value.Webhooks.Timeout,
        ConnectCallback = async (context, cancellationToken) =>
        {
            var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
            var allowed = options.Value.Webhooks.AllowPrivateAddresses ? addresses : addresses.Where(a => !Contracts.Webhooks.IsPrivate(a)).ToArray();
            if (allowed.Length == 0) throw new HttpRequestException($"{context.DnsEndPoint.Host} is not a public address");
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}
