namespace Yincai.Modules.Regions;

/// <summary>Marker for the module's texts (RegionsResource.resx in zh-CN, .en.resx in English).</summary>
public sealed class RegionsResource;
