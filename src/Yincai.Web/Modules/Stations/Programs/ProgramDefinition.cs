using System.Text.Json;
using System.Text.Json.Serialization;

namespace Yincai.Modules.Stations.Programs;

/// <summary>
/// A station program as its notice sets it: who names the stations, the types, the conditions with their checked numbers,
/// the review stages, the public-notice length, the targets and the evaluation. Kept as JSON on <see cref="StationProgram"/>.
/// </summary>
public sealed record ProgramDefinition(
    string Code,
    ProgramText Name,
    ProgramText Authority,
    ProgramText Plaque,
    string RegionCode,
    string NumberPrefix,
    string Source,
    IReadOnlyList<ProgramChoice> Types,
    IReadOnlyList<string> Services,
    IReadOnlyList<StationCondition> Conditions,
    IReadOnlyList<ReviewStage> Stages,
    int NoticeWorkingDays,
    int PassScore,
    ProgramTargets Targets,
    IReadOnlyList<EvaluationCriterion> Evaluation,
    int EvaluationPassScore,
    DateOnly? PilotFrom = null,
    DateOnly? PilotTo = null)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static ProgramDefinition Parse(string json) =>
        JsonSerializer.Deserialize<ProgramDefinition>(json, Json) ?? throw new InvalidOperationException("An empty program definition.");

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public bool HasLodging => Services.Contains(StationServices.Lodging);

    public StationCondition? Condition(string key) => Conditions.FirstOrDefault(c => c.Key == key);
}
