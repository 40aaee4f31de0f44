using Yincai.Platform;

namespace Yincai.Modules.Ambassadors.Work;

/// <summary>Something an ambassador did, recorded by the ambassador or an officer, with its evidence (AMB-10).</summary>
public sealed class Contribution : IRegionScoped
{
    private Contribution() { }

    public Contribution(Guid ambassadorId, string regionCode, ContributionKind kind, DateOnly on, int quantity, string description,
        string? evidence, Guid recordedBy, bool bySelf, DateTime nowUtc)
    {
        Id = Ids.New();
        (AmbassadorId, RegionCode, Kind, On, Quantity, Description, Evidence) = (ambassadorId, regionCode, kind, on, quantity, description, evidence);
        (RecordedBy, BySelf, CreatedAtUtc) = (recordedBy, bySelf, nowUtc);
    }

    public Guid Id { get; private set; }
    public Guid AmbassadorId { get; private set; }
    public string RegionCode { get; private set; } = "";
    public ContributionKind Kind { get; private set; }
    public DateOnly On { get; private set; }
    /// <summary>How many: students referred, events organised; 1 for a single promotion.</summary>
    public int Quantity { get; private set; }
    public string Description { get; private set; } = "";
    /// <summary>A link or a note of where the evidence is (photos, sign-in sheets).</summary>
    public string? Evidence { get; private set; }
    public Guid RecordedBy { get; private set; }
    public bool BySelf { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
}
