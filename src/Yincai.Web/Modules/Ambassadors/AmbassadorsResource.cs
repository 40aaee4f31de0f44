namespace Yincai.Modules.Ambassadors;

/// <summary>Marker for the module's texts (AmbassadorsResource.resx, zh-CN; .en.resx).</summary>
public sealed class AmbassadorsResource;
