using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Stations.Accreditation;
using Yincai.Modules.Stations.Programs;
using Yincai.Platform;

namespace Yincai.Modules.Stations;

public static class StationsModule
{
    /// <summary>Station operators: the applicant organisations' accounts, and the named stations' once named.</summary>
    public const string Operators = "station_operators";

    /// <summary>Those who review applications: officers of the stages and the experts (reviewer accounts).</summary>
    public const string Reviewers = "station_reviewers";

    public static IServiceCollection AddStations(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Operators, p => p.RequireRole(Roles.StationOperator))
            .AddPolicy(Reviewers, p => p.RequireRole(Roles.Officer, Roles.Reviewer));
        services.Configure<RazorPagesOptions>(o =>
        {
            // The list of named stations, their pages and the certificate check are public (STN-06, RET-09).
            foreach (var page in new[] { "Index", "View", "Verify" })
                o.Conventions.AllowAnonymousToPage("/Stations/" + page);
            o.Conventions.AuthorizePage("/Stations/Mine", Operators);
            o.Conventions.AuthorizePage("/Stations/Tokens", Operators);
            o.Conventions.AuthorizePage("/Stations/Webhooks", Operators);
            o.Conventions.AuthorizePage("/Stations/Operation/Services", Operators);
            o.Conventions.AuthorizePage("/Stations/Operation/Received", AccessPolicies.Talent);
            o.Conventions.AuthorizePage("/Stations/Operation/Plan", Operators);
            o.Conventions.AuthorizePage("/Stations/Lodging/Rooms", Operators);
            o.Conventions.AuthorizePage("/Stations/Rewards/Index", Operators);
            o.Conventions.AuthorizePage("/Stations/Rewards/Review", AccessPolicies.Officer);
            o.Conventions.AuthorizePage("/Stations/Lodging/Book", AccessPolicies.Talent);
            o.Conventions.AuthorizePage("/Stations/Operation/Plans", AccessPolicies.Officer);
            o.Conventions.AuthorizePage("/Stations/Accreditation/Apply", Operators);
            o.Conventions.AuthorizePage("/Stations/Accreditation/Review", Reviewers);
            o.Conventions.AuthorizePage("/Stations/Accreditation/Application", Reviewers);
            o.Conventions.AuthorizePage("/Stations/Programs", AccessPolicies.Officer);
            o.Conventions.AuthorizePage("/Stations/Evaluation/Index", Reviewers);
        });
        services.AddScoped<IReferenceData, StationProgramData>();
        services.AddScoped<StationAccreditation>();
        services.AddScoped<StationPages>();
        services.AddScoped<Operation.StationOperation>();
        services.AddScoped<Contracts.StationDirectory>();
        services.AddScoped<Contracts.StationProgress>();
        services.AddScoped<Evaluation.StationEvaluations>();
        services.AddScoped<Operation.EventPlans>();
        services.AddScoped<Operation.HomeNetwork>();
        services.AddScoped<Lodging.StationLodging>();
        services.AddScoped<Rewards.StationRewards>();
        services.AddSingleton<StationDocuments>();
        services.AddScoped<ISixFindsSource, StationFinds>();
        services.AddScoped<IDemoSeeder, Demo.StationsDemoSeeder>();
        services.AddSingleton(new NavigationItem("Nav_MyStation", "/Stations/Mine", Operators, typeof(StationsResource), 60, NavigationGroup.Stations));
        services.AddSingleton(new NavigationItem("Nav_StationServices", "/Stations/Operation/Services", Operators, typeof(StationsResource), 61, NavigationGroup.Stations));
        // A tile on the talent's workspace, not a menu entry: the talent's menu is full at 1366 px.
        services.AddSingleton(new NavigationItem("Nav_Received", "/Stations/Operation/Received", AccessPolicies.Talent, typeof(StationsResource), 49)
        {
            TileOnly = true,
        });
        services.AddSingleton(new NavigationItem("Nav_StationReview", "/Stations/Accreditation/Review", Reviewers, typeof(StationsResource), 170,
            NavigationGroup.People)
        {
            Count = (sp, ct) => sp.GetRequiredService<StationPages>().WaitingCountAsync(ct),
        });
        services.AddSingleton(new NavigationItem("Nav_Rooms", "/Stations/Lodging/Rooms", Operators, typeof(StationsResource), 63, NavigationGroup.Stations));
        services.AddSingleton(new NavigationItem("Nav_Rewards", "/Stations/Rewards", Operators, typeof(StationsResource), 64, NavigationGroup.Stations));
        services.AddSingleton(new NavigationItem("Nav_RewardReview", "/Stations/Rewards/Review", AccessPolicies.Officer, typeof(StationsResource), 171,
            NavigationGroup.People));
        services.AddSingleton(new NavigationItem("Nav_EventPlan", "/Stations/Operation/Plan", Operators, typeof(StationsResource), 62, NavigationGroup.Stations));
        services.AddSingleton(new NavigationItem("Nav_EventPlans", "/Stations/Operation/Plans", AccessPolicies.Officer, typeof(StationsResource), 170,
            NavigationGroup.People));
        services.AddSingleton(new NavigationItem("Nav_StationPrograms", "/Stations/Programs", AccessPolicies.Officer, typeof(StationsResource), 171,
            NavigationGroup.People));
        services.AddSingleton(new NavigationItem("Nav_Stations", "/Stations", Reviewers, typeof(StationsResource), 172, NavigationGroup.People));
        return services;
    }

    public static IEndpointRouteBuilder MapStations(this IEndpointRouteBuilder app)
    {
        StationsEndpoints.Map(app);
        return app;
    }
}
