namespace Yincai.Modules.Employers;

/// <summary>Marker for the module's texts (EmployersResource.resx in zh-CN, .en.resx in English).</summary>
public sealed class EmployersResource;
