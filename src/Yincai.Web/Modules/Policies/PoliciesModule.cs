using Yincai.Platform;

namespace Yincai.Modules.Policies;

public static class PoliciesModule
{
    public static IServiceCollection AddPolicies(this IServiceCollection services)
    {
        // Every page of Policies is public: each says [AllowAnonymous] on its page model.
        services.AddSingleton<Contracts.PolicyCatalog>();
        services.AddScoped<ISixFindsSource, PolicyFinds>();
        services.AddScoped<ISixFindsSource, FundFinds>();
        return services;
    }

    public static IEndpointRouteBuilder MapPolicies(this IEndpointRouteBuilder app)
    {
        PoliciesEndpoints.Map(app);
        return app;
    }
}
