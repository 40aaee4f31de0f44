using Yincai.Platform;

namespace Yincai.Modules.Stations.Operation;

/// <summary>One service a station gave a talent, dated, with its outcome: the station's log, the talent's record of what they
/// received, and the people-served figure of its evaluation (distinct talents a year).</summary>
public sealed class ServiceEntry : IRegionScoped
{
    public const int MaxText = 1000;

    private ServiceEntry() { }

    public ServiceEntry(Guid stationId, string regionCode, ServiceKind kind, Guid talentId, Guid? talentUserId, string talentMasked, DateOnly on,
        Guid? jobId, string? jobTitle, string detail, string? outcome, Guid recordedBy, DateTime nowUtc)
    {
        Id = Ids.New();
        (StationId, RegionCode, Kind, TalentId, TalentUserId, TalentMasked, On) = (stationId, regionCode, kind, talentId, talentUserId, talentMasked, on);
        (JobId, JobTitle, Detail, Outcome, RecordedBy, RecordedAtUtc) = (jobId, jobTitle, detail, outcome, recordedBy, nowUtc);
    }

    public Guid Id { get; private set; }
    public Guid StationId { get; private set; }
    public string RegionCode { get; private set; } = "";
    public ServiceKind Kind { get; private set; }
    public Guid TalentId { get; private set; }
    public Guid? TalentUserId { get; private set; }
    /// <summary>张*明: the log is the station's, which needs to know whom it served, not more.</summary>
    public string TalentMasked { get; private set; } = "";
    public DateOnly On { get; private set; }
    public Guid? JobId { get; private set; }
    public string? JobTitle { get; private set; }
    public string Detail { get; private set; } = "";
    public string? Outcome { get; private set; }
    public Guid RecordedBy { get; private set; }
    public DateTime RecordedAtUtc { get; private set; }
}
