namespace Yincai.Modules.Ambassadors.Work;

public enum RewardStatus
{
    Proposed = 1,
    Approved = 2,
    Rejected = 3,
}
