using Yincai.Modules.Notifications.Contracts;
namespace Yincai.Modules.Notifications;

public static class NotificationsModule
{
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddScoped<Inbox>();
        return services;
    }
}
