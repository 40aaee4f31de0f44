using Yincai.Platform;

namespace Yincai.Modules.Notifications.Delivery;

/// <summary>
/// An e-mail or SMS to deliver, written in the same transaction as the change that causes it and delivered by
/// <see cref="OutboxDelivery"/>. It keeps the template key and its values, not text: it is rendered in
/// <see cref="Culture"/> when sent. The address is encrypted at rest.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage() { }

    public OutboxMessage(Channel channel, string addressCipher, string addressIndex, string templateKey, string values, string culture,
        Guid? recipientId, DateTime nowUtc, DateTime notBeforeUtc)
    {
        Id = Ids.New();
        (Channel, AddressCipher, AddressIndex, TemplateKey, Values, Culture, RecipientId) =
            (channel, addressCipher, addressIndex, templateKey, values, culture, recipientId);
        (Status, CreatedAtUtc, NotBeforeUtc) = (OutboxStatus.Pending, nowUtc, notBeforeUtc);
    }

    /// <summary>The form of an address its blind index is made from: e-mail addresses compare without case.</summary>
    public static string Normalise(Channel channel, string address) =>
        channel == Channel.Email ? address.Trim().ToLowerInvariant() : address.Trim();

    public Guid Id { get; private set; }
    public Channel Channel { get; private set; }
    public string AddressCipher { get; private set; } = "";

    /// <summary>Blind index of the address: finds what was sent to one number or mailbox without decrypting.</summary>
    public string AddressIndex { get; private set; } = "";

    public string TemplateKey { get; private set; } = "";

    /// <summary>The template's values as a JSON array of strings.</summary>
    public string Values { get; private set; } = "[]";

    public string Culture { get; private set; } = "zh-CN";
    public Guid? RecipientId { get; private set; }
    public OutboxStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>Not to be sent before this time: quiet hours, or the backoff after a failed attempt.</summary>
    public DateTime NotBeforeUtc { get; private set; }

    /// <summary>The sender round that holds the message, and until when; another round takes it only after that.</summary>
    public Guid? LeaseOwner { get; private set; }

    public DateTime? LeaseUntilUtc { get; private set; }
    public DateTime? SentAtUtc { get; private set; }
    public string? LastError { get; private set; }

    public void Delivered(DateTime nowUtc)
    {
        Attempts++;
        (Status, SentAtUtc, LeaseOwner, LeaseUntilUtc, LastError) = (OutboxStatus.Sent, nowUtc, null, null, null);
    }

    /// <summary>A failed attempt: tried again after an exponential backoff, given up after <paramref name="maxAttempts"/>.</summary>
    public void AttemptFailed(string error, DateTime nowUtc, int maxAttempts, TimeSpan firstBackoff)
    {
        Attempts++;
        (LeaseOwner, LeaseUntilUtc, LastError) = (null, null, error.Length > 500 ? error[..500] : error);
        if (Attempts >= maxAttempts)
        {
            Status = OutboxStatus.Failed;
            return;
        }
        NotBeforeUtc = nowUtc + firstBackoff * Math.Pow(2, Attempts - 1);
    }

    /// <summary>An administrator sends a failed message again.</summary>
    public void Retry(DateTime nowUtc)
    {
        if (Status != OutboxStatus.Failed) return;
        (Status, Attempts, NotBeforeUtc) = (OutboxStatus.Pending, 0, nowUtc);
    }
}

/// <summary>One try at delivering an <see cref="OutboxMessage"/>: when, by which round, and what went wrong.</summary>
public sealed class DeliveryAttempt
{
    private DeliveryAttempt() { }

    public DeliveryAttempt(Guid messageId, Guid round, DateTime atUtc, string? error)
    {
        Id = Ids.New();
        (MessageId, Round, AtUtc, Succeeded, Error) = (messageId, round, atUtc, error is null, error is { Length: > 500 } ? error[..500] : error);
    }

    public Guid Id { get; private set; }
    public Guid MessageId { get; private set; }
    public Guid Round { get; private set; }
    public DateTime AtUtc { get; private set; }
    public bool Succeeded { get; private set; }
    public string? Error { get; private set; }
}

/// <summary>What the development e-mail transport and SMS gateway "sent": shown to administrators instead of leaving.</summary>
public sealed class DevelopmentMessage
{
    private DevelopmentMessage() { }

    public DevelopmentMessage(Guid messageId, Channel channel, string maskedAddress, string addressIndex, string? subject, string text, DateTime atUtc)
    {
        Id = Ids.New();
        (MessageId, Channel, MaskedAddress, AddressIndex, Subject, Text, AtUtc) = (messageId, channel, maskedAddress, addressIndex, subject, text, atUtc);
    }

    public Guid Id { get; private set; }
    public Guid MessageId { get; private set; }
    public Channel Channel { get; private set; }
    public string MaskedAddress { get; private set; } = "";
    public string AddressIndex { get; private set; } = "";
    public string? Subject { get; private set; }
    public string Text { get; private set; } = "";
    public DateTime AtUtc { get; private set; }
}
