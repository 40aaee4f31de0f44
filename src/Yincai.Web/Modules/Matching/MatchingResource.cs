namespace Yincai.Modules.Matching;

/// <summary>Marker for the module's texts (MatchingResource.resx in zh-CN, .en.resx in English).</summary>
public sealed class MatchingResource;
