using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yincai.Modules.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("audit_entry");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedOnAdd();
        b.HasIndex(x => x.Sequence).IsUnique();
        // What the sealer reads every second: the few unsealed rows, not a walk past every sealed one.
        b.HasIndex(x => x.Id, "IX_audit_entry_unsealed").HasFilter("\"Sequence\" IS NULL");
        b.Property(x => x.Action).HasMaxLength(64);
        b.Property(x => x.ActorName).HasMaxLength(256);
        b.Property(x => x.EntityType).HasMaxLength(100);
        b.Property(x => x.EntityId).HasMaxLength(100);
        b.Property(x => x.RegionCode).HasMaxLength(6);
        b.Property(x => x.IpAddress).HasMaxLength(64);
        b.Property(x => x.PreviousHash).HasMaxLength(64);
        b.Property(x => x.Hash).HasMaxLength(64);
        b.HasIndex(x => x.OccurredAtUtc);
        b.HasIndex(x => new { x.EntityType, x.EntityId });
        // Also serves the per-person reveal limit, which counts one actor's rows of the last day.
        b.HasIndex(x => new { x.ActorId, x.OccurredAtUtc });
    }
}
