namespace Yincai.Modules.Stations.Operation;

/// <summary>A station's year: distinct talents served, services given, hires it referred (allocations), events held.</summary>
public sealed record StationFigures(int Year, int PeopleServed, int Services, int Allocations, int Events);
