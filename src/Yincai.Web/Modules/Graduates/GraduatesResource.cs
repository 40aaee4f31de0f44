namespace Yincai.Modules.Graduates;

/// <summary>Marker for the module's texts (GraduatesResource.resx, zh-CN; .en.resx).</summary>
public sealed class GraduatesResource;
