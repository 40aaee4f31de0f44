namespace Yincai.Modules.Notifications.Delivery;

/// <summary>Where a message goes besides the in-app inbox.</summary>
public enum Channel
{
    Email = 1,
    Sms = 2,

    /// <summary>An organisation's webhook: the address is the subscription's id, the values the event's JSON.</summary>
    Webhook = 3,
}

public enum OutboxStatus
{
    Pending = 1,
    Sent = 2,
    /// <summary>Every attempt failed; an administrator sees it on the delivery page.</summary>
    Failed = 3,
}
