namespace Yincai.Platform;

/// <summary>The six finds (六找) of the one-stop search, in the order the notice lists them (STN-12).</summary>
public enum SixFindsKind
{
    Policies = 1,
    Platforms = 2,
    Projects = 3,
    Funds = 4,
    Talents = 5,
    Jobs = 6,
}
