namespace Yincai.Modules.Stations.Contracts;

/// <summary>A station as other modules see it: named, or not (any more).</summary>
public sealed record StationCard(Guid Id, string Name, string RegionCode, bool IsNamed);
