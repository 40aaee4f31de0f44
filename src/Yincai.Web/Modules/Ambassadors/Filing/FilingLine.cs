using Yincai.Platform;

namespace Yincai.Modules.Ambassadors.Filing;

/// <summary>One ambassador in a filing batch: new or exit, and the province's decision with its reason.</summary>
public sealed class FilingLine : IRegionScoped
{
    private FilingLine() { }

    public FilingLine(Guid batchId, Ambassador ambassador, FilingLineKind kind)
    {
        Id = Ids.New();
        (BatchId, AmbassadorId, RegionCode, Kind, Decision) = (batchId, ambassador.Id, ambassador.RegionCode, kind, FilingDecision.Pending);
        (FullName, SchoolName) = (ambassador.FullName, ambassador.SchoolName);
    }

    public Guid Id { get; private set; }
    public Guid BatchId { get; private set; }
    public Guid AmbassadorId { get; private set; }
    public string RegionCode { get; private set; } = "";
    public FilingLineKind Kind { get; private set; }
    public string FullName { get; private set; } = "";
    public string SchoolName { get; private set; } = "";
    public FilingDecision Decision { get; private set; }
    public string? Reason { get; private set; }
    public Guid? DecidedBy { get; private set; }
    public DateTime? DecidedAtUtc { get; private set; }

    public void Decide(FilingDecision decision, string? reason, Guid officerId, DateTime nowUtc) =>
        (Decision, Reason, DecidedBy, DecidedAtUtc) = (decision, reason, officerId, nowUtc);
}
