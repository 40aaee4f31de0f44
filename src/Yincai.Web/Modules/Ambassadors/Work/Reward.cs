using Yincai.Platform;

namespace Yincai.Modules.Ambassadors.Work;

/// <summary>A reward, subsidy or allowance for outstanding work (AMB-10): amount in fen, reason, and a second officer's approval.</summary>
public sealed class Reward : IRegionScoped
{
    private Reward() { }

    public Reward(Guid ambassadorId, string regionCode, long amountFen, string reason, int year, Guid proposedBy, DateTime nowUtc)
    {
        Id = Ids.New();
        (AmbassadorId, RegionCode, AmountFen, Reason, Year, ProposedBy, ProposedAtUtc) = (ambassadorId, regionCode, amountFen, reason, year, proposedBy, nowUtc);
        Status = RewardStatus.Proposed;
    }

    public Guid Id { get; private set; }
    public Guid AmbassadorId { get; private set; }
    public string RegionCode { get; private set; } = "";
    public long AmountFen { get; private set; }
    public string Reason { get; private set; } = "";
    public int Year { get; private set; }
    public RewardStatus Status { get; private set; }
    public Guid ProposedBy { get; private set; }
    public DateTime ProposedAtUtc { get; private set; }
    public Guid? DecidedBy { get; private set; }
    public DateTime? DecidedAtUtc { get; private set; }
    public int Version { get; private set; }

    /// <summary>Money goes out only with a second person's approval (SECURITY.md A04).</summary>
    public Result Decide(bool approve, Guid officerId, DateTime nowUtc)
    {
        if (Status != RewardStatus.Proposed) return AmbassadorErrors.RewardDecided;
        if (officerId == ProposedBy) return AmbassadorErrors.SameApprover;
        (Status, DecidedBy, DecidedAtUtc) = (approve ? RewardStatus.Approved : RewardStatus.Rejected, officerId, nowUtc);
        Version++;
        return Result.Ok();
    }
}
