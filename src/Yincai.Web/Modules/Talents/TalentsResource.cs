namespace Yincai.Modules.Talents;

/// <summary>Marker for the module's texts (TalentsResource.resx in zh-CN, .en.resx in English).</summary>
public sealed class TalentsResource;
