namespace Yincai.Modules.Stations.Rewards;

/// <summary>STN-13: 中介引才奖励 for a high-level talent hired through the station, and the yearly subsidy for its events.</summary>
public enum RewardKind
{
    HighLevelHire = 1,
    YearlyActivity = 2,
}
