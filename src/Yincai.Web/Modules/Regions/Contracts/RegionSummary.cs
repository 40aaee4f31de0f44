namespace Yincai.Modules.Regions.Contracts;

/// <summary>An administrative division as other modules see it.</summary>
public sealed record RegionSummary(string Code, string Name, RegionLevel Level);
