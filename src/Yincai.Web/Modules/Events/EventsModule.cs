using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Events.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Events;

public static class EventsModule
{
    /// <summary>Who plans events: officers, and station operators for their own station's events.</summary>
    public const string Organisers = "events_organisers";

    /// <summary>A station's API key that may read its events' registrations.</summary>
    public const string StationApiPolicy = "events_station_api";

    public static IServiceCollection AddEvents(this IServiceCollection services)
    {
        services.Configure<AuthorizationOptions>(o =>
        {
            o.AddPolicy(Organisers, p => p.RequireRole(Roles.Officer, Roles.StationOperator));
            o.AddPolicy(StationApiPolicy, p => p.RequireClaim(OrganisationPrincipal.OrganisationKindClaim, OrganisationKinds.Station)
                .RequireClaim(OrganisationPrincipal.ScopeClaim, TokenScopes.RegistrationsRead));
        });
        services.Configure<RazorPagesOptions>(o =>
        {
            o.Conventions.AuthorizeFolder("/Events/Manage", Organisers);
            o.Conventions.AuthorizePage("/Events/Mine", AccessPolicies.Talent);
            o.Conventions.AuthorizePage("/Events/Ticket", AccessPolicies.Talent);
            o.Conventions.AuthorizePage("/Events/Booth", AccessPolicies.EmployerUser);
        });
        services.AddSingleton<TicketCodes>();
        services.AddScoped<EventReminderRound>();
        services.AddSingleton<EventReminders>();
        services.AddHostedService(sp => sp.GetRequiredService<EventReminders>());
        services.AddScoped<EventPlanning>();
        services.AddScoped<CareerClasses>();
        services.AddScoped<StationEvents>();
        services.AddScoped<EventRegistrations>();
        services.AddScoped<Talents.Contracts.IErasesTalentData, RegistrationErasure>();
        services.AddScoped<EventInvitations>();
        services.AddScoped<EventSchedule>();
        services.AddScoped<AmbassadorEvents>();
        services.AddScoped<PublishedEvents>();
        services.AddScoped<Jobs.Contracts.EmployerJobs>();
        services.AddScoped<Demo.DemoEvents>();
        services.AddScoped<IDemoSeeder, Demo.EventsDemoSeeder>();
        foreach (var audience in new[] { EventAudience.All, EventAudience.Graduates, EventAudience.Returnees, EventAudience.Phds, EventAudience.Students })
            services.AddScoped<IEventAudienceProvider>(sp => ActivatorUtilities.CreateInstance<TalentAudience>(sp, audience));
        services.AddSingleton(new NavigationItem("Nav_MyEvents", "/Events/Mine", AccessPolicies.Talent, typeof(EventsResource), 47));
        services.AddSingleton(new NavigationItem("Nav_EmployerEvents", "/Events/Booth", AccessPolicies.EmployerUser, typeof(EventsResource), 62));
        services.AddSingleton(new NavigationItem("Nav_ManageEvents", "/Events/Manage", Organisers, typeof(EventsResource), 230, NavigationGroup.Events));
        return services;
    }

    public static IEndpointRouteBuilder MapEvents(this IEndpointRouteBuilder app)
    {
        EventsEndpoints.Map(app);
        return app;
    }
}
