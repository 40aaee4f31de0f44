using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Matching.Scoring;
using Yincai.Platform;

namespace Yincai.Modules.Matching;

public static class MatchingModule
{
    public static IServiceCollection AddMatching(this IServiceCollection services)
    {
        services.AddOptions<MatchingOptions>().BindConfiguration("Matching").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(_ => new MatchIndex());
        services.AddSingleton<FeatureMapper>();
        services.AddSingleton<MatchingSync>();
        services.AddHostedService(sp => sp.GetRequiredService<MatchingSync>());
        services.AddHealthChecks().AddCheck<MatchIndexHealthCheck>(MatchIndexHealthCheck.Name, tags: [Health.Ready]);
        services.AddScoped<ReasonWriter>();
        services.AddScoped<Matches>();
        services.AddScoped<LocalTalentRanking>();
        services.AddHttpClient<RemoteTalentRanking>(c => c.Timeout = TimeSpan.FromSeconds(5));
        services.AddScoped<ITalentRanking>(sp => sp.GetRequiredService<MatchingSync>().HoldsTalents
            ? sp.GetRequiredService<LocalTalentRanking>() : sp.GetRequiredService<RemoteTalentRanking>());
        services.AddScoped<Contracts.TalentJobs>();
        services.AddScoped<Contracts.ApplicantFits>();
        services.AddScoped<Digests.TalentDigestRound>();
        services.AddSingleton<Digests.TalentDigests>();
        services.AddHostedService(sp => sp.GetRequiredService<Digests.TalentDigests>());
        services.AddSingleton(new NavigationItem("Nav_MatchedJobs", "/Matching", AccessPolicies.Talent, typeof(MatchingResource), 41));
        services.AddSingleton(new NavigationItem("Nav_Phds", "/Matching/Phds", AccessPolicies.Officer, typeof(MatchingResource), 158, NavigationGroup.People));
        services.AddSingleton(new HomePanel(MatchedJobsViewComponent.Name, AccessPolicies.Talent, 10));
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizeFolder("/Matching"));
        return services;
    }

    public static WebApplication MapMatching(this WebApplication app)
    {
        MatchingEndpoints.Map(app);
        TalentRankingEndpoint.Map(app);
        return app;
    }
}
