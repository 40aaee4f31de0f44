using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Yincai.Modules.Talents.Contracts;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yincai.Platform;

namespace Yincai.Modules.Talents;

internal sealed class TalentConfiguration : IEntityTypeConfiguration<Talent>
{
    private static readonly JsonSerializerOptions PositionsJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public void Configure(EntityTypeBuilder<Talent> b)
    {
        b.ToTable("talents_talent");
        b.HasKey(x => x.Id);
        b.HasAuditSubject(nameof(Talent.Id));
        b.Property(x => x.FullName).HasMaxLength(50).IsPersonalInAudit();
        b.Property(x => x.IdNumberCipher).HasMaxLength(100).IsRedactedInAudit();
        b.Property(x => x.IdNumberIndex).HasMaxLength(64).IsRedactedInAudit();
        b.Property(x => x.IdNumberMasked).HasMaxLength(18).IsPersonalInAudit();
        b.Property(x => x.Gender).IsPersonalInAudit();
        b.Property(x => x.BirthDate).IsPersonalInAudit();
        b.Property(x => x.RegionCode).HasMaxLength(6);
        b.Property(x => x.EmployerName).HasMaxLength(200).IsPersonalInAudit();
        b.Property(x => x.MobileCipher).HasMaxLength(100).IsRedactedInAudit();
        b.Property(x => x.MobileIndex).HasMaxLength(64).IsRedactedInAudit();
        b.Property(x => x.MobileMasked).HasMaxLength(11).IsPersonalInAudit();
        b.Property(x => x.NativePlaceCode).HasMaxLength(6).IsPersonalInAudit();
        b.Property(x => x.CurrentRegionCode).HasMaxLength(6).IsPersonalInAudit();
        b.Property(x => x.SchoolName).HasMaxLength(100);
        b.Property(x => x.MajorCode).HasMaxLength(10);
        b.Property(x => x.MajorName).HasMaxLength(100);
        b.Property(x => x.DisadvantagedCipher).HasMaxLength(100).IsRedactedInAudit();
        b.PrimitiveCollection(x => x.IntendedRegionCodes);
        b.PrimitiveCollection(x => x.IntendedIndustryCodes);
        b.PrimitiveCollection(x => x.IntendedJobTypes);
        b.PrimitiveCollection(x => x.Skills);
        // A short list read and written whole: one JSON text column on both databases.
        b.Property(x => x.IntendedPositions).HasConversion(
                v => JsonSerializer.Serialize(v, PositionsJson),
                v => JsonSerializer.Deserialize<List<IntendedPosition>>(v, PositionsJson) ?? new List<IntendedPosition>(),
                new ValueComparer<List<IntendedPosition>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, p) => HashCode.Combine(h, p)),
                    v => v.ToList()))
            .HasMaxLength(1000).HasDefaultValue(new List<IntendedPosition>());
        // PostgreSQL also has a trigram index on SearchText and a GIN index on SearchBigrams (migration TalentSearchText).
        b.Property(x => x.SearchText).IsDerivedInAudit();
        b.PrimitiveCollection(x => x.SearchBigrams).IsDerivedInAudit();
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.IdNumberIndex).IsUnique();
        b.HasIndex(x => x.UserId).IsUnique();
        // At ten million people a filter that matches few must be found by an index, not by reading the scope. The scope is
        // household region OR native place, so a region is never an index condition under it: the year + degree, major and
        // employment filters lead an index in id order instead, which gives the newest page by reading back from the end and
        // stopping (a few hundred entries), and the region, the native place and the erased flag ride along, so counting never
        // reads a row. Region codes are matched as prefixes and names from their start: pattern operators let PostgreSQL use
        // the range under any collation (bench/README.md, "officers' list at ten million").
        b.HasIndex(x => new { x.FullName, x.RegionCode }).HasOperators("varchar_pattern_ops", "varchar_pattern_ops")
            .IncludeProperties(x => new { x.Id, x.IsErased, x.NativePlaceCode });
        b.HasIndex(x => new { x.GraduationYear, x.HighestDegree, x.Id })
            .IncludeProperties(x => new { x.RegionCode, x.NativePlaceCode, x.IsErased });
        // The same filter counted within a region's range: a region chosen (a county of a city), or the household part of the
        // scope (IndexModel.ListAsync).
        b.HasIndex(x => new { x.GraduationYear, x.HighestDegree, x.RegionCode }).HasOperators("int4_ops", "int4_ops", "varchar_pattern_ops")
            .IncludeProperties(x => new { x.Id, x.IsErased, x.NativePlaceCode });
        b.HasIndex(x => new { x.Employment, x.Id })
            .IncludeProperties(x => new { x.RegionCode, x.NativePlaceCode, x.IsErased, x.Categories });
        b.HasIndex(x => new { x.Categories, x.RegionCode }).HasOperators("int4_ops", "varchar_pattern_ops")
            .IncludeProperties(x => new { x.Id, x.IsErased, x.NativePlaceCode });
        b.HasIndex(x => new { x.MajorCode, x.Id })
            .IncludeProperties(x => new { x.RegionCode, x.NativePlaceCode, x.IsErased });
        // The whole scope newest first, and deep pages, from the index alone.
        b.HasIndex(x => x.Id).IncludeProperties(x => new { x.RegionCode, x.NativePlaceCode, x.IsErased });
        // The household part of a scope, counted up to the cap from the index alone (IndexModel.ListAsync).
        b.HasIndex(x => new { x.RegionCode, x.Id }).HasOperators("varchar_pattern_ops", "uuid_ops")
            .IncludeProperties(x => new { x.NativePlaceCode, x.IsErased });
        b.HasIndex(x => new { x.NativePlaceCode, x.HighestDegree }).HasOperators("varchar_pattern_ops", "int4_ops")
            .IncludeProperties(x => new { x.Id, x.IsErased, x.RegionCode, x.Categories });
        b.HasIndex(x => x.MobileIndex);
        // The employers' search and 找人才: who shares, newest change first, without sorting the pool.
        b.HasIndex(x => new { x.SharesWithEmployers, x.IsErased, x.UpdatedAtUtc });
        b.HasIndex(x => x.UpdatedAtUtc); // what changed since a benefits run (policy finds people, incremental)
    }
}

internal sealed class EducationConfiguration : IEntityTypeConfiguration<Education>
{
    public void Configure(EntityTypeBuilder<Education> b)
    {
        b.ToTable("talents_education");
        b.HasKey(x => x.Id);
        b.HasAuditSubject(nameof(Education.TalentId));
        b.Property(x => x.SchoolCode).HasMaxLength(10);
        b.Property(x => x.SchoolName).HasMaxLength(100).IsPersonalInAudit();
        b.Property(x => x.Country).HasMaxLength(50);
        b.Property(x => x.MajorCode).HasMaxLength(10);
        b.Property(x => x.MajorName).HasMaxLength(100);
        b.Ignore(x => x.IsOverseas);
        b.Ignore(x => x.Details);
        b.HasOne<Talent>().WithMany().HasForeignKey(x => x.TalentId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.TalentId);
    }
}

internal sealed class EmploymentChangeConfiguration : IEntityTypeConfiguration<EmploymentChange>
{
    public void Configure(EntityTypeBuilder<EmploymentChange> b)
    {
        b.ToTable("talents_employment_change");
        b.HasKey(x => x.Id);
        b.HasAuditSubject(nameof(EmploymentChange.TalentId));
        b.Property(x => x.EmployerName).HasMaxLength(200).IsPersonalInAudit();
        b.HasOne<Talent>().WithMany().HasForeignKey(x => x.TalentId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.TalentId, x.AtUtc });
    }
}

internal sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> b)
    {
        b.ToTable("talents_consent");
        b.HasKey(x => x.Id);
        b.Property(x => x.TextVersion).HasMaxLength(20);
        b.HasOne<Talent>().WithMany().HasForeignKey(x => x.TalentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.TalentId, x.Purpose, x.AtUtc });
    }
}

internal sealed class ResumeConfiguration : IEntityTypeConfiguration<Resume>
{
    public void Configure(EntityTypeBuilder<Resume> b)
    {
        b.ToTable("talents_resume");
        b.HasKey(x => x.Id);
        b.HasAuditSubject(nameof(Resume.TalentId));
        b.Property(x => x.Title).HasMaxLength(100).IsPersonalInAudit();
        b.Property(x => x.Text).HasMaxLength(8000).IsPersonalInAudit();
        b.Property(x => x.PdfFileName).HasMaxLength(200).IsPersonalInAudit();
        b.Property(x => x.Pdf).IsRedactedInAudit();
        b.HasOne<Talent>().WithMany().HasForeignKey(x => x.TalentId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.TalentId);
    }
}

internal sealed class DeletionRequestConfiguration : IEntityTypeConfiguration<DeletionRequest>
{
    public void Configure(EntityTypeBuilder<DeletionRequest> b)
    {
        b.ToTable("talents_deletion_request");
        b.HasKey(x => x.Id);
        b.HasAuditSubject(nameof(DeletionRequest.TalentId));
        b.Property(x => x.RegionCode).HasMaxLength(6);
        b.Property(x => x.Reason).HasMaxLength(500).IsPersonalInAudit();
        b.Property(x => x.Note).HasMaxLength(500);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Talent>().WithMany().HasForeignKey(x => x.TalentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.RegionCode, x.Status });
        b.HasIndex(x => new { x.Status, x.RequestedAtUtc }); // the queue's order
    }
}
