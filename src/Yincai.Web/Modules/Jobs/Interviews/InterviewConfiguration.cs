using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yincai.Platform;

namespace Yincai.Modules.Jobs.Interviews;

internal sealed class InterviewConfiguration : IEntityTypeConfiguration<Interview>
{
    public void Configure(EntityTypeBuilder<Interview> b)
    {
        b.ToTable("jobs_interview");
        b.HasKey(x => x.Id);
        // The talent's account: its key is destroyed when the account is closed by an erasure.
        b.HasAuditSubject(nameof(Interview.TalentUserId));
        b.Property(x => x.RegionCode).HasMaxLength(6);
        b.Property(x => x.JobTitle).HasMaxLength(100);
        b.Property(x => x.EmployerName).HasMaxLength(200);
        b.Property(x => x.Place).HasMaxLength(200);
        b.Property(x => x.Link).HasMaxLength(300);
        b.Property(x => x.ContactName).HasMaxLength(50);
        b.Property(x => x.ContactPhone).HasMaxLength(30);
        b.Property(x => x.Notes).HasMaxLength(500);
        b.Property(x => x.Reply).HasMaxLength(500).IsPersonalInAudit();
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.IsOpen);
        b.Ignore(x => x.EndsAtUtc);
        b.HasIndex(x => x.ApplicationId);
        b.HasIndex(x => x.TalentUserId);
        // The reminder round: open invitations not yet reminded, by when they start.
        b.HasIndex(x => new { x.StartsAtUtc, x.Status }).HasFilter("\"RemindedAtUtc\" IS NULL");
    }
}
