using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yincai.Modules.Jobs;

internal sealed class TalentProjectConfiguration : IEntityTypeConfiguration<TalentProject>
{
    public void Configure(EntityTypeBuilder<TalentProject> b)
    {
        b.ToTable("jobs_talent_project");
        b.HasKey(x => x.Id);
        b.Property(x => x.OwnerMaskedName).HasMaxLength(50);
        b.Property(x => x.Title).HasMaxLength(100);
        b.Property(x => x.Summary).HasMaxLength(4000);
        b.Property(x => x.IndustryCode).HasMaxLength(4);
        b.Property(x => x.RegionCode).HasMaxLength(6);
        b.Property(x => x.ReviewNote).HasMaxLength(500);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.Status, x.ValidUntil });
        b.HasIndex(x => new { x.RegionCode, x.Status });
        // The public list (newest first) and the review queue (oldest first) walk these instead of sorting every row.
        b.HasIndex(x => new { x.Status, x.PublishedAtUtc, x.Id });
        b.HasIndex(x => new { x.Status, x.CreatedAtUtc, x.Id });
        b.HasIndex(x => x.TalentId);
    }
}
