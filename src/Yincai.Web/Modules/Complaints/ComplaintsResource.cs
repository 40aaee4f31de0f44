namespace Yincai.Modules.Complaints;

/// <summary>Marker for the module's texts (ComplaintsResource.resx in zh-CN, .en.resx in English).</summary>
public sealed class ComplaintsResource;
