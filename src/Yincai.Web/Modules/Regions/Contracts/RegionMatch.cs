namespace Yincai.Modules.Regions.Contracts;

/// <summary>What <see cref="RegionLookup.Find"/> made of a cell: the division's code, or the full names of the divisions
/// an ambiguous name could mean (empty when the text names no division).</summary>
public sealed record RegionMatch(string? Code, IReadOnlyList<string> Candidates);
