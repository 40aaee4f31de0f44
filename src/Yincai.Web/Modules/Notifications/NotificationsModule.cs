using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Notifications.Contracts;
namespace Yincai.Modules.Notifications;

public static class NotificationsModule
{
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizeFolder("/Notifications"));
        services.AddScoped<Inbox>();
        return services;
    }
}
