namespace Yincai.Modules.Benefits;

/// <summary>Benefits as data (issue 18): so far the rules officers write, checked and compiled; benefits, applications and payments
/// come on top.</summary>
public static class BenefitsModule
{
    public static IServiceCollection AddBenefits(this IServiceCollection services)
    {
        services.AddScoped<Rules.RuleCompiler>();
        services.AddScoped<BenefitCatalog>();
        return services;
    }
}
