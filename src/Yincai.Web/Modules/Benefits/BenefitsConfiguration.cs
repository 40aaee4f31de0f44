using Microsoft.EntityFrameworkCore;

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
    }
}
