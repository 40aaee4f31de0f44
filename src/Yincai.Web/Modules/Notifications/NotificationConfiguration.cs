using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yincai.Modules.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("notifications_notification");
        b.HasKey(x => x.Id);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Body).HasMaxLength(2000);
        b.Property(x => x.Link).HasMaxLength(500);
        b.Property(x => x.TemplateKey).HasMaxLength(100);
        b.Property(x => x.Values).HasMaxLength(4000);
        b.Ignore(x => x.IsRead);
        b.HasIndex(x => new { x.RecipientId, x.ReadAtUtc });
        b.HasIndex(x => new { x.RecipientId, x.CreatedAtUtc, x.Id }); // the inbox's order
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<Delivery.OutboxMessage>
{
    public void Configure(EntityTypeBuilder<Delivery.OutboxMessage> b)
    {
        b.ToTable("notifications_outbox");
        b.HasKey(x => x.Id);
        b.Property(x => x.AddressCipher).HasMaxLength(500);
        b.Property(x => x.AddressIndex).HasMaxLength(100);
        b.Property(x => x.TemplateKey).HasMaxLength(100);
        b.Property(x => x.Values).HasMaxLength(4000);
        b.Property(x => x.Culture).HasMaxLength(10);
        b.Property(x => x.LastError).HasMaxLength(500);
        b.HasIndex(x => new { x.Status, x.NotBeforeUtc }); // the sender's due messages
        b.HasIndex(x => x.AddressIndex);
        b.HasIndex(x => new { x.CreatedAtUtc, x.Id }); // the delivery page's order
        b.HasIndex(x => new { x.Status, x.CreatedAtUtc });
    }
}

internal sealed class DeliveryAttemptConfiguration : IEntityTypeConfiguration<Delivery.DeliveryAttempt>
{
    public void Configure(EntityTypeBuilder<Delivery.DeliveryAttempt> b)
    {
        b.ToTable("notifications_delivery_attempt");
        b.HasKey(x => x.Id);
        b.Property(x => x.Error).HasMaxLength(500);
        b.HasIndex(x => x.MessageId);
    }
}

internal sealed class DevelopmentMessageConfiguration : IEntityTypeConfiguration<Delivery.DevelopmentMessage>
{
    public void Configure(EntityTypeBuilder<Delivery.DevelopmentMessage> b)
    {
        b.ToTable("notifications_development_message");
        b.HasKey(x => x.Id);
        b.Property(x => x.MaskedAddress).HasMaxLength(100);
        b.Property(x => x.AddressIndex).HasMaxLength(100);
        b.Property(x => x.Subject).HasMaxLength(300);
        b.Property(x => x.Text).HasMaxLength(4000);
        b.HasIndex(x => x.AtUtc);
        b.HasIndex(x => x.AddressIndex);
    }
}

internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> b)
    {
        b.ToTable("notifications_preference");
        b.HasKey(x => x.UserId);
        b.Property(x => x.EmailAddress).HasMaxLength(200);
        b.Property(x => x.Culture).HasMaxLength(10);
    }
}

internal sealed class MobileCodeConfiguration : IEntityTypeConfiguration<MobileCode>
{
    public void Configure(EntityTypeBuilder<MobileCode> b)
    {
        b.ToTable("notifications_mobile_code");
        b.HasKey(x => x.Id);
        b.Property(x => x.MobileIndex).HasMaxLength(100);
        b.Property(x => x.Purpose).HasMaxLength(50);
        b.Property(x => x.CodeHash).HasMaxLength(100);
        b.Property(x => x.ClientIndex).HasMaxLength(100);
        b.Property(x => x.Tries).IsConcurrencyToken();
        b.HasIndex(x => new { x.MobileIndex, x.SentAtUtc });
        b.HasIndex(x => new { x.MobileIndex, x.SentMinute }).IsUnique();
        b.HasIndex(x => new { x.ClientIndex, x.SentAtUtc });
    }
}
