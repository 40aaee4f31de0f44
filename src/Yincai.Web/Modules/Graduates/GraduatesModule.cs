using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Graduates;

public static class GraduatesModule
{
    public static IServiceCollection AddGraduates(this IServiceCollection services)
    {
        services.AddOptions<GraduatesOptions>().BindConfiguration("Graduates").ValidateDataAnnotations().ValidateOnStart();
        services.Configure<RazorPagesOptions>(o =>
        {
            foreach (var page in new[] { "Index", "Details", "New", "Compliance", "Disadvantaged", "HelpPlan", "Internships", "Standard" })
                o.Conventions.AuthorizePage("/Graduates/" + page, AccessPolicies.Officer);
            // The graduates' own phone form is public ([AllowAnonymous] on its model).
        });
        services.AddScoped<RealNameDatabase>();
        services.AddScoped<HelpPlans>();
        services.AddScoped<ServiceStandards>();
        services.AddScoped<Internships>();
        services.AddScoped<IFollowsEmployment, GraduateHires>();
        services.AddScoped<Imports.Contracts.IRowImporter, GraduateImporter>();
        services.AddScoped<IDemoSeeder, Demo.GraduatesDemoSeeder>();
        services.AddSingleton(new NavigationItem("Nav_Graduates", "/Graduates", AccessPolicies.Officer, typeof(GraduatesResource), 152, NavigationGroup.People)
        {
            Count = (sp, ct) => NavigationMenu.CappedCountAsync(
                sp.GetRequiredService<YincaiDb>().Graduates.ContactOverdue(sp.GetRequiredService<ChinaClock>().Today), ct),
        });
        return services;
    }

    public static IEndpointRouteBuilder MapGraduates(this IEndpointRouteBuilder app)
    {
        GraduatesEndpoints.Map(app);
        return app;
    }
}
