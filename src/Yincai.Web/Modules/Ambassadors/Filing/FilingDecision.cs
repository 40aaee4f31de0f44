namespace Yincai.Modules.Ambassadors.Filing;

public enum FilingDecision
{
    Pending = 1,
    Accepted = 2,
    Returned = 3,
}
