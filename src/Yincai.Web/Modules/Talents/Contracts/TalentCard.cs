namespace Yincai.Modules.Talents.Contracts;

/// <summary>A talent as other modules see it: who, never the ID number.</summary>
public sealed record TalentCard(Guid Id, Guid? UserId, string FullName, string RegionCode);
