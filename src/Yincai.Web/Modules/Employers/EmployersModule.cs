using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Employers.Import;
using Yincai.Modules.Imports.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Employers;

public static class EmployersModule
{
    public static IServiceCollection AddEmployers(this IServiceCollection services)
    {
        services.Configure<RazorPagesOptions>(o =>
        {
            o.Conventions.AuthorizeFolder("/Employers/Review", AccessPolicies.Officer);
            o.Conventions.AuthorizeFolder("/Employers/Own", AccessPolicies.EmployerUser);
        });
        services.AddSingleton<IndustryCatalog>();
        services.AddScoped<EmployerRegistration>();
        services.AddScoped<EmployerDirectory>();
        services.AddScoped<Demo.DemoEmployers>();
        services.AddScoped<IDemoSeeder, Demo.EmployersDemoSeeder>();
        services.AddScoped<IRowImporter, EmployerImporter>();
        services.AddSingleton(new NavigationItem("Nav_MyEmployer", "/Employers/Own", AccessPolicies.EmployerUser, typeof(EmployersResource), 50));
        services.AddSingleton(new NavigationItem("Nav_Employers", "/Employers/Review", AccessPolicies.Officer, typeof(EmployersResource), 200, NavigationGroup.People)
        {
            Count = (sp, ct) => NavigationMenu.CappedCountAsync(sp.GetRequiredService<YincaiDb>().Employers.Where(e => e.Status == EmployerStatus.Pending), ct),
        });
        services.AddSingleton(new NavigationItem("Nav_KeyContacts", "/Employers/Review?keyContact=true", AccessPolicies.Officer, typeof(EmployersResource), 210, NavigationGroup.People));
        return services;
    }

    public static IEndpointRouteBuilder MapEmployers(this IEndpointRouteBuilder app)
    {
        EmployersEndpoints.Map(app);
        return app;
    }
}
