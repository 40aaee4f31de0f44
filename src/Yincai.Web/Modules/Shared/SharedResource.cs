namespace Yincai.Modules.Shared;

/// <summary>Marker for texts shared by every page (SharedResource.resx in zh-CN, .en.resx in English).</summary>
public sealed class SharedResource;
