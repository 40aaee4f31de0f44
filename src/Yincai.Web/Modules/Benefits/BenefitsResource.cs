namespace Yincai.Modules.Benefits;

/// <summary>Marker for the module's texts (BenefitsResource.resx in zh-CN, .en.resx in English).</summary>
public sealed class BenefitsResource;
