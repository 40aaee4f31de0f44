using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yincai.Platform;

namespace Yincai.Modules.Jobs;

internal sealed class JobConfiguration : IEntityTypeConfiguration<Job>
{
    public void Configure(EntityTypeBuilder<Job> b)
    {
        b.ToTable("jobs_job");
        b.HasKey(x => x.Id);
        b.Property(x => x.EmployerName).HasMaxLength(200);
        b.Property(x => x.Title).HasMaxLength(100);
        b.Property(x => x.Description).HasMaxLength(4000);
        b.Property(x => x.RegionCode).HasMaxLength(6);
        b.Property(x => x.IndustryCode).HasMaxLength(4);
        b.Property(x => x.OccupationCode).HasMaxLength(8);
        b.PrimitiveCollection(x => x.MajorCodes);
        b.PrimitiveCollection(x => x.Tags);
        b.Property(x => x.SearchText).IsDerivedInAudit();
        b.PrimitiveCollection(x => x.SearchBigrams).IsDerivedInAudit();
        b.Property(x => x.ReviewNote).HasMaxLength(500);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.Status, x.ValidUntil });
        b.HasIndex(x => new { x.RegionCode, x.Status });
        b.HasIndex(x => x.EmployerId);
        b.HasIndex(x => new { x.IndustryCode, x.Status });
        // The lists' orders, whole (ties broken as the query breaks them): a page of the newest or best-paid open jobs,
        // or of the oldest awaiting review, walks an index instead of sorting every job. PostgreSQL also has a trigram
        // index on SearchText (migration SearchIndexes) and a GIN index on SearchBigrams (migration SearchBigrams), which the
        // model cannot say for both providers.
        b.HasIndex(x => new { x.Status, x.PublishedAtUtc, x.Id });
        b.HasIndex(x => new { x.Status, x.SalaryMaxYuan, x.SalaryMinYuan, x.PublishedAtUtc, x.Id });
        b.HasIndex(x => new { x.Status, x.CreatedAtUtc, x.Id });
    }
}
