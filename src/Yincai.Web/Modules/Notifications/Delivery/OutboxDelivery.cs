using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yincai.Platform;
using Yincai.Platform.Protection;

namespace Yincai.Modules.Notifications.Delivery;

/// <summary>
/// One round of the sender. It takes due messages under a lease with one conditional UPDATE, so two copies of the app
/// never hold the same message; sends each; and saves each outcome at once, so that a round killed mid-batch leaves
/// what it sent marked as sent and the rest to the next round once the lease is over. The one window left is a crash
/// between the receiver's acceptance and that save: the repeat then carries the same Message-ID / request id.
/// </summary>
public sealed partial class OutboxDelivery(YincaiDb db, TimeProvider clock, FieldProtection protection, MessageTemplates templates,
    IEmailTransport email, ISmsGateway sms, Webhooks.WebhookTransport webhooks, IOptions<NotificationsOptions> options, ILogger<OutboxDelivery> logger)
{
    /// <summary>Delivers up to one batch of due messages; returns how many were sent.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var candidates = await db.Outbox.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Pending && m.NotBeforeUtc <= now && (m.LeaseUntilUtc == null || m.LeaseUntilUtc < now))
            .OrderBy(m => m.NotBeforeUtc).Select(m => m.Id).Take(o.BatchSize).ToListAsync(cancellationToken);
        if (candidates.Count == 0) return 0;
        var round = Guid.NewGuid();
        var leaseUntil = now + o.Lease;
        // The condition is checked again under the row lock: a copy that claimed a row first wins it.
        await db.Outbox.Where(m => candidates.Contains(m.Id) && m.Status == OutboxStatus.Pending && (m.LeaseUntilUtc == null || m.LeaseUntilUtc < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, round).SetProperty(m => m.LeaseUntilUtc, leaseUntil), cancellationToken);
        var claimed = await db.Outbox.Where(m => m.LeaseOwner == round).OrderBy(m => m.NotBeforeUtc).ToListAsync(cancellationToken);
        var sent = 0;
        try
        {
            foreach (var message in claimed)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var at = clock.GetUtcNow().UtcDateTime;
                // Renew the lease for this message, or skip it when a slow round has lost it to another copy.
                if (await db.Outbox.Where(m => m.Id == message.Id && m.LeaseOwner == round && m.Status == OutboxStatus.Pending)
                        .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseUntilUtc, at + o.Lease), CancellationToken.None) == 0)
                {
                    db.Entry(message).State = EntityState.Detached;
                    continue;
                }
                string? error = null;
                try
                {
                    await SendAsync(message, cancellationToken);
                    message.Delivered(at);
                    sent++;
                }
                // A transport's own timeout is a failed attempt; only the round's stopping is not.
                catch (Exception e) when (!cancellationToken.IsCancellationRequested)
                {
                    error = e.GetType().Name + ": " + e.Message;
                    message.AttemptFailed(error, at, o.MaxAttempts, o.FirstBackoff);
                    LogFailed(message.Id, message.Channel, message.Attempts, e.Message);
                }
                db.DeliveryAttempts.Add(new DeliveryAttempt(message.Id, round, at, error));
                await db.SaveChangesAsync(CancellationToken.None);
            }
        }
        finally
        {
            // A stopped round gives back what it did not get to, for the next round to take at once.
            await db.Outbox.Where(m => m.LeaseOwner == round && m.Status == OutboxStatus.Pending)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, (Guid?)null).SetProperty(m => m.LeaseUntilUtc, (DateTime?)null),
                    CancellationToken.None);
        }
        return sent;
    }

    private Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.Channel == Channel.Webhook) return webhooks.SendAsync(message, cancellationToken);
        var values = MessageTemplates.Values(message.Values);
        var rendered = templates.Render(message.TemplateKey, values, CultureInfo.GetCultureInfo(message.Culture));
        var address = protection.Decrypt(message.AddressCipher);
        var outgoing = new OutgoingMessage(message.Id, message.Channel, address, rendered.Title, rendered.Body,
            Contracts.DigestSubscriptions.UnsubscribeUrlOf(message.TemplateKey, values));
        return message.Channel == Channel.Email ? email.SendAsync(outgoing, cancellationToken) : sms.SendAsync(outgoing, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivering {MessageId} by {Channel} failed (attempt {Attempt}): {Reason}")]
    private partial void LogFailed(Guid messageId, Channel channel, int attempt, string reason);
}

/// <summary>The background sender: a round every <see cref="NotificationsOptions.SendInterval"/> in each copy of the app.</summary>
public sealed class OutboxSender(IServiceScopeFactory scopes, IOptions<NotificationsOptions> options, TimeProvider clock, ILogger<OutboxSender> logger)
    : PeriodicWork(clock, logger)
{
    protected override TimeSpan Interval => options.Value.SendInterval;

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.SendInBackground) return;
        using var scope = scopes.CreateScope();
        var delivery = scope.ServiceProvider.GetRequiredService<OutboxDelivery>();
        while (await delivery.DeliverDueAsync(cancellationToken) >= options.Value.BatchSize) { }
    }
}
