using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yincai.Platform;

namespace Yincai.Modules.Notifications.Webhooks;

/// <summary>
/// An organisation's subscription to events (a university to its graduates' status): where they are posted, which events, and the
/// signing secret, kept encrypted and shown once when made. Revoked, it gets nothing more; its deliveries stay in the log.
/// </summary>
public sealed class WebhookSubscription
{
    public const int MaxUrl = 500;

    private WebhookSubscription() { }

    public WebhookSubscription(string ownerKind, string ownerCode, string url, IEnumerable<string> events, string secretCipher, Guid? createdById,
        DateTime nowUtc)
    {
        Id = Ids.New();
        (OwnerKind, OwnerCode, Url, Events, SecretCipher, CreatedById, CreatedAtUtc) =
            (ownerKind, ownerCode, url, string.Join(',', events.Order(StringComparer.Ordinal)), secretCipher, createdById, nowUtc);
    }

    public Guid Id { get; private set; }
    public string OwnerKind { get; private set; } = "";
    public string OwnerCode { get; private set; } = "";
    public string Url { get; private set; } = "";

    /// <summary>The event types, comma-separated.</summary>
    public string Events { get; private set; } = "";
    public string SecretCipher { get; private set; } = "";
    public Guid? CreatedById { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? RevokedAtUtc { get; private set; }
    public int Version { get; private set; }

    public IReadOnlyList<string> EventList => Events.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public bool IsActive => RevokedAtUtc is null;

    public void Revoke(DateTime nowUtc)
    {
        RevokedAtUtc ??= nowUtc;
        Version++;
    }
}

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> b)
    {
        b.ToTable("notifications_webhook");
        b.HasKey(x => x.Id);
        b.Property(x => x.OwnerKind).HasMaxLength(20);
        b.Property(x => x.OwnerCode).HasMaxLength(40);
        b.Property(x => x.Url).HasMaxLength(WebhookSubscription.MaxUrl);
        b.Property(x => x.Events).HasMaxLength(500);
        b.Property(x => x.SecretCipher).HasMaxLength(200).IsRedactedInAudit();
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.OwnerKind, x.OwnerCode });
    }
}
