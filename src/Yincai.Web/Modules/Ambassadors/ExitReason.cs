namespace Yincai.Modules.Ambassadors;

/// <summary>Why an ambassador leaves (AMB-03); <see cref="Reappointed"/> only closes a term (AMB-04).</summary>
public enum ExitReason
{
    OwnWish = 1,
    LeftCampus = 2,
    NoLongerQualified = 3,
    Reappointed = 4,
}
