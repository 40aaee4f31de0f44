namespace Yincai.Modules.Stations.Accreditation;

/// <summary>A file on an application, as lists name it.</summary>
public sealed record EvidenceItem(Guid Id, string ConditionKey, string FileName);
