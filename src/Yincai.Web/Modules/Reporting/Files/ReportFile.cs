using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yincai.Platform;

namespace Yincai.Modules.Reporting.Files;

/// <summary>A month's or a year's report workbook of a region, kept for download: made by the schedule after the period ends, or by
/// an officer on demand (then <see cref="CreatedById"/> names them).</summary>
public sealed class ReportFile : IRegionScoped
{
    private ReportFile() { }

    public ReportFile(string regionCode, ReportFileKind kind, string period, string fileName, byte[] content, Guid? createdById, DateTime nowUtc)
    {
        Id = Ids.New();
        (RegionCode, Kind, Period, FileName, Content, Size, CreatedById, CreatedAtUtc) =
            (regionCode, kind, period, fileName, content, content.Length, createdById, nowUtc);
    }

    public Guid Id { get; private set; }

    /// <summary>The region reported on (the scope's own code: a province, a city or a county).</summary>
    public string RegionCode { get; private set; } = "";
    public ReportFileKind Kind { get; private set; }

    /// <summary>"2026-11" for a month, "2026" for a year.</summary>
    public string Period { get; private set; } = "";
    public string FileName { get; private set; } = "";
    public byte[] Content { get; private set; } = [];
    public int Size { get; private set; }
    public Guid? CreatedById { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
}

public enum ReportFileKind
{
    Month = 1,
    Year = 2,
}

internal sealed class ReportFileConfiguration : IEntityTypeConfiguration<ReportFile>
{
    public void Configure(EntityTypeBuilder<ReportFile> b)
    {
        b.ToTable("reporting_file");
        b.HasKey(x => x.Id);
        b.Property(x => x.RegionCode).HasMaxLength(6);
        b.Property(x => x.Period).HasMaxLength(7);
        b.Property(x => x.FileName).HasMaxLength(200);
        b.Property(x => x.Content).IsRedactedInAudit();
        // The schedule's question (is this period's file made?) and the list, newest first.
        b.HasIndex(x => new { x.RegionCode, x.Kind, x.Period });
        b.HasIndex(x => new { x.RegionCode, x.CreatedAtUtc }).HasOperators("varchar_pattern_ops", "timestamptz_ops");
    }
}
