using Yincai.Modules.Jobs.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs;

/// <summary>
/// A technology or project demand (技术/项目需求) of a verified employer, for the demand database that returnee homes
/// match people and projects against (苏人社函〔2020〕212号 §二(二), RET-06, RET-08). Reviewed like a job by the officer
/// of its region (<see cref="Posting"/>).
/// </summary>
public sealed class ProjectDemand : Posting, IRegionScoped, IFeedsChanges
{
    private ProjectDemand() { }

    public ProjectDemand(Guid employerId, ProjectDemandDetails details, DateTime nowUtc)
    {
        Id = Ids.New();
        EmployerId = employerId;
        CreatedAtUtc = nowUtc;
        Apply(details);
    }

    public Guid EmployerId { get; private set; }
    public string EmployerName { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Description { get; private set; } = "";

    /// <summary>GB/T 4754 division (大类) the demand belongs to.</summary>
    public string IndustryCode { get; private set; } = "";

    /// <summary>Where the project is to be carried out.</summary>
    public string RegionCode { get; private set; } = "";

    public CooperationMode Mode { get; private set; }

    /// <summary>Budget in 万元 (ten thousand yuan); either bound may be left open.</summary>
    public int? BudgetMinWan { get; private set; }
    public int? BudgetMaxWan { get; private set; }

    /// <summary>Edits go back through review, as a job's do.</summary>
    public Result Edit(ProjectDemandDetails details)
    {
        var editable = BeginEdit();
        if (editable.IsError) return editable;
        Apply(details);
        return Result.Ok();
    }

    private void Apply(ProjectDemandDetails d) =>
        (EmployerName, Title, Description, IndustryCode, RegionCode, Mode, BudgetMinWan, BudgetMaxWan, ValidUntil) =
        (d.EmployerName, d.Title, d.Description, d.IndustryCode, d.RegionCode, d.Mode, d.BudgetMinWan, d.BudgetMaxWan, d.ValidUntil);
}
