using System.Text.Json;
using Yincai.Modules.Stations.Programs;

namespace Yincai.Modules.Stations.Accreditation;

/// <summary>The condition answers and the staff list of an application, kept as one JSON column: their shape follows the
/// program's conditions, which are data.</summary>
public sealed record StationContent(IReadOnlyDictionary<string, ConditionAnswer> Answers, IReadOnlyList<ServiceStaff> Staff)
{
    public static StationContent Empty { get; } = new(new Dictionary<string, ConditionAnswer>(), []);

    public ConditionAnswer Answer(string key) => Answers.GetValueOrDefault(key) ?? new ConditionAnswer();

    public string ToJson() => JsonSerializer.Serialize(this, ProgramDefinition.Json);

    public static StationContent Parse(string json) =>
        string.IsNullOrEmpty(json) ? Empty : JsonSerializer.Deserialize<StationContent>(json, ProgramDefinition.Json) ?? Empty;
}
