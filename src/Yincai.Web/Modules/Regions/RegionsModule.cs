namespace Yincai.Modules.Regions;

public static class RegionsModule
{
    public static IServiceCollection AddRegions(this IServiceCollection services)
    {
        services.AddScoped<ReferenceDataLoader>();
        services.AddSingleton<WorkingDays>();
        return services;
    }

    public static IEndpointRouteBuilder MapRegions(this IEndpointRouteBuilder app)
    {
        RegionsEndpoints.Map(app);
        return app;
    }
}
