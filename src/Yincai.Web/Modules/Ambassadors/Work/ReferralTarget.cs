namespace Yincai.Modules.Ambassadors.Work;

public enum ReferralTarget
{
    Job = 1,
    Event = 2,
}
