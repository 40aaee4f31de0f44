using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yincai.Platform;

namespace Yincai.Modules.Talents;

internal sealed class TalentConfiguration : IEntityTypeConfiguration<Talent>
{
    public void Configure(EntityTypeBuilder<Talent> b)
    {
        b.ToTable("talents_talent");
        b.HasKey(x => x.Id);
        b.Property(x => x.FullName).HasMaxLength(50);
        b.Property(x => x.IdNumberCipher).HasMaxLength(100).IsRedactedInAudit();
        b.Property(x => x.IdNumberIndex).HasMaxLength(64).IsRedactedInAudit();
        b.Property(x => x.IdNumberMasked).HasMaxLength(18);
        b.Property(x => x.RegionCode).HasMaxLength(6);
        b.Property(x => x.EmployerName).HasMaxLength(200);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.IdNumberIndex).IsUnique();
        b.HasIndex(x => x.UserId).IsUnique();
        b.HasIndex(x => new { x.RegionCode, x.FullName });
    }
}
