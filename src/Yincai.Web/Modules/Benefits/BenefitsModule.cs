using Yincai.Platform;

namespace Yincai.Modules.Benefits;

/// <summary>Benefits as data (issue 18): benefits and their rules, claimants' facts from records, claims, approval, payment batches and
/// policy finds people.</summary>
public static class BenefitsModule
{
    public static IServiceCollection AddBenefits(this IServiceCollection services)
    {
        services.AddScoped<Rules.RuleCompiler>();
        services.AddSingleton<CompiledRulesCache>();
        services.AddScoped<BenefitCatalog>();
        services.AddScoped<Facts.ClaimantFacts>();
        services.AddScoped<Claims.BenefitClaims>();
        services.AddScoped<Claims.PaymentBatches>();
        services.AddScoped<Finding.PolicyFinder>();
        services.AddOptions<Finding.BenefitsOptions>().BindConfiguration("Benefits").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Finding.PolicyFinderSchedule>();
        services.AddHostedService(sp => sp.GetRequiredService<Finding.PolicyFinderSchedule>());
        services.AddScoped<IDemoSeeder, Demo.BenefitsDemoSeeder>();
        // The list of benefits is public ([AllowAnonymous] on its page model), a tab beside the notices and their funds.
        return services;
    }
}
