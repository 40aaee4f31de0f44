namespace Yincai.Modules.Notifications;

/// <summary>The <c>Notifications</c> section: how e-mail and SMS leave the platform.</summary>
public sealed class NotificationsOptions
{
    public const string Section = "Notifications";

    public SmtpOptions Smtp { get; set; } = new();
    public SmsOptions Sms { get; set; } = new();
    public WebhookOptions Webhooks { get; set; } = new();

    /// <summary>How often the background sender looks for due messages.</summary>
    public TimeSpan SendInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>False leaves delivery to whoever calls <c>OutboxDelivery</c> (tests that drive it step by step).</summary>
    public bool SendInBackground { get; set; } = true;

    public int BatchSize { get; set; } = 50;
    public int MaxAttempts { get; set; } = 6;

    /// <summary>The wait after the first failed attempt; it doubles after each further one.</summary>
    public TimeSpan FirstBackoff { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a round holds the messages it took; a copy that died mid-batch frees them after this.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The site's public address, for links in e-mails (the unsubscribe link).</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";
}

public sealed class WebhookOptions
{
    /// <summary>Whether a subscription may name a plain-http address or one on a private, loopback or link-local network (tests,
    /// an intranet): off by default, so that the platform cannot be made to call into its own network.</summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>How long a receiver has to answer; well inside the sender's lease.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}

public sealed class SmtpOptions
{
    /// <summary>Empty: e-mails are kept on the development delivery page instead of being sent.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>None, StartTls or SslOnConnect.</summary>
    public string Security { get; set; } = "StartTls";

    public string? User { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "noreply@yincai.example";
    public string FromName { get; set; } = "引才平台";
}

public sealed class SmsOptions
{
    /// <summary>The HTTP gateway's address; empty: messages are kept on the development delivery page.</summary>
    public string? Url { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>The registered signature the operators require at the head of every SMS.</summary>
    public string Signature { get; set; } = "【引才】";
}
