namespace Yincai.Modules.Notifications;

/// <summary>Marker for the module's texts (NotificationsResource.resx in zh-CN, .en.resx in English).</summary>
public sealed class NotificationsResource;
