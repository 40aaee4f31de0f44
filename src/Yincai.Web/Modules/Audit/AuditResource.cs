namespace Yincai.Modules.Audit;

/// <summary>Marker for the module's texts (AuditResource.resx in zh-CN, .en.resx in English).</summary>
public sealed class AuditResource;
