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
        services.AddSingleton(new NavigationItem("Nav_Reporting", "/Reporting", AccessPolicies.Officer, typeof(ReportingResource), 140));
        return services;
    }
}
