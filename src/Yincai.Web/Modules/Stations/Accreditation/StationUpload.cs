namespace Yincai.Modules.Stations.Accreditation;

/// <summary>A file uploaded for one condition.</summary>
public sealed record StationUpload(string ConditionKey, string FileName, byte[] Content);
