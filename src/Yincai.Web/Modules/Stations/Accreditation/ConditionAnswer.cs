namespace Yincai.Modules.Stations.Accreditation;

/// <summary>An applicant's answer to one condition: the items ticked, the text, the number, the industry.</summary>
public sealed record ConditionAnswer(IReadOnlyList<string>? Ticked = null, string? Text = null, int? Number = null, string? Industry = null);
