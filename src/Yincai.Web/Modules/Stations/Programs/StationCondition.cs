namespace Yincai.Modules.Stations.Programs;

/// <summary>One condition an applicant must meet, as its notice gives it (<see cref="Rule"/> names the rule).</summary>
public sealed record StationCondition(string Key, string Rule, ConditionKind Kind, ProgramText Label, ProgramText? Hint = null,
    IReadOnlyList<ProgramChoice>? Items = null, int? Minimum = null, StaffDegree? MinDegree = null, bool English = false,
    bool Evidence = false, bool Industry = false, bool Public = false)
{
    public IReadOnlyList<ProgramChoice> Choices => Items ?? [];
}
