using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Notifications.Delivery;
using Yincai.Platform;

namespace Yincai.Modules.Notifications;

public static class NotificationsModule
{
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RazorPagesOptions>(o =>
        {
            o.Conventions.AuthorizeFolder("/Notifications");
            o.Conventions.AuthorizePage("/Notifications/Delivery", AccessPolicies.ManageAccounts);
            // The digest's unsubscribe link works without signing in: its token is the authority.
            o.Conventions.AllowAnonymousToPage("/Notifications/Unsubscribe");
        });
        services.AddOptions<NotificationsOptions>().Bind(configuration.GetSection(NotificationsOptions.Section));
        services.AddScoped<Inbox>();
        services.AddScoped<Notifier>();
        services.AddScoped<MobileCodes>();
        services.AddScoped<DigestSubscriptions>();
        services.AddSingleton<MessageTemplates>();
        services.AddScoped<OutboxDelivery>();
        services.AddScoped<DevelopmentDelivery>();
        services.AddHttpClient<HttpSmsGateway>(c => c.Timeout = TimeSpan.FromSeconds(15));
        services.AddScoped<SmtpEmailTransport>();
        services.AddScoped<Contracts.Webhooks>();
        services.AddHttpClient<Webhooks.WebhookTransport>((sp, c) => c.Timeout = sp.GetRequiredService<IOptions<NotificationsOptions>>().Value.Webhooks.Timeout)
            .ConfigurePrimaryHttpMessageHandler(sp => Webhooks.WebhookTransport.Handler(sp.GetRequiredService<IOptions<NotificationsOptions>>()));
        // Without an SMTP host or an SMS gateway, messages stay on the delivery page (development, demo).
        services.AddScoped<IEmailTransport>(sp => string.IsNullOrWhiteSpace(sp.GetRequiredService<IOptions<NotificationsOptions>>().Value.Smtp.Host)
            ? sp.GetRequiredService<DevelopmentDelivery>() : sp.GetRequiredService<SmtpEmailTransport>());
        services.AddScoped<ISmsGateway>(sp => string.IsNullOrWhiteSpace(sp.GetRequiredService<IOptions<NotificationsOptions>>().Value.Sms.Url)
            ? sp.GetRequiredService<DevelopmentDelivery>() : sp.GetRequiredService<HttpSmsGateway>());
        services.AddSingleton<OutboxSender>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxSender>());
        services.AddSingleton(new NavigationItem("Nav_Delivery", "/Notifications/Delivery", AccessPolicies.ManageAccounts, typeof(NotificationsResource), 190, NavigationGroup.System));
        services.AddSingleton(new NavigationItem("Nav_Preferences", "/Notifications/Preferences", AccessPolicies.SignedIn, typeof(NotificationsResource), 900) { TileOnly = true });
        return services;
    }

    public static IEndpointRouteBuilder MapNotifications(this IEndpointRouteBuilder app)
    {
        NotificationsEndpoints.Map(app);
        return app;
    }
}
