using System.Net.Http.Json;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Yincai.Platform;

namespace Yincai.Modules.Notifications.Delivery;

/// <summary>A message ready to go: <see cref="Id"/> is the outbox id, given to the receiver so that it can drop a repeat.
/// <see cref="UnsubscribeUrl"/> is the one-click unsubscribe of a digest, for the List-Unsubscribe header (RFC 8058).</summary>
public sealed record OutgoingMessage(Guid Id, Channel Channel, string Address, string? Subject, string Text, string? UnsubscribeUrl = null);

public interface IEmailTransport
{
    Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken);
}

public interface ISmsGateway
{
    Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken);
}

/// <summary>E-mail through an SMTP server (MailKit). The Message-ID is the outbox id, so a repeat after a crash is recognisable.</summary>
public sealed class SmtpEmailTransport(IOptions<NotificationsOptions> options) : IEmailTransport
{
    public async Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Value.Smtp;
        var mime = new MimeMessage
        {
            Subject = message.Subject ?? "",
            MessageId = message.Id.ToString("N") + "@yincai",
            Body = new TextPart("plain") { Text = message.Text },
        };
        mime.From.Add(new MailboxAddress(smtp.FromName, smtp.From));
        mime.To.Add(MailboxAddress.Parse(message.Address));
        if (message.UnsubscribeUrl is { } unsubscribe)
        {
            // Mail clients show their own unsubscribe button and POST to the link (the page takes both GET and POST).
            mime.Headers.Add("List-Unsubscribe", "<" + unsubscribe + ">");
            mime.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        // Well inside the sender's lease, so that a hung server cannot outlast it.
        using var client = new SmtpClient { Timeout = 30_000 };
        var security = Enum.TryParse<SecureSocketOptions>(smtp.Security, ignoreCase: true, out var s) ? s : SecureSocketOptions.StartTls;
        await client.ConnectAsync(smtp.Host ?? "localhost", smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.User)) await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", cancellationToken);
        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}

/// <summary>
/// SMS through an HTTP gateway: a JSON POST of the number, the signed text and the outbox id (the gateway's idempotency
/// key), with the API key as a bearer token. Any answer other than 2xx is a failed attempt.
/// </summary>
public sealed class HttpSmsGateway(HttpClient http, IOptions<NotificationsOptions> options) : ISmsGateway
{
    public async Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var sms = options.Value.Sms;
        using var request = new HttpRequestMessage(HttpMethod.Post, sms.Url)
        {
            Content = JsonContent.Create(new { requestId = message.Id, mobile = message.Address, text = sms.Signature + message.Text }),
        };
        if (!string.IsNullOrEmpty(sms.ApiKey)) request.Headers.Authorization = new("Bearer", sms.ApiKey);
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"SMS gateway answered {(int)response.StatusCode}", null, response.StatusCode);
    }
}

/// <summary>Development and demo: e-mail and SMS are kept in the database and shown on /Notifications/Delivery. In Development
/// an SMS is also written on the console, so that a newcomer without an account can read the code that registers one.</summary>
public sealed class DevelopmentDelivery(YincaiDb db, Yincai.Platform.Protection.FieldProtection protection, TimeProvider clock,
    IHostEnvironment environment) : IEmailTransport, ISmsGateway
{
    public Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var masked = message.Channel == Channel.Sms ? Yincai.Platform.Validation.MobileNumber.Mask(message.Address) : MaskEmail(message.Address);
        db.DevelopmentMessages.Add(new DevelopmentMessage(message.Id, message.Channel, masked, protection.BlindIndex(OutboxMessage.Normalise(message.Channel, message.Address)),
            message.Subject, message.Text, clock.GetUtcNow().UtcDateTime));
        // Console, not the log: the codes must never reach log files.
        if (message.Channel == Channel.Sms && environment.IsDevelopment())
            Console.WriteLine($"SMS (development) to {masked}: {message.Text}");
        // Saved with the message's Sent mark by OutboxDelivery: kept exactly once.
        return Task.CompletedTask;
    }

    public static string MaskEmail(string address)
    {
        var at = address.IndexOf('@', StringComparison.Ordinal);
        return at <= 1 ? "***" + address[Math.Max(at, 0)..] : address[0] + "***" + address[at..];
    }
}
