using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Graduates;

public static class GraduatesModule
{
    /// <summary>A university's office or an officer: the campus overview serves both.</summary>
    public const string CampusPolicy = "graduates_campus";

    /// <summary>A university's API token that may read its graduates.</summary>
    public const string CampusApiPolicy = "graduates_campus_api";

    public static IServiceCollection AddGraduates(this IServiceCollection services)
    {
        services.AddOptions<GraduatesOptions>().BindConfiguration("Graduates").ValidateDataAnnotations().ValidateOnStart();
        services.Configure<RazorPagesOptions>(o =>
        {
            foreach (var page in new[] { "Index", "Details", "New", "Compliance", "Disadvantaged", "HelpPlan", "Internships", "Standard" })
                o.Conventions.AuthorizePage("/Graduates/" + page, AccessPolicies.Officer);
            // The graduates' own phone form is public ([AllowAnonymous] on its model).
            // The campus side: a university's employment office, and officers for the campuses of their scope; the contact card
            // is public ([AllowAnonymous]).
            o.Conventions.AuthorizePage("/Graduates/Campus/Index", CampusPolicy);
            foreach (var page in new[] { "Join", "Station", "Classes", "Graduates", "Graduate", "Tokens", "Webhooks" })
                o.Conventions.AuthorizePage("/Graduates/Campus/" + page, AccessPolicies.University);
            o.Conventions.AuthorizePage("/Graduates/Campus/Universities", AccessPolicies.Officer);
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(CampusPolicy, p => p.RequireRole(Roles.University, Roles.Officer))
            .AddPolicy(CampusApiPolicy, p => p.RequireClaim(OrganisationPrincipal.OrganisationKindClaim, OrganisationKinds.University)
                .RequireClaim(OrganisationPrincipal.ScopeClaim, TokenScopes.GraduatesRead));
        services.AddScoped<Campus.CampusOffice>();
        services.AddScoped<Campus.CampusGraduates>();
        services.AddScoped<RealNameDatabase>();
        services.AddScoped<HelpPlans>();
        services.AddScoped<ServiceStandards>();
        services.AddScoped<Internships>();
        services.AddScoped<Contracts.GraduateProofs>();
        services.AddScoped<Contracts.GraduateFigures>();
        services.AddScoped<IFollowsEmployment, GraduateHires>();
        services.AddScoped<Imports.Contracts.IRowImporter, GraduateImporter>();
        services.AddScoped<IDemoSeeder, Demo.GraduatesDemoSeeder>();
        services.AddScoped<ContactReminderRound>();
        services.AddScoped<Counts.CohortCounts>();
        services.AddScoped<Counts.ContactServiceCounts>();
        services.AddSingleton<Counts.CohortCountsUpkeep>();
        services.AddHostedService(sp => sp.GetRequiredService<Counts.CohortCountsUpkeep>());
        services.AddSingleton<ContactReminders>();
        services.AddHostedService(sp => sp.GetRequiredService<ContactReminders>());
        services.AddScoped<IDemoSeeder, Campus.CampusDemoSeeder>();
        services.AddSingleton(new NavigationItem("Nav_Graduates", "/Graduates", AccessPolicies.Officer, typeof(GraduatesResource), 152, NavigationGroup.People)
        {
            Count = (sp, ct) => NavigationMenu.CappedCountAsync(
                sp.GetRequiredService<YincaiDb>().Graduates.ContactOverdue(sp.GetRequiredService<ChinaClock>().Today), ct),
        });
        services.AddSingleton(new NavigationItem("Nav_Campus", "/Graduates/Campus", AccessPolicies.University, typeof(GraduatesResource), 60));
        services.AddSingleton(new NavigationItem("Nav_Campuses", "/Graduates/Campus/Universities", AccessPolicies.Officer, typeof(GraduatesResource), 153,
            NavigationGroup.People)
        {
            Count = (sp, ct) => NavigationMenu.CappedCountAsync(
                sp.GetRequiredService<YincaiDb>().CampusMembers.Where(m => m.Status == Campus.CampusMemberStatus.Pending), ct),
        });
        return services;
    }

    public static IEndpointRouteBuilder MapGraduates(this IEndpointRouteBuilder app)
    {
        GraduatesEndpoints.Map(app);
        return app;
    }
}
