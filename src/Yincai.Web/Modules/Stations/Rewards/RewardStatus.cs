namespace Yincai.Modules.Stations.Rewards;

public enum RewardStatus
{
    Submitted = 1,
    Approved = 2,
    Rejected = 3,
}
