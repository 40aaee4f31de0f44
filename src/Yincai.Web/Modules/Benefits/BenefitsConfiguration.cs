using Microsoft.EntityFrameworkCore;
using Yincai.Platform;
using Yincai.Modules.Benefits.Claims;
using Yincai.Modules.Benefits.Finding;

namespace Yincai.Modules.Benefits;

/// <summary>The module's tables ("benefits_*"), applied by YincaiDb.</summary>
public static class BenefitsConfiguration
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Benefit>(e =>
        {
            e.ToTable("benefits_benefit");
            e.HasKey(x => x.Id);
            e.Property(x => x.FundId).HasMaxLength(64);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.RegionCode);
        });
        b.Entity<BenefitRules>(e =>
        {
            e.ToTable("benefits_rules");
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.ConditionsJson).HasMaxLength(30000);
            e.Property(x => x.AmountExpression).HasMaxLength(1000);
            e.Ignore(x => x.Conditions);
            e.HasIndex(x => new { x.BenefitId, x.Number }).IsUnique();
            e.HasIndex(x => new { x.BenefitId, x.EffectiveOn });
        });
        b.Entity<BenefitApplication>(e =>
        {
            e.ToTable("benefits_application", t => t.HasCheckConstraint("ck_benefits_application_amount", "\"Amount\" >= 0"));
            e.HasKey(x => x.Id);
            e.Property(x => x.BenefitName).HasMaxLength(100);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.ClaimantName).HasMaxLength(200);
            e.Property(x => x.Period).HasMaxLength(16);
            e.Property(x => x.ConditionsJson).HasMaxLength(30000);
            e.Property(x => x.InputsJson).HasMaxLength(10000);
            e.Property(x => x.Amount).HasPrecision(14, 2);
            e.Property(x => x.RejectionReason).HasMaxLength(500);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Ignore(x => x.Conditions);
            e.Ignore(x => x.Inputs);
            e.HasIndex(x => new { x.RegionCode, x.Status, x.AppliedAtUtc }); // the officers' queue
            e.HasIndex(x => new { x.ClaimantId, x.BenefitId });
            // One claim under review per benefit, claimant and period: two submitted at the same moment cannot both stand.
            e.HasIndex(x => new { x.BenefitId, x.ClaimantId, x.Period }).IsUnique().HasFilter("\"Status\" = 1")
                .HasDatabaseName("ux_benefits_application_pending");
            e.HasIndex(x => x.ApplicantUserId);
            e.HasIndex(x => x.BatchId);
        });
        b.Entity<BenefitGrant>(e =>
        {
            e.ToTable("benefits_grant", t => t.HasCheckConstraint("ck_benefits_grant_half", "\"Half\" IN (1, 2) AND \"Amount\" >= 0"));
            e.HasKey(x => x.Id);
            e.Property(x => x.Period).HasMaxLength(16);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.Amount).HasPrecision(14, 2);
            // The limit: each half of a benefit's period is granted to a claimant once, whoever approves and when.
            e.HasIndex(x => new { x.BenefitId, x.ClaimantId, x.Period, x.Half }).IsUnique();
            e.HasIndex(x => x.ClaimantId); // what a claimant holds, across benefits
            e.HasIndex(x => x.ApplicationId);
        });
        b.Entity<BenefitEvidence>(e =>
        {
            e.ToTable("benefits_evidence");
            e.Property(x => x.FileName).IsRedactedInAudit();
            e.Property(x => x.Content).IsRedactedInAudit();
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.FileName).HasMaxLength(200);
            e.Property(x => x.ContentType).HasMaxLength(100);
            e.HasIndex(x => x.ApplicationId);
        });
        b.Entity<PaymentBatch>(e =>
        {
            e.ToTable("benefits_batch");
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.Number).HasMaxLength(40);
            e.Property(x => x.Total).HasPrecision(16, 2);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => new { x.RegionCode, x.CreatedAtUtc });
        });
        b.Entity<BenefitFinding>(e =>
        {
            // Derived by the runs from records that are audited themselves; a province's run would double the trail.
            e.ToTable("benefits_finding").IsNotAudited();
            e.HasKey(x => x.Id);
            e.Property(x => x.ClaimantName).HasMaxLength(200);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.Amount).HasPrecision(14, 2);
            e.HasIndex(x => new { x.BenefitId, x.ClaimantId }).IsUnique(); // told once
            e.HasIndex(x => new { x.RegionCode, x.FoundAtUtc });
            e.HasIndex(x => x.ClaimantId);
        });
        b.Entity<BenefitRun>(e =>
        {
            e.ToTable("benefits_run").IsNotAudited();
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.StartedAtUtc);
        });
    }
}
