namespace Yincai.Modules.Stations.Programs;

/// <summary>What a program sets out to reach (STN-08); null where its notice names no number.</summary>
public sealed record ProgramTargets(int? Stations = null, int? Events = null, int? Allocations = null, int? PeopleServed = null);
