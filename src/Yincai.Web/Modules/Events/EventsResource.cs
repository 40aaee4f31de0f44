namespace Yincai.Modules.Events;

/// <summary>Marker for the module's texts (EventsResource.resx in zh-CN, .en.resx in English).</summary>
public sealed class EventsResource;
