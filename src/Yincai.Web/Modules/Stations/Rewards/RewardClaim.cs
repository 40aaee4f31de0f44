using Yincai.Platform;

namespace Yincai.Modules.Stations.Rewards;

/// <summary>A station's claim for a reward (STN-13): for a high-level talent whose hire the station referred (the application
/// must exist, be hired and be the station's), or for a year's events; the program's officers approve an amount or refuse.</summary>
public sealed class RewardClaim : IRegionScoped
{
    private RewardClaim() { }

    public RewardClaim(Guid stationId, string regionCode, RewardKind kind, int year, Guid? applicationId, string? hireText, long requestedFen,
        string reason, Guid claimedBy, DateTime nowUtc)
    {
        Id = Ids.New();
        (StationId, RegionCode, Kind, Year, ApplicationId, HireText) = (stationId, regionCode, kind, year, applicationId, hireText);
        (RequestedFen, Reason, ClaimedBy, ClaimedAtUtc, Status) = (requestedFen, reason, claimedBy, nowUtc, RewardStatus.Submitted);
    }

    public Guid Id { get; private set; }
    public Guid StationId { get; private set; }
    public string RegionCode { get; private set; } = "";
    public RewardKind Kind { get; private set; }
    public int Year { get; private set; }
    /// <summary>The hire (a job application) a high-level talent reward is for.</summary>
    public Guid? ApplicationId { get; private set; }
    /// <summary>The hire as the claim shows it: who (masked), which job, which employer.</summary>
    public string? HireText { get; private set; }
    public long RequestedFen { get; private set; }
    public string Reason { get; private set; } = "";
    public Guid ClaimedBy { get; private set; }
    public DateTime ClaimedAtUtc { get; private set; }
    public RewardStatus Status { get; private set; }
    public long? ApprovedFen { get; private set; }
    public string? DecisionNote { get; private set; }
    public Guid? DecidedBy { get; private set; }
    public DateTime? DecidedAtUtc { get; private set; }
    public int Version { get; private set; }

    public Result Approve(long fen, string? note, Guid officerId, DateTime nowUtc)
    {
        if (Status != RewardStatus.Submitted) return StationErrors.RewardDecided;
        if (fen < 0 || fen > RequestedFen) return StationErrors.RewardAmount;
        (Status, ApprovedFen, DecisionNote, DecidedBy, DecidedAtUtc) = (RewardStatus.Approved, fen, note, officerId, nowUtc);
        Version++;
        return Result.Ok();
    }

    public Result Reject(string reason, Guid officerId, DateTime nowUtc)
    {
        if (Status != RewardStatus.Submitted) return StationErrors.RewardDecided;
        if (string.IsNullOrWhiteSpace(reason)) return StationErrors.ReasonRequired;
        (Status, DecisionNote, DecidedBy, DecidedAtUtc) = (RewardStatus.Rejected, reason.Trim(), officerId, nowUtc);
        Version++;
        return Result.Ok();
    }
}
