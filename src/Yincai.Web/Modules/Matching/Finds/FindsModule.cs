using Yincai.Modules.Accounts.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Matching.Finds;

/// <summary>The six finds' startup code: the search that gathers every module's <see cref="ISixFindsSource"/> (each
/// module registers its own), its menu entry and its API.</summary>
public static class FindsModule
{
    public static IServiceCollection AddFinds(this IServiceCollection services)
    {
        services.AddScoped<SixFindsSearch>();
        services.AddSingleton(new NavigationItem("Nav_Finds", "/Finds", AccessPolicies.SignedIn, typeof(FindsResource), 5) { TileOnly = true });
        return services;
    }

    public static IEndpointRouteBuilder MapFinds(this IEndpointRouteBuilder app)
    {
        FindsEndpoints.Map(app);
        return app;
    }
}
