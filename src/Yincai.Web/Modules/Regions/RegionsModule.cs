using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Accounts;
using Yincai.Platform;

namespace Yincai.Modules.Regions;

public static class RegionsModule
{
    public static IServiceCollection AddRegions(this IServiceCollection services)
    {
        services.AddScoped<ReferenceDataLoader>();
        services.AddSingleton<WorkingDays>();
        services.AddScoped<Contracts.OfficeDirectory>();
        services.AddScoped<Contracts.RegionDirectory>();
        services.AddScoped<ISixFindsSource, OfficeFinds>();
        services.AddSingleton(new NavigationItem("Nav_Offices", "/Regions/Offices", AccessPolicies.Officer, typeof(RegionsResource), 235, NavigationGroup.System));
        return services;
    }

    public static IEndpointRouteBuilder MapRegions(this IEndpointRouteBuilder app)
    {
        RegionsEndpoints.Map(app);
        return app;
    }
}
