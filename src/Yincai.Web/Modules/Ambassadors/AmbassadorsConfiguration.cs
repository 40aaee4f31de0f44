using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yincai.Modules.Ambassadors.Certificates;
using Yincai.Modules.Ambassadors.Filing;
using Yincai.Modules.Ambassadors.Work;
using Yincai.Platform;

namespace Yincai.Modules.Ambassadors;

/// <summary>The module's tables ("ambassadors_*"), applied by YincaiDb.</summary>
public static class AmbassadorsConfiguration
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Ambassador>(e =>
        {
            e.ToTable("ambassadors_ambassador");
            e.HasKey(x => x.Id);
            e.Property(x => x.FullName).HasMaxLength(50);
            e.Property(x => x.IdNumberMasked).HasMaxLength(18);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.NativePlaceCode).HasMaxLength(6);
            e.Property(x => x.SchoolCode).HasMaxLength(10);
            e.Property(x => x.SchoolName).HasMaxLength(100);
            e.Property(x => x.SchoolProvinceCode).HasMaxLength(6);
            e.Property(x => x.Country).HasMaxLength(50);
            e.Property(x => x.ExitNote).HasMaxLength(500);
            e.Property(x => x.ReturnedReason).HasMaxLength(500);
            e.Property(x => x.ReferralCode).HasMaxLength(10);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Ignore(x => x.School);
            e.Ignore(x => x.NeedsFiling);
            e.Ignore(x => x.ProvinceCode);
            e.HasIndex(x => x.TalentId).IsUnique();
            e.HasIndex(x => x.ReferralCode).IsUnique();
            e.HasIndex(x => new { x.RegionCode, x.Status });
            e.HasIndex(x => new { x.Status, x.FullName }); // the list's order
        });
        b.Entity<AmbassadorTerm>(e =>
        {
            e.ToTable("ambassadors_term");
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.SchoolCode).HasMaxLength(10);
            e.Property(x => x.SchoolName).HasMaxLength(100);
            e.Property(x => x.SchoolProvinceCode).HasMaxLength(6);
            e.Property(x => x.Country).HasMaxLength(50);
            e.Property(x => x.EndNote).HasMaxLength(500);
            e.HasIndex(x => x.AmbassadorId);
        });
        b.Entity<FilingWindow>(e =>
        {
            e.ToTable("ambassadors_filing_window");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.HasIndex(x => x.DueOn);
            e.HasData(FilingWindow.FromNotice());
        });
        b.Entity<FilingBatch>(e =>
        {
            e.ToTable("ambassadors_filing_batch");
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.RegionCode, x.Status });
        });
        b.Entity<FilingLine>(e =>
        {
            e.ToTable("ambassadors_filing_line");
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.FullName).HasMaxLength(50);
            e.Property(x => x.SchoolName).HasMaxLength(100);
            e.Property(x => x.Reason).HasMaxLength(500);
            e.HasIndex(x => x.BatchId);
            e.HasIndex(x => x.AmbassadorId);
        });
        b.Entity<AmbassadorCertificate>(e =>
        {
            e.ToTable("ambassadors_certificate");
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.Number).HasMaxLength(20);
            e.Property(x => x.VerificationCode).HasMaxLength(32);
            e.Property(x => x.RevokedReason).HasMaxLength(200);
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => x.VerificationCode).IsUnique();
            e.HasIndex(x => x.AmbassadorId);
            e.HasIndex(x => x.ExpiresOn);
        });
        b.Entity<Contribution>(e =>
        {
            e.ToTable("ambassadors_contribution");
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.Description).HasMaxLength(1000);
            e.Property(x => x.Evidence).HasMaxLength(500);
            e.HasIndex(x => new { x.AmbassadorId, x.On });
        });
        b.Entity<ContributionWeight>(e =>
        {
            e.ToTable("ambassadors_weight");
            e.HasKey(x => x.Kind);
            e.HasData(ContributionWeight.Defaults());
        });
        b.Entity<Referral>(e =>
        {
            e.ToTable("ambassadors_referral");
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.HasIndex(x => new { x.AmbassadorId, x.AtUtc });
        });
        b.Entity<Evaluation>(e =>
        {
            e.ToTable("ambassadors_evaluation");
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.HasIndex(x => new { x.AmbassadorId, x.Year }).IsUnique();
            e.HasIndex(x => new { x.Year, x.Score });
        });
        b.Entity<Letter>(e =>
        {
            e.ToTable("ambassadors_letter");
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.Body).HasMaxLength(2000);
            e.HasIndex(x => x.AmbassadorId);
        });
        b.Entity<Reward>(e =>
        {
            e.ToTable("ambassadors_reward");
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.Reason).HasMaxLength(500);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.AmbassadorId);
        });
        b.Entity<DigestSchedule>(e =>
        {
            e.ToTable("ambassadors_digest_schedule");
            e.HasKey(x => x.RegionCode);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
    }
}
