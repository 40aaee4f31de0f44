namespace Yincai.Modules.Policies;

/// <summary>Marker for the module's texts (PoliciesResource.resx in zh-CN, .en.resx in English).</summary>
public sealed class PoliciesResource;
