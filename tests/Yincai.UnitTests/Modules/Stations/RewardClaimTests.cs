using Yincai.Modules.Stations.Rewards;
using static Yincai.UnitTests.Modules.Stations.StationFixtures;

namespace Yincai.UnitTests.Modules.Stations;

/// <summary>A station's reward claim (STN-13): approved up to the amount asked, or refused with a reason; decided once.</summary>
public sealed class RewardClaimTests
{
    private static readonly Guid Officer = Guid.CreateVersion7();

    private static RewardClaim Claim(long requestedFen = 20_000_00) =>
        new(Guid.CreateVersion7(), "370202", RewardKind.HighLevelHire, 2026, Guid.CreateVersion7(), "王*青 · 首席工程师 · 青岛海工",
            requestedFen, "引进高层次人才", Guid.CreateVersion7(), Now);

    [Fact]
    [Trait("Rule", "STN-13")]
    public void New_Claim_IsSubmitted()
    {
        Assert.Equal(RewardStatus.Submitted, Claim().Status);
    }

    [Theory]
    [Trait("Rule", "STN-13")]
    [InlineData(20_000_00)]
    [InlineData(15_000_00)]
    [InlineData(0)]
    public void Approve_UpToTheRequestedAmount_IsApproved(long fen)
    {
        var claim = Claim();

        var result = claim.Approve(fen, "同意", Officer, Now.AddDays(1));

        Assert.False(result.IsError);
        Assert.Equal((RewardStatus.Approved, fen, "同意"), (claim.Status, claim.ApprovedFen, claim.DecisionNote));
        Assert.Equal((Officer, Now.AddDays(1)), (claim.DecidedBy, claim.DecidedAtUtc));
    }

    [Theory]
    [Trait("Rule", "STN-13")]
    [InlineData(20_000_01)]
    [InlineData(-1)]
    public void Approve_AboveTheRequestedAmountOrNegative_IsRefused(long fen)
    {
        var claim = Claim();

        var result = claim.Approve(fen, null, Officer, Now);

        Assert.Equal(("stations.reward_amount", "amount"), (result.Error?.Code, result.Error?.Field));
        Assert.Equal(RewardStatus.Submitted, claim.Status);
        Assert.Null(claim.ApprovedFen);
    }

    [Theory]
    [Trait("Rule", "STN-13")]
    [InlineData("")]
    [InlineData("  ")]
    public void Reject_WithoutAReason_IsRefused(string reason)
    {
        var claim = Claim();

        Assert.Equal("stations.reason_required", claim.Reject(reason, Officer, Now).Error?.Code);
        Assert.Equal(RewardStatus.Submitted, claim.Status);
    }

    [Fact]
    [Trait("Rule", "STN-13")]
    public void Reject_WithAReason_IsRejected()
    {
        var claim = Claim();

        Assert.False(claim.Reject("  不属于高层次人才 ", Officer, Now).IsError);
        Assert.Equal((RewardStatus.Rejected, "不属于高层次人才", (long?)null), (claim.Status, claim.DecisionNote, claim.ApprovedFen));
    }

    [Fact]
    [Trait("Rule", "STN-13")]
    public void Decide_ADecidedClaim_IsRefused()
    {
        var approved = Claim();
        approved.Approve(10_000_00, null, Officer, Now);
        var rejected = Claim();
        rejected.Reject("理由", Officer, Now);

        Assert.Equal("stations.reward_decided", approved.Approve(5_000_00, null, Officer, Now).Error?.Code);
        Assert.Equal("stations.reward_decided", approved.Reject("理由", Officer, Now).Error?.Code);
        Assert.Equal("stations.reward_decided", rejected.Approve(5_000_00, null, Officer, Now).Error?.Code);
        Assert.Equal("stations.reward_decided", rejected.Reject("理由", Officer, Now).Error?.Code);
        Assert.Equal((RewardStatus.Approved, 10_000_00L), (approved.Status, approved.ApprovedFen));
        Assert.Equal(RewardStatus.Rejected, rejected.Status);
    }
}
