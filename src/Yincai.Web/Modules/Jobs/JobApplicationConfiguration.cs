using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yincai.Platform;

namespace Yincai.Modules.Jobs;

internal sealed class JobApplicationConfiguration : IEntityTypeConfiguration<JobApplication>
{
    public void Configure(EntityTypeBuilder<JobApplication> b)
    {
        b.ToTable("jobs_application");
        b.HasKey(x => x.Id);
        b.HasAuditSubject(nameof(JobApplication.TalentId));
        b.Property(x => x.JobTitle).HasMaxLength(100);
        b.Property(x => x.RegionCode).HasMaxLength(6);
        b.Property(x => x.TalentName).HasMaxLength(50).IsPersonalInAudit();
        b.Property(x => x.ResumeTitle).HasMaxLength(100).IsPersonalInAudit();
        // The audit trail notes that a résumé was sent, not its text: one copy of the personal data is enough.
        b.Property(x => x.ResumeText).HasMaxLength(8000).IsRedactedInAudit();
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.AllowedNext);
        b.HasIndex(x => new { x.JobId, x.TalentId }).IsUnique();
        b.HasIndex(x => x.TalentUserId);
        // The employer menu's count of new applications.
        b.HasIndex(x => new { x.EmployerId, x.Status });
        b.HasIndex(x => new { x.RegionCode, x.Status });
        // A station's allocations (its referred hires), read by its evaluation and its reward claims.
        b.HasIndex(x => new { x.ReferredByStationId, x.Status }).HasFilter("\"ReferredByStationId\" IS NOT NULL");
    }
}
