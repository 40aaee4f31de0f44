namespace Yincai.Modules.Regions;

public sealed record OfficeSummary(Guid Id, string RegionCode, string Name, string Address, string Phone, string OpeningHours, int Version);
