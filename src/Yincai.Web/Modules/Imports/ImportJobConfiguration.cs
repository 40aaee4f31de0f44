using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yincai.Platform;

namespace Yincai.Modules.Imports;

internal sealed class ImportJobConfiguration : IEntityTypeConfiguration<ImportJob>
{
    public void Configure(EntityTypeBuilder<ImportJob> b)
    {
        b.ToTable("imports_import_job");
        b.HasKey(x => x.Id);
        b.Property(x => x.FileName).HasMaxLength(200);
        b.Property(x => x.RegionCode).HasMaxLength(6);
        b.Property(x => x.StartedByName).HasMaxLength(100);
        b.Property(x => x.FailureDetail).HasMaxLength(500);
        // Megabytes of row errors would bloat every audit row of the job; the trail records that they changed.
        b.Property(x => x.ErrorsJson).IsRedactedInAudit();
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.IsRunning);
        b.Ignore(x => x.CanRunAgain);
        b.HasIndex(x => new { x.RegionCode, x.CreatedAtUtc });
        b.HasIndex(x => x.Status);
        b.HasIndex(x => x.CreatedAtUtc); // the list's order
    }
}

internal sealed class ImportFileConfiguration : IEntityTypeConfiguration<ImportFile>
{
    public void Configure(EntityTypeBuilder<ImportFile> b)
    {
        b.ToTable("imports_import_file");
        b.HasKey(x => x.JobId);
        b.Property(x => x.Content).IsRedactedInAudit();
        b.HasOne<ImportJob>().WithOne().HasForeignKey<ImportFile>(x => x.JobId).OnDelete(DeleteBehavior.Cascade);
    }
}
