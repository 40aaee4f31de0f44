using Microsoft.EntityFrameworkCore;
using System.Globalization;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Notifications.Delivery;
using Yincai.Platform;
using Yincai.Platform.Protection;

namespace Yincai.Modules.Notifications.Contracts;

/// <summary>
/// How modules tell people things. Everything is queued in the caller's unit of work (stored with the caller's
/// SaveChanges, in the same transaction as the change it reports): an inbox message kept as template key and values,
/// and an outbox row for each channel the kind uses and the reader allows, SMS held back past their quiet hours.
/// </summary>
public sealed class Notifier(YincaiDb db, ChinaClock clock, FieldProtection protection, AccountDirectory accounts)
{
    public async Task NotifyAsync(Guid userId, NotificationKind kind, IReadOnlyList<string> values, string? link, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var json = MessageTemplates.Json(values);
        db.Notifications.Add(Notification.FromTemplate(userId, kind.Key, json, link, now));
        if (!kind.Email && !kind.Sms) return;
        if (await accounts.ContactAsync(userId, cancellationToken) is not { Active: true } contact) return;
        var preference = await PreferenceAsync(userId, cancellationToken);
        var email = preference.EmailAddress ?? contact.Email;
        if (kind.Email && preference.Email && !string.IsNullOrEmpty(email))
            Queue(Channel.Email, email, kind, json, preference.Culture, userId, now);
        // Quiet hours hold back SMS only: a phone buzzes, a mailbox waits to be read.
        var smsAfter = kind.Immediate ? now : ChinaClock.ToUtc(preference.AfterQuietHours(clock.Now));
        if (kind.Sms && preference.Sms && contact.Mobile is { } mobile)
            Queue(Channel.Sms, mobile, kind, json, preference.Culture, userId, smsAfter);
    }

    /// <summary>Notifies each of <paramref name="userIds"/> (the officers of a region).</summary>
    public async Task NotifyAllAsync(IEnumerable<Guid> userIds, NotificationKind kind, IReadOnlyList<string> values, string? link,
        CancellationToken cancellationToken)
    {
        foreach (var id in userIds.Distinct()) await NotifyAsync(id, kind, values, link, cancellationToken);
    }

    /// <summary>An SMS to a number that has no account behind it (an anonymous filer, a code before registration).</summary>
    public void SendSms(string mobile, NotificationKind kind, IReadOnlyList<string> values, CultureInfo? culture = null) =>
        Queue(Channel.Sms, mobile, kind, MessageTemplates.Json(values), (culture ?? CultureInfo.CurrentUICulture).Name, null, clock.UtcNow);

    /// <summary>Those of <paramref name="recipients"/> who already have a message of <paramref name="kind"/> whose values hold
    /// <paramref name="value"/> (a date, a number), and with this <paramref name="link"/> when one is given (a reminder of one record
    /// among several that share the value: two benefits due the same day): how a reminder round tells each person once.</summary>
    public Task<List<Guid>> AlreadyToldAsync(IReadOnlyCollection<Guid> recipients, NotificationKind kind, string value, string? link,
        CancellationToken cancellationToken) =>
        recipients.Count == 0 ? Task.FromResult(new List<Guid>())
        : db.Notifications.AsNoTracking()
            .Where(n => recipients.Contains(n.RecipientId) && n.TemplateKey == kind.Key && (link == null || n.Link == link) && n.Values!.Contains(value))
            .Select(n => n.RecipientId).Distinct().ToListAsync(cancellationToken);

    /// <summary>Those of <paramref name="recipients"/> who got a message of <paramref name="kind"/> at or after <paramref name="sinceUtc"/>:
    /// how a weekly round tells each person once a week, whoever sent it.</summary>
    public Task<List<Guid>> ToldSinceAsync(IReadOnlyCollection<Guid> recipients, NotificationKind kind, DateTime sinceUtc,
        CancellationToken cancellationToken) =>
        recipients.Count == 0 ? Task.FromResult(new List<Guid>())
        : db.Notifications.AsNoTracking().Where(n => recipients.Contains(n.RecipientId) && n.TemplateKey == kind.Key && n.CreatedAtUtc >= sinceUtc)
            .Select(n => n.RecipientId).Distinct().ToListAsync(cancellationToken);

    /// <summary>The user's preferences; the defaults when they never changed them.</summary>
    public async Task<NotificationPreference> PreferenceAsync(Guid userId, CancellationToken cancellationToken) =>
        await db.NotificationPreferences.FindAsync([userId], cancellationToken) ?? new NotificationPreference(userId, clock.UtcNow);

    private void Queue(Channel channel, string address, NotificationKind kind, string json, string culture, Guid? userId, DateTime notBeforeUtc) =>
        db.Outbox.Add(new OutboxMessage(channel, protection.Encrypt(address), protection.BlindIndex(OutboxMessage.Normalise(channel, address)), kind.Key, json,
            MessageTemplates.CultureOf(culture).Name, userId, clock.UtcNow, notBeforeUtc));
}
