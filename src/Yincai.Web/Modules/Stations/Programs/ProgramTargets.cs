namespace Yincai.Modules.Stations.Programs;

/// <summary>What a program sets out to reach in a year (STN-08), and each of its stations (RET-01: a home serves 500 a year);
/// null where its notice names no number.</summary>
public sealed record ProgramTargets(int? Stations = null, int? Events = null, int? Allocations = null, int? PeopleServed = null,
    int? PeopleServedPerStation = null);
