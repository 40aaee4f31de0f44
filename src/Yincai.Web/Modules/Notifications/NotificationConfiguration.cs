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
        b.Ignore(x => x.IsRead);
        b.HasIndex(x => new { x.RecipientId, x.ReadAtUtc });
        b.HasIndex(x => new { x.RecipientId, x.CreatedAtUtc, x.Id }); // the inbox's order
    }
}
