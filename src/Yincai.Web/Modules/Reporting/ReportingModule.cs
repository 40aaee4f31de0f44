using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Reporting;

public static class ReportingModule
{
    public static IServiceCollection AddReporting(this IServiceCollection services)
    {
        // Officers report their scope upward; nobody else sees the figures.
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizeFolder("/Reporting", AccessPolicies.Officer));
        services.AddScoped<Dashboards>();
        services.AddScoped<Files.ReportFiles>();
        services.AddScoped<Files.ReportScheduleRound>();
        services.AddSingleton<Files.ReportSchedule>();
        services.AddHostedService(sp => sp.GetRequiredService<Files.ReportSchedule>());
        // First under 系统: the top row of the menu has no room left at 1366 px (MenuLayoutTests); the workspace shows it as a tile.
        services.AddSingleton(new NavigationItem("Nav_Reporting", "/Reporting", AccessPolicies.Officer, typeof(ReportingResource), 100, NavigationGroup.System));
        return services;
    }

    public static IEndpointRouteBuilder MapReporting(this IEndpointRouteBuilder app)
    {
        ReportingEndpoints.Map(app);
        return app;
    }
}
