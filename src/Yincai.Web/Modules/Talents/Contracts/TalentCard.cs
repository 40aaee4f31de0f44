namespace Yincai.Modules.Talents.Contracts;

/// <summary>A talent as other modules see it: who, never the ID number.</summary>
public sealed record TalentCard(Guid Id, Guid? UserId, string FullName, string RegionCode)
{
    /// <summary>The name as the public may see it: 张*明 (SECURITY.md §2).</summary>
    public string MaskedName => Talent.MaskName(FullName);
}
