using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yincai.Modules.Employers;

internal sealed class EmployerConfiguration : IEntityTypeConfiguration<Employer>
{
    public void Configure(EntityTypeBuilder<Employer> b)
    {
        b.ToTable("employers_employer");
        b.HasKey(x => x.Id);
        b.Property(x => x.CreditCode).HasMaxLength(18);
        b.HasIndex(x => x.CreditCode).IsUnique();
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.RegionCode).HasMaxLength(6);
        b.Property(x => x.IndustryCode).HasMaxLength(4);
        b.Property(x => x.Address).HasMaxLength(200);
        b.Property(x => x.ContactName).HasMaxLength(50);
        b.Property(x => x.ContactPhone).HasMaxLength(20);
        b.Property(x => x.ReviewNote).HasMaxLength(500);
        b.Property(x => x.BlacklistReason).HasMaxLength(1000);
        b.Ignore(x => x.IsBlacklisted);
        b.HasIndex(x => x.Name); // a complaint names the employer
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.RegionCode, x.Status });
        b.HasIndex(x => new { x.RegionCode, x.IsKeyContact });
        b.HasIndex(x => new { x.Status, x.RegionCode, x.Name }); // the review list's order
    }
}

internal sealed class EmployerMemberConfiguration : IEntityTypeConfiguration<EmployerMember>
{
    public void Configure(EntityTypeBuilder<EmployerMember> b)
    {
        b.ToTable("employers_member");
        b.HasKey(x => new { x.EmployerId, x.UserId });
        b.HasIndex(x => x.UserId).IsUnique();
    }
}
