using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Benefits;

/// <summary>Benefits as data (issue 18): benefits and their rules, claimants' facts from records, claims, approval, payment batches and
/// policy finds people.</summary>
public static class BenefitsModule
{
    /// <summary>Who claims: a talent, or a member of an employer.</summary>
    public const string ClaimantPolicy = "benefits_claimant";

    /// <summary>A claim is read by its claimant and by the officers who review it.</summary>
    public const string ClaimPolicy = "benefits_claim";

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
        services.AddScoped<Claims.InstalmentReminderRound>();
        services.AddSingleton<Claims.InstalmentReminders>();
        services.AddHostedService(sp => sp.GetRequiredService<Claims.InstalmentReminders>());
        services.AddScoped<IDemoSeeder, Demo.BenefitsDemoSeeder>();
        // The list of benefits is public ([AllowAnonymous] on its page model), a tab beside the notices and their funds.
        services.Configure<RazorPagesOptions>(o =>
        {
            o.Conventions.AuthorizePage("/Benefits/Mine", ClaimantPolicy);
            o.Conventions.AuthorizePage("/Benefits/Claim", ClaimPolicy);
            foreach (var page in new[] { "Applications", "Batches", "Runs", "Manage" })
                o.Conventions.AuthorizePage("/Benefits/" + page, AccessPolicies.Officer);
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(ClaimantPolicy, p => p.RequireRole(Roles.Talent, Roles.EmployerUser))
            .AddPolicy(ClaimPolicy, p => p.RequireRole(Roles.Talent, Roles.EmployerUser, Roles.Officer));
        // A workspace tile: a talent's menu at 1366 px has no room for another entry; the inbox links here too.
        services.AddSingleton(new NavigationItem("Nav_MyBenefits", "/Benefits/Mine", ClaimantPolicy, typeof(BenefitsResource), 49) { TileOnly = true });
        services.AddSingleton(new NavigationItem("Nav_Applications", "/Benefits/Applications", AccessPolicies.Officer, typeof(BenefitsResource), 231,
            NavigationGroup.Benefits)
        {
            Count = (sp, ct) => NavigationMenu.CappedCountAsync(
                sp.GetRequiredService<YincaiDb>().BenefitApplications.Where(a => a.Status == Claims.ApplicationStatus.Submitted), ct),
        });
        services.AddSingleton(new NavigationItem("Nav_Batches", "/Benefits/Batches", AccessPolicies.Officer, typeof(BenefitsResource), 232,
            NavigationGroup.Benefits));
        services.AddSingleton(new NavigationItem("Nav_Runs", "/Benefits/Runs", AccessPolicies.Officer, typeof(BenefitsResource), 233, NavigationGroup.Benefits));
        services.AddSingleton(new NavigationItem("Nav_Manage", "/Benefits/Manage", AccessPolicies.Officer, typeof(BenefitsResource), 234,
            NavigationGroup.Benefits));
        return services;
    }

    public static IEndpointRouteBuilder MapBenefits(this IEndpointRouteBuilder app)
    {
        BenefitsEndpoints.Map(app);
        return app;
    }
}
