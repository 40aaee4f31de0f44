using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yincai.Platform;

namespace Yincai.Modules.Regions;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> b)
    {
        b.ToTable("regions_region");
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(6);
        b.Property(x => x.Name).HasMaxLength(64);
        b.Property(x => x.ParentCode).HasMaxLength(6);
        b.Property(x => x.ProvinceCode).HasMaxLength(6);
        b.HasIndex(x => x.ParentCode);
        b.IsNotAudited();
    }
}

internal sealed class CalendarEntryConfiguration : IEntityTypeConfiguration<CalendarEntry>
{
    public void Configure(EntityTypeBuilder<CalendarEntry> b)
    {
        b.ToTable("regions_calendar_entry");
        b.HasKey(x => x.Date);
        b.Property(x => x.Name).HasMaxLength(32);
        // A load is audited once, as the change of its CalendarYear, not date by date.
        b.IsNotAudited();
    }
}

internal sealed class CalendarYearConfiguration : IEntityTypeConfiguration<CalendarYear>
{
    public void Configure(EntityTypeBuilder<CalendarYear> b)
    {
        b.ToTable("regions_calendar_year");
        b.HasKey(x => x.Year);
        b.Property(x => x.Year).ValueGeneratedNever();
        b.Property(x => x.Source).HasMaxLength(200);
        b.Property(x => x.Papers).HasMaxLength(4000);
    }
}

internal sealed class OfficeConfiguration : IEntityTypeConfiguration<Office>
{
    public void Configure(EntityTypeBuilder<Office> b)
    {
        b.ToTable("regions_office");
        b.HasKey(x => x.Id);
        b.Property(x => x.RegionCode).HasMaxLength(6);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Address).HasMaxLength(200);
        b.Property(x => x.Phone).HasMaxLength(40);
        b.Property(x => x.OpeningHours).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.RegionCode);
    }
}

internal sealed class MinimumWageStandardConfiguration : IEntityTypeConfiguration<MinimumWageStandard>
{
    public void Configure(EntityTypeBuilder<MinimumWageStandard> b)
    {
        b.ToTable("regions_minimum_wage");
        b.HasKey(x => x.Id);
        b.Property(x => x.RegionCode).HasMaxLength(6);
        b.Property(x => x.DocumentNo).HasMaxLength(100);
        b.Property(x => x.TiersJson).HasMaxLength(1000);
        b.Property(x => x.AreasJson).HasMaxLength(20000);
        b.Ignore(x => x.Tiers);
        b.Ignore(x => x.Areas);
        // One standard per province and effective date: the one in force on a date is never ambiguous.
        b.HasIndex(x => new { x.RegionCode, x.EffectiveOn }).IsUnique();
    }
}
