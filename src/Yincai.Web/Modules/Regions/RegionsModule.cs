using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Accounts;
using Yincai.Platform;

namespace Yincai.Modules.Regions;

public static class RegionsModule
{
    /// <summary>Loading the holiday calendar is the system administrator's job.</summary>
    public const string ManageCalendar = "manage_calendar";

    public static IServiceCollection AddRegions(this IServiceCollection services)
    {
        // The public directory of offices (/Offices) says [AllowAnonymous] on its page model.
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizeFolder("/Regions/Offices", AccessPolicies.Officer));
        services.AddScoped<ReferenceDataLoader>();
        services.AddScoped<IReferenceData>(sp => sp.GetRequiredService<ReferenceDataLoader>());
        services.AddScoped<IDemoSeeder, Demo.DemoOffices>();
        services.AddScoped<IDemoSeeder, Demo.DemoMinimumWages>();
        services.AddScoped<MinimumWageBook>();
        services.AddScoped<Contracts.MinimumWages>();
        services.AddScoped<HolidayCalendar>();
        services.AddSingleton<Contracts.WorkingDays>();
        services.AddScoped<Contracts.OfficeDirectory>();
        services.AddSingleton<RegionTable>();
        services.AddScoped<Contracts.RegionDirectory>();
        services.AddScoped<ISixFindsSource, OfficeFinds>();
        services.AddAuthorizationBuilder().AddPolicy(ManageCalendar, p => p.RequireRole(Roles.SystemAdmin));
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizePage("/Regions/Calendar", ManageCalendar));
        // Any officer reads the standards of their province; the page lets only the province's own enter one.
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizePage("/Regions/MinimumWages", AccessPolicies.Officer));
        services.AddSingleton(new NavigationItem("Nav_Offices", "/Regions/Offices", AccessPolicies.Officer, typeof(RegionsResource), 235, NavigationGroup.System));
        services.AddSingleton(new NavigationItem("Nav_MinimumWages", "/Regions/MinimumWages", AccessPolicies.Officer, typeof(RegionsResource), 236,
            NavigationGroup.System));
        services.AddSingleton(new NavigationItem("Nav_Calendar", "/Regions/Calendar", ManageCalendar, typeof(RegionsResource), 905, NavigationGroup.System));
        return services;
    }

    public static IEndpointRouteBuilder MapRegions(this IEndpointRouteBuilder app)
    {
        RegionsEndpoints.Map(app);
        return app;
    }
}
