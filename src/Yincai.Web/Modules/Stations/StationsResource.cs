namespace Yincai.Modules.Stations;

/// <summary>Marker for the module's texts (StationsResource.resx in zh-CN, .en.resx in English).</summary>
public sealed class StationsResource;
