namespace Yincai.Modules.Imports;

/// <summary>Marker for the module's texts (ImportsResource.resx in zh-CN, .en.resx in English).</summary>
public sealed class ImportsResource;
