using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yincai.Platform;

namespace Yincai.Modules.Matching;

/// <summary>
/// An officer's recommendation of a matched talent to an employer's job: a service given to both (人岗适配). The
/// employer sees it on the job's matches, the talent in their inbox. It belongs to the job's region.
/// </summary>
public sealed class MatchRecommendation : IRegionScoped
{
    private MatchRecommendation() { }

    public MatchRecommendation(Guid jobId, Guid talentId, string regionCode, Guid officerId, string? note, float score, DateTime nowUtc)
    {
        Id = Ids.New();
        (JobId, TalentId, RegionCode, OfficerId, Note, Score, CreatedAtUtc) = (jobId, talentId, regionCode, officerId, note, score, nowUtc);
    }

    public Guid Id { get; private set; }
    public Guid JobId { get; private set; }
    public Guid TalentId { get; private set; }
    public string RegionCode { get; private set; } = "";
    public Guid OfficerId { get; private set; }
    public string? Note { get; private set; }

    /// <summary>The match score when recommended, kept for the service record.</summary>
    public float Score { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }
}

internal sealed class MatchRecommendationConfiguration : IEntityTypeConfiguration<MatchRecommendation>
{
    public void Configure(EntityTypeBuilder<MatchRecommendation> b)
    {
        b.ToTable("matching_recommendation");
        b.HasKey(x => x.Id);
        b.Property(x => x.RegionCode).HasMaxLength(6);
        b.Property(x => x.Note).HasMaxLength(500);
        b.HasIndex(x => new { x.JobId, x.TalentId }).IsUnique();
        b.HasIndex(x => x.TalentId);
    }
}
