namespace Yincai.Modules.Regions.Contracts;

/// <summary>The two-step region picker of forms: the provinces, the chosen one, and its cities and counties.</summary>
public sealed record RegionChoices(IReadOnlyList<RegionSummary> Provinces, string? Province, IReadOnlyList<RegionSummary> Regions)
{
    /// <summary>The post only changed the province (the no-script button, or the select's auto-submit).</summary>
    public static bool IsProvincePick(bool pickProvince, string? autoPick) => pickProvince || autoPick == "true";
}
