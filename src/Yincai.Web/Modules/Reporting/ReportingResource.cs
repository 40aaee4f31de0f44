namespace Yincai.Modules.Reporting;

/// <summary>Marker for the module's texts (ReportingResource.resx in zh-CN, .en.resx in English).</summary>
public sealed class ReportingResource;
