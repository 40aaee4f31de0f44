namespace Yincai.Modules.Jobs;

/// <summary>Marker for the module's texts (JobsResource.resx in zh-CN, .en.resx in English).</summary>
public sealed class JobsResource;
