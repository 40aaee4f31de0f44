namespace Yincai.Modules.Regions.Contracts;

/// <summary>An office as other modules and the public pages see it.</summary>
public sealed record OfficeSummary(Guid Id, string RegionCode, string Name, string Address, string Phone, string OpeningHours, int Version);
