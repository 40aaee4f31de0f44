using System.Text.Json;
using Yincai.Platform;

namespace Yincai.Modules.Graduates;

/// <summary>One part of a service standard: at least <see cref="Count"/> services of any of <see cref="Kinds"/> in the year.</summary>
public sealed record ServiceRequirement(IReadOnlyList<ServiceKind> Kinds, int Count);

/// <summary>
/// GRD-02's standard as data: what each graduate who wants a job is owed by 31 December in a region and the regions under it, where
/// none nearer says otherwise. Without any, the notice's 3 targeted services of any kind; a region may set a package such as the
/// national "1131" practice. Met by a graduate's services of the year (<see cref="IsMetBy"/>).
/// </summary>
public sealed class ServiceStandard : IRegionScoped
{
    private ServiceStandard() { }

    public ServiceStandard(string regionCode, IEnumerable<ServiceRequirement> requirements, DateTime nowUtc)
    {
        Id = Ids.New();
        RegionCode = regionCode;
        Set(requirements, nowUtc);
    }

    public Guid Id { get; private set; }
    public string RegionCode { get; private set; } = "";
    /// <summary>The requirements as JSON (kinds by name), so that a package needs no schema of its own.</summary>
    public string RequirementsJson { get; private set; } = "[]";
    public DateTime UpdatedAtUtc { get; private set; }
    public int Version { get; private set; }

    public IReadOnlyList<ServiceRequirement> Requirements =>
        JsonSerializer.Deserialize<List<ServiceRequirement>>(RequirementsJson, Json) ?? [];

    public void Set(IEnumerable<ServiceRequirement> requirements, DateTime nowUtc)
    {
        RequirementsJson = JsonSerializer.Serialize(requirements.ToList(), Json);
        UpdatedAtUtc = nowUtc;
        Version++;
    }

    /// <summary>The notice's default: this many targeted services of any kind.</summary>
    public static IReadOnlyList<ServiceRequirement> Default(int count) =>
        [new(Enum.GetValues<ServiceKind>().Where(k => k != ServiceKind.Contact).ToList(), count)];

    /// <summary>The national "1131" practice: one policy briefing, one career guidance, three job recommendations, one training or
    /// internship offer.</summary>
    public static IReadOnlyList<ServiceRequirement> Package1131 { get; } =
    [
        new([ServiceKind.PolicyConsultation], 1), new([ServiceKind.CareerGuidance], 1), new([ServiceKind.JobRecommendation], 3),
        new([ServiceKind.TrainingReferral, ServiceKind.InternshipPlacement], 1),
    ];

    /// <summary>Whether services of these kinds (one entry per service, contacts included or not) meet every requirement. A service
    /// counts once, toward the first requirement it fits that still needs it.</summary>
    public static bool IsMetBy(IReadOnlyList<ServiceRequirement> requirements, IEnumerable<ServiceKind> services)
    {
        var left = requirements.Select(r => r.Count).ToArray();
        foreach (var kind in services.Where(k => k != ServiceKind.Contact))
            for (var i = 0; i < requirements.Count; i++)
                if (left[i] > 0 && requirements[i].Kinds.Contains(kind)) { left[i]--; break; }
        return left.All(n => n <= 0);
    }

    private static readonly JsonSerializerOptions Json = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };
}
