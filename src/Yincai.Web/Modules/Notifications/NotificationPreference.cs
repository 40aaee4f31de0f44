namespace Yincai.Modules.Notifications;

/// <summary>
/// How one user wants to be told: e-mail and SMS on or off, the address for e-mail, quiet hours in China time (no SMS
/// then, except codes they asked for), the language of their messages and the weekly digest.
/// </summary>
public sealed class NotificationPreference
{
    public static readonly TimeOnly DefaultQuietFrom = new(22, 0);
    public static readonly TimeOnly DefaultQuietUntil = new(8, 0);

    private NotificationPreference() { }

    public NotificationPreference(Guid userId, DateTime nowUtc)
    {
        UserId = userId;
        UpdatedAtUtc = nowUtc;
    }

    public Guid UserId { get; private set; }
    public bool Email { get; private set; } = true;
    public bool Sms { get; private set; } = true;

    /// <summary>Where e-mail goes; empty: the account's own address, if it has one.</summary>
    public string? EmailAddress { get; private set; }

    public TimeOnly? QuietFrom { get; private set; } = DefaultQuietFrom;
    public TimeOnly? QuietUntil { get; private set; } = DefaultQuietUntil;
    public string Culture { get; private set; } = "zh-CN";
    public bool Digest { get; private set; } = true;
    public DateTime UpdatedAtUtc { get; private set; }

    public void Change(bool email, bool sms, string? emailAddress, TimeOnly? quietFrom, TimeOnly? quietUntil, string culture, bool digest, DateTime nowUtc) =>
        (Email, Sms, EmailAddress, QuietFrom, QuietUntil, Culture, Digest, UpdatedAtUtc) =
        (email, sms, string.IsNullOrWhiteSpace(emailAddress) ? null : emailAddress.Trim(), quietFrom, quietUntil, culture, digest, nowUtc);

    public void Unsubscribe(DateTime nowUtc) => (Digest, UpdatedAtUtc) = (false, nowUtc);

    public void SetCulture(string culture, DateTime nowUtc) => (Culture, UpdatedAtUtc) = (culture, nowUtc);

    /// <summary>The first moment at or after <paramref name="chinaNow"/> outside the quiet hours (China time).</summary>
    public DateTime AfterQuietHours(DateTime chinaNow)
    {
        if (QuietFrom is not { } from || QuietUntil is not { } until || from == until) return chinaNow;
        var time = TimeOnly.FromDateTime(chinaNow);
        var wraps = from > until;
        var quiet = wraps ? time >= from || time < until : time >= from && time < until;
        if (!quiet) return chinaNow;
        var day = DateOnly.FromDateTime(chinaNow);
        if (wraps && time >= from) day = day.AddDays(1);
        return day.ToDateTime(until);
    }
}
