using Yincai.Platform;

namespace Yincai.Modules.Benefits;

/// <summary>Benefits as data (issue 18): so far the rules officers write, checked and compiled; benefits, applications and payments
/// come on top.</summary>
public static class BenefitsModule
{
    public static IServiceCollection AddBenefits(this IServiceCollection services)
    {
        services.AddScoped<Rules.RuleCompiler>();
        services.AddScoped<BenefitCatalog>();
        services.AddScoped<IDemoSeeder, Demo.BenefitsDemoSeeder>();
        // The list of benefits is public ([AllowAnonymous] on its page model), a tab beside the notices and their funds.
        return services;
    }
}
