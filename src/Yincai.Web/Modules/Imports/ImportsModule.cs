using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Imports;

public static class ImportsModule
{
    public static IServiceCollection AddImports(this IServiceCollection services)
    {
        services.AddOptions<ImportsOptions>().BindConfiguration("Imports").ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ImportUploads>();
        services.AddSingleton<ImportRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<ImportRunner>());
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizeFolder("/Imports", AccessPolicies.Officer));
        services.AddSingleton(new NavigationItem("Nav_Imports", "/Imports", AccessPolicies.Officer, typeof(ImportsResource), 240, NavigationGroup.System));
        return services;
    }

    public static IEndpointRouteBuilder MapImports(this IEndpointRouteBuilder app)
    {
        ImportsEndpoints.Map(app);
        return app;
    }
}
