using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Yincai.Platform;

namespace Yincai.Modules.Notifications.Contracts;

/// <summary>
/// The weekly digests and their one-click unsubscribe: each digest carries a link with a token that names its reader,
/// made with data protection (authenticated and encrypted), so it works without signing in and cannot be forged.
/// </summary>
public sealed class DigestSubscriptions(YincaiDb db, Notifier notifier, IDataProtectionProvider protection, IOptions<NotificationsOptions> options,
    TimeProvider clock)
{
    private IDataProtector Protector => protection.CreateProtector("Yincai.Notifications.Unsubscribe.v1");

    /// <summary>Queues a digest for the user, unless they unsubscribed: the inbox and e-mail, with the unsubscribe link.
    /// Values: the counts of new jobs, events and policies, and the list. Returns whether it was queued.</summary>
    public async Task<bool> SendAsync(Guid userId, int jobs, int events, int policies, string list, string? link, CancellationToken cancellationToken)
    {
        if (!(await notifier.PreferenceAsync(userId, cancellationToken)).Digest) return false;
        // The unsubscribe link last, at UnsubscribeValue: the sender reads it there for the mail's List-Unsubscribe header.
        string[] values = [MessageValues.Number(jobs), MessageValues.Number(events), MessageValues.Number(policies), list, UnsubscribeUrl(userId)];
        await notifier.NotifyAsync(userId, NotificationKinds.Digest, values, link, cancellationToken);
        return true;
    }

    private const int UnsubscribeValue = 4;

    /// <summary>The unsubscribe link a message of <paramref name="templateKey"/> carries among its values; null for all but digests.</summary>
    public static string? UnsubscribeUrlOf(string templateKey, IReadOnlyList<string> values) =>
        templateKey == NotificationKinds.Digest.Key && values.Count > UnsubscribeValue ? values[UnsubscribeValue] : null;

    /// <summary>The public address of a page of the platform (<paramref name="path"/> from the root), for links a digest lists: an
    /// e-mail cannot follow a relative one.</summary>
    public string LinkTo(string path) => options.Value.PublicBaseUrl.TrimEnd('/') + path;

    public string UnsubscribeUrl(Guid userId) =>
        LinkTo("/Notifications/Unsubscribe?token=") + WebEncoders.Base64UrlEncode(Protector.Protect(userId.ToByteArray()));

    /// <summary>Stops the digests of the token's reader; false when the token is not one of ours.</summary>
    public async Task<bool> UnsubscribeAsync(string? token, CancellationToken cancellationToken)
    {
        Guid userId;
        try
        {
            userId = new Guid(Protector.Unprotect(WebEncoders.Base64UrlDecode(token ?? "")));
        }
        catch (Exception e) when (e is FormatException or System.Security.Cryptography.CryptographicException or ArgumentException)
        {
            return false;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var preference = await db.NotificationPreferences.FindAsync([userId], cancellationToken);
        if (preference is null) db.NotificationPreferences.Add(preference = new NotificationPreference(userId, now));
        preference.Unsubscribe(now);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
