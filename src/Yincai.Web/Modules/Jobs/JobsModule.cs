using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Imports.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Jobs.Import;
using Yincai.Platform;

namespace Yincai.Modules.Jobs;

public static class JobsModule
{
    /// <summary>An employer's member, or the employer's API key; each endpoint checks the key's scope.</summary>
    public const string EmployerApiPolicy = "jobs_employer_api";

    public static IServiceCollection AddJobs(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(EmployerApiPolicy, p => p.RequireAssertion(c => c.User.IsInRole(Roles.EmployerUser)
            || c.User.HasClaim(OrganisationPrincipal.OrganisationKindClaim, OrganisationKinds.Employer)));
        // The job search, job pages, project demands and talents' projects are public ([AllowAnonymous] on their
        // page models); the employers', talents' and officers' folders are not.
        services.Configure<RazorPagesOptions>(o =>
        {
            o.Conventions.AuthorizeFolder("/Jobs/Own", AccessPolicies.EmployerUser);
            o.Conventions.AuthorizeFolder("/Jobs/Review", AccessPolicies.Officer);
            o.Conventions.AuthorizeFolder("/Jobs/Applications", AccessPolicies.Talent);
            o.Conventions.AuthorizeFolder("/Jobs/MyProjects", AccessPolicies.Talent);
        });
        services.AddSingleton<Contracts.OccupationCatalog>();
        services.AddOptions<Search.JobSearchOptions>().BindConfiguration(Search.JobSearchOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Search.JobKeywordIndex>();
        services.AddSingleton<Search.JobKeywordSync>();
        services.AddHostedService(sp => sp.GetRequiredService<Search.JobKeywordSync>());
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, Search.JobKeywordUpdates>();
        services.AddHealthChecks().AddCheck<Search.JobKeywordHealthCheck>(Search.JobKeywordHealthCheck.Name, tags: [Health.Ready]);
        services.AddScoped<JobPostings>();
        services.AddScoped<Contracts.MatchablePostings>();
        services.AddScoped<Contracts.JobReferrals>();
        services.AddScoped<Contracts.TalentHires>();
        services.AddScoped<Contracts.OccupationGuess>();
        services.AddScoped<Interviews.InterviewInvitations>();
        services.AddScoped<Conversations.Conversations>();
        services.AddScoped<Conversations.Shortlists>();
        services.AddScoped<Interviews.InterviewReminderRound>();
        services.AddSingleton<Interviews.InterviewReminders>();
        services.AddHostedService(sp => sp.GetRequiredService<Interviews.InterviewReminders>());
        services.AddScoped<Demo.DemoJobs>();
        services.AddScoped<IDemoSeeder, Demo.JobsDemoSeeder>();
        services.AddScoped<IDemoSeeder, Demo.RecruitingDemoSeeder>();
        services.AddScoped<JobApplications>();
        services.AddScoped<Talents.Contracts.IErasesTalentData, ApplicantErasure>();
        services.AddScoped<ProjectDemands>();
        services.AddScoped<TalentProjects>();
        services.AddScoped<ISixFindsSource, JobFinds>();
        services.AddScoped<ISixFindsSource, ProjectDemandFinds>();
        services.AddScoped<ISixFindsSource, TalentProjectFinds>();
        services.AddScoped<IRowImporter, JobImporter>();
        services.AddSingleton(new NavigationItem("Nav_MyApplications", "/Jobs/Applications", AccessPolicies.Talent, typeof(JobsResource), 45));
        services.AddSingleton<JobExpiry>();
        services.AddHostedService(sp => sp.GetRequiredService<JobExpiry>());
        // A workspace tile, not a menu entry: the talent's menu has to fit one row at 1366 px beside 招聘沟通.
        services.AddSingleton(new NavigationItem("Nav_MyProjects", "/Jobs/MyProjects", AccessPolicies.Talent, typeof(JobsResource), 46) { TileOnly = true });
        services.AddSingleton(new NavigationItem("Nav_OwnJobs", "/Jobs/Own", AccessPolicies.EmployerUser, typeof(JobsResource), 60)
        {
            Count = (sp, ct) => sp.GetRequiredService<CurrentUser>().Id is { } userId
                ? sp.GetRequiredService<JobApplications>().NewForEmployerUserAsync(userId, ct) : Task.FromResult(0),
        });
        // 招聘沟通 for both sides, counting the conversations with something unread.
        services.AddSingleton(new NavigationItem("Nav_Messages", "/Jobs/Messages", AccessPolicies.Talent, typeof(JobsResource), 47)
        {
            Count = (sp, ct) => sp.GetRequiredService<Conversations.Conversations>().UnreadCountAsync(ct),
        });
        services.AddSingleton(new NavigationItem("Nav_Messages", "/Jobs/Messages", AccessPolicies.EmployerUser, typeof(JobsResource), 62)
        {
            Count = (sp, ct) => sp.GetRequiredService<Conversations.Conversations>().UnreadCountAsync(ct),
        });
        // A workspace tile (and a link on the talent search), so that the employer's menu keeps to one row.
        services.AddSingleton(new NavigationItem("Nav_Shortlist", "/Jobs/Own/Shortlist", AccessPolicies.EmployerUser, typeof(JobsResource), 63) { TileOnly = true });
        services.AddSingleton(new NavigationItem("Nav_ReportedMessages", "/Jobs/Messages/Reported", AccessPolicies.Officer, typeof(JobsResource), 224,
            NavigationGroup.Postings)
        {
            Count = (sp, ct) => sp.GetRequiredService<Conversations.Conversations>().ReportsWaitingAsync(ct),
        });
        // A workspace tile: with the counts of new applicants and unread conversations, the employer's menu has to fit one row
        // at 1366 px (MenuLayoutTests).
        services.AddSingleton(new NavigationItem("Nav_OwnDemands", "/Jobs/Own/Demands", AccessPolicies.EmployerUser, typeof(JobsResource), 61) { TileOnly = true });
        // Officers' counts: what waits for review in their region (YincaiDb's filter), by the (RegionCode, Status) indexes.
        services.AddSingleton(new NavigationItem("Nav_ReviewJobs", "/Jobs/Review", AccessPolicies.Officer, typeof(JobsResource), 220, NavigationGroup.Postings)
        {
            Count = (sp, ct) => NavigationMenu.CappedCountAsync(sp.GetRequiredService<YincaiDb>().Jobs.Where(j => j.Status == JobStatus.PendingReview), ct),
        });
        services.AddSingleton(new NavigationItem("Nav_ReviewDemands", "/Jobs/Review/Demands", AccessPolicies.Officer, typeof(JobsResource), 221, NavigationGroup.Postings)
        {
            Count = (sp, ct) => NavigationMenu.CappedCountAsync(sp.GetRequiredService<YincaiDb>().ProjectDemands.Where(d => d.Status == JobStatus.PendingReview), ct),
        });
        services.AddSingleton(new NavigationItem("Nav_Allocations", "/Jobs/Review/Allocations", AccessPolicies.Officer, typeof(JobsResource), 223, NavigationGroup.Postings));
        services.AddSingleton(new NavigationItem("Nav_ReviewProjects", "/Jobs/Review/Projects", AccessPolicies.Officer, typeof(JobsResource), 222, NavigationGroup.Postings)
        {
            Count = (sp, ct) => NavigationMenu.CappedCountAsync(sp.GetRequiredService<YincaiDb>().TalentProjects.Where(p => p.Status == JobStatus.PendingReview), ct),
        });
        return services;
    }

    public static IEndpointRouteBuilder MapJobs(this IEndpointRouteBuilder app)
    {
        JobsEndpoints.Map(app);
        return app;
    }
}
