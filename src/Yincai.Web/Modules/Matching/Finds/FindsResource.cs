namespace Yincai.Modules.Matching.Finds;

/// <summary>Marker for the six finds' texts (FindsResource.resx in zh-CN, .en.resx in English).</summary>
public sealed class FindsResource;
