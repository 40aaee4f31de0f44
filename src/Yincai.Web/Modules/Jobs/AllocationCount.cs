namespace Yincai.Modules.Jobs;

/// <summary>Hires counted for one region, and how many of them a station referred.</summary>
public sealed record AllocationCount(string RegionCode, int Hires, int ReferredByStations);
