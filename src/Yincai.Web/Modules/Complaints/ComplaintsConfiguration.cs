using Microsoft.EntityFrameworkCore;
using Yincai.Platform;

namespace Yincai.Modules.Complaints;

/// <summary>The module's tables ("complaints_*"), applied by YincaiDb.</summary>
public static class ComplaintsConfiguration
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Complaint>(e =>
        {
            e.ToTable("complaints_complaint");
            e.HasKey(x => x.Id);
            e.Property(x => x.TrackingNumber).HasMaxLength(20);
            e.Property(x => x.AgainstName).HasMaxLength(200);
            e.Property(x => x.Description).HasMaxLength(Complaint.DescriptionMax);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.AssignedRegionCode).HasMaxLength(6);
            e.Property(x => x.EscalatedToRegionCode).HasMaxLength(6);
            e.Property(x => x.FilerNameCipher).HasMaxLength(500).IsRedactedInAudit();
            e.Property(x => x.FilerMobileCipher).HasMaxLength(500).IsRedactedInAudit();
            e.Property(x => x.Reason).HasMaxLength(1000);
            e.Property(x => x.Outcome).HasMaxLength(2000);
            e.Property(x => x.RatingComment).HasMaxLength(1000);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Ignore(x => x.IsOpen);
            e.Ignore(x => x.SupervisorRegionCode);
            e.HasIndex(x => x.TrackingNumber).IsUnique();
            e.HasIndex(x => new { x.RegionCode, x.ReceivedAtUtc, x.Id }); // the officers' list, newest first
            e.HasIndex(x => new { x.Status, x.DueOn }); // overdue and reminders
            e.HasIndex(x => new { x.EmployerId, x.Upheld });
            e.HasIndex(x => new { x.AssignedRegionCode, x.Status }); // the menu's number
            e.HasIndex(x => new { x.EscalatedToRegionCode, x.Status });
            e.HasIndex(x => new { x.ReceivedMonth, x.RegionCode }); // statistics by month
        });
        b.Entity<ComplaintStep>(e =>
        {
            e.ToTable("complaints_step");
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.Note).HasMaxLength(2000);
            e.Ignore(x => x.IsPublic);
            e.HasIndex(x => new { x.ComplaintId, x.AtUtc });
        });
        b.Entity<ComplaintEvidence>(e =>
        {
            e.ToTable("complaints_evidence");
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.FileName).HasMaxLength(200);
            e.Property(x => x.ContentType).HasMaxLength(50);
            e.HasIndex(x => x.ComplaintId);
        });
    }
}
