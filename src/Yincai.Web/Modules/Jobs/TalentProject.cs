using Yincai.Modules.Jobs.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs;

/// <summary>
/// A talent's own project (人才项目), e.g. a returnee's venture looking for a place to land, shown at roadshows and in the
/// talent/project database (苏人社函〔2020〕212号 §二(二), RET-08). The region is where the talent wants to land it, and
/// that region's officers review it (<see cref="Posting"/>). The public sees only the talent's masked name.
/// </summary>
public sealed class TalentProject : Posting, IRegionScoped, IFeedsChanges
{
    private TalentProject() { }

    public TalentProject(Guid talentId, TalentProjectDetails details, DateTime nowUtc)
    {
        Id = Ids.New();
        TalentId = talentId;
        CreatedAtUtc = nowUtc;
        Apply(details);
    }

    public Guid TalentId { get; private set; }

    /// <summary>The talent's name masked (张*明) when last saved: the only name this record keeps.</summary>
    public string OwnerMaskedName { get; private set; } = "";

    public string Title { get; private set; } = "";
    public string Summary { get; private set; } = "";
    public string IndustryCode { get; private set; } = "";

    /// <summary>Where the talent wants to land the project.</summary>
    public string RegionCode { get; private set; } = "";

    public ProjectStage Stage { get; private set; }

    /// <summary>Funding sought in 万元 (ten thousand yuan), when the talent says.</summary>
    public int? FundingSoughtWan { get; private set; }

    /// <summary>Edits go back through review, as a job's do.</summary>
    public Result Edit(TalentProjectDetails details)
    {
        var editable = BeginEdit();
        if (editable.IsError) return editable;
        Apply(details);
        return Result.Ok();
    }

    private void Apply(TalentProjectDetails d) =>
        (OwnerMaskedName, Title, Summary, IndustryCode, RegionCode, Stage, FundingSoughtWan, ValidUntil) =
        (d.OwnerMaskedName, d.Title, d.Summary, d.IndustryCode, d.RegionCode, d.Stage, d.FundingSoughtWan, d.ValidUntil);
}
