using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Complaints;

public static class ComplaintsModule
{
    public static IServiceCollection AddComplaints(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ComplaintsOptions>().Bind(configuration.GetSection(ComplaintsOptions.Section));
        services.Configure<RazorPagesOptions>(o =>
        {
            // The published channel (GRD-14): filing and following need no account.
            o.Conventions.AllowAnonymousToPage("/Complaints/Index");
            o.Conventions.AllowAnonymousToPage("/Complaints/Track");
            o.Conventions.AuthorizeFolder("/Complaints/Manage", AccessPolicies.Officer);
        });
        services.AddScoped<ComplaintIntake>();
        services.AddScoped<ComplaintHandling>();
        services.AddScoped<ComplaintStatistics>();
        services.AddScoped<ComplaintDeadlineRound>();
        services.AddScoped<Contracts.ComplaintRecord>();
        services.AddScoped<IDemoSeeder, Demo.ComplaintsDemoSeeder>();
        services.AddSingleton<ComplaintDeadlines>();
        services.AddHostedService(sp => sp.GetRequiredService<ComplaintDeadlines>());
        services.AddSingleton(new NavigationItem("Nav_ManageComplaints", "/Complaints/Manage", AccessPolicies.Officer, typeof(ComplaintsResource), 175,
            NavigationGroup.People)
        {
            Count = (sp, ct) => sp.GetRequiredService<ComplaintHandling>().WaitingCountAsync(ct),
        });
        return services;
    }
}
