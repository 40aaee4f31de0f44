using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Ambassadors.Certificates;
using Yincai.Modules.Ambassadors.Filing;
using Yincai.Modules.Ambassadors.Work;
using Yincai.Modules.Events.Contracts;
using Yincai.Modules.Imports.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Ambassadors;

public static class AmbassadorsModule
{
    public static IServiceCollection AddAmbassadors(this IServiceCollection services)
    {
        services.AddOptions<AmbassadorsOptions>().BindConfiguration("Ambassadors").ValidateDataAnnotations()
            .Validate(o => string.IsNullOrWhiteSpace(o.FontPath) || File.Exists(o.FontPath), "Ambassadors:FontPath names no file.").ValidateOnStart();
        services.Configure<RazorPagesOptions>(o =>
        {
            // Page by page: a folder policy would also bind the talents' own page and the public ones.
            foreach (var page in new[] { "Index", "New", "Details", "Batches", "Batch", "Quota", "Evaluation", "Settings" })
                o.Conventions.AuthorizePage("/Ambassadors/" + page, AccessPolicies.Officer);
            o.Conventions.AuthorizePage("/Ambassadors/Mine", AccessPolicies.Talent);
            o.Conventions.AllowAnonymousToPage("/Ambassadors/Verify");
            o.Conventions.AllowAnonymousToPage("/Ambassadors/Ref");
        });
        services.AddScoped<AmbassadorRegistry>();
        services.AddScoped<Contracts.AmbassadorCounts>();
        services.AddScoped<AmbassadorFiling>();
        services.AddScoped<AmbassadorWork>();
        services.AddScoped<AmbassadorSettings>();
        services.AddScoped<Matching.Contracts.IPriorityTalents, ReturningAmbassadors>();
        services.AddScoped<Matching.Contracts.IOwnDigestReaders, AmbassadorDigestReaders>();
        services.AddSingleton<AmbassadorDocuments>();
        services.AddScoped<Demo.DemoAmbassadors>();
        services.AddScoped<IDemoSeeder, Demo.AmbassadorsDemoSeeder>();
        services.AddScoped<IRowImporter, AmbassadorImporter>();
        foreach (var audience in new[] { EventAudience.Ambassadors, EventAudience.PhdAmbassadors })
            services.AddScoped<IEventAudienceProvider>(sp => ActivatorUtilities.CreateInstance<AmbassadorAudience>(sp, audience));
        services.AddScoped<Filing.FilingReminderRound>();
        services.AddSingleton<Filing.FilingReminders>();
        services.AddHostedService(sp => sp.GetRequiredService<Filing.FilingReminders>());
        services.AddSingleton<CertificateExpiry>();
        services.AddHostedService(sp => sp.GetRequiredService<CertificateExpiry>());
        services.AddSingleton<AmbassadorDigests>();
        services.AddHostedService(sp => sp.GetRequiredService<AmbassadorDigests>());
        // The province decides the cities' submitted filing batches; a city's own wait on the province, not on it.
        services.AddSingleton(new NavigationItem("Nav_Ambassadors", "/Ambassadors", AccessPolicies.Officer, typeof(AmbassadorsResource), 160, NavigationGroup.Ambassadors)
        {
            Count = (sp, ct) => sp.GetRequiredService<AmbassadorFiling>().IsProvinceOfficer
                ? NavigationMenu.CappedCountAsync(sp.GetRequiredService<YincaiDb>().FilingBatches.Where(b => b.Status == FilingBatchStatus.Submitted), ct)
                : Task.FromResult(0),
        });
        services.AddSingleton(new NavigationItem("Nav_MyAmbassador", "/Ambassadors/Mine", AccessPolicies.Talent, typeof(AmbassadorsResource), 48));
        return services;
    }

    /// <summary>After sign-in: gives an anonymous referral visit to the talent who signed in (<see cref="ReferralCookie"/>).</summary>
    public static WebApplication UseAmbassadors(this WebApplication app)
    {
        app.UseMiddleware<ReferralCookie>();
        return app;
    }

    public static IEndpointRouteBuilder MapAmbassadors(this IEndpointRouteBuilder app)
    {
        AmbassadorsEndpoints.Map(app);
        return app;
    }
}
