using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Accounts;
using Yincai.Platform;

namespace Yincai.Modules.Regions;

public static class RegionsModule
{
    public static IServiceCollection AddRegions(this IServiceCollection services)
    {
        // The public directory of offices (/Offices) says [AllowAnonymous] on its page model.
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizeFolder("/Regions/Offices", AccessPolicies.Officer));
        services.AddScoped<ReferenceDataLoader>();
        services.AddScoped<IReferenceData>(sp => sp.GetRequiredService<ReferenceDataLoader>());
        services.AddScoped<IDemoSeeder, Demo.DemoOffices>();
        services.AddSingleton<WorkingDays>();
        services.AddScoped<Contracts.OfficeDirectory>();
        services.AddScoped<Contracts.RegionDirectory>();
        services.AddScoped<ISixFindsSource, OfficeFinds>();
        services.AddSingleton(new NavigationItem("Nav_Offices", "/Regions/Offices", AccessPolicies.Officer, typeof(RegionsResource), 100));
        return services;
    }

    public static IEndpointRouteBuilder MapRegions(this IEndpointRouteBuilder app)
    {
        RegionsEndpoints.Map(app);
        return app;
    }
}
