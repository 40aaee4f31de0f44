namespace Yincai.Modules.Talents.Contracts;

/// <summary>困难群体 (GRD-13). Sensitive: stored encrypted, never in a plain column.</summary>
[Flags]
public enum DisadvantagedGroup
{
    None = 0,
    /// <summary>脱贫家庭 / 建档立卡.</summary>
    PoorFamily = 1,
    /// <summary>低保家庭.</summary>
    MinimumLivingAllowance = 2,
    /// <summary>残疾.</summary>
    Disabled = 4,
    /// <summary>零就业家庭.</summary>
    ZeroEmploymentFamily = 8,
}
