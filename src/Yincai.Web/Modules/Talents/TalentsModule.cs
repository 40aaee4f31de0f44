using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Imports.Contracts;
using Yincai.Modules.Talents.Import;
using Yincai.Platform;

namespace Yincai.Modules.Talents;

public static class TalentsModule
{
    public static IServiceCollection AddTalents(this IServiceCollection services)
    {
        services.Configure<RazorPagesOptions>(o =>
        {
            o.Conventions.AuthorizeFolder("/Talents/Profile", AccessPolicies.Talent);
            o.Conventions.AuthorizeFolder("/Talents/Review", AccessPolicies.Officer);
            o.Conventions.AuthorizeFolder("/Talents/Search", AccessPolicies.EmployerUser);
            o.Conventions.AuthorizeFolder("/Talents/Deletions", AccessPolicies.Officer);
        });
        services.AddSingleton<Contracts.UniversityCatalog>();
        services.AddSingleton<Contracts.MajorCatalog>();
        services.AddScoped<TalentProfiles>();
        services.AddSingleton(new HomePanel(Profile.SharingReminderViewComponent.Name, AccessPolicies.Talent, 5));
        services.AddScoped<Demo.DemoTalents>();
        services.AddScoped<IDemoSeeder, Demo.TalentsDemoSeeder>();
        services.AddScoped<Search.SharedTalents>();
        services.AddScoped<ISixFindsSource, Search.TalentFinds>();
        services.AddSingleton(new NavigationItem("Nav_TalentSearch", "/Talents/Search", AccessPolicies.EmployerUser, typeof(TalentsResource), 65));
        services.AddScoped<Profile.EducationRecords>();
        services.AddScoped<Profile.ResumeRecords>();
        services.AddScoped<Profile.PersonalDataExport>();
        services.AddScoped<Deletions.TalentErasure>();
        services.AddScoped<Contracts.TalentDirectory>();
        services.AddScoped<Contracts.TalentFactSource>();
        services.AddScoped<Contracts.TalentEnrolment>();
        services.AddScoped<Contracts.MatchableTalents>();
        services.AddScoped<IRowImporter, TalentImporter>();
        services.AddSingleton(new NavigationItem("Nav_MyProfile", "/Talents/Profile", AccessPolicies.Talent, typeof(TalentsResource), 40));
        services.AddSingleton(new NavigationItem("Nav_Talents", "/Talents/Review", AccessPolicies.Officer, typeof(TalentsResource), 150, NavigationGroup.People));
        services.AddSingleton(new NavigationItem("Nav_Deletions", "/Talents/Deletions", AccessPolicies.Officer, typeof(TalentsResource), 155, NavigationGroup.People)
        {
            Count = (sp, ct) => NavigationMenu.CappedCountAsync(sp.GetRequiredService<YincaiDb>().DeletionRequests.Where(r => r.Status == DeletionStatus.Pending), ct),
        });
        return services;
    }

    public static IEndpointRouteBuilder MapTalents(this IEndpointRouteBuilder app)
    {
        TalentsEndpoints.Map(app);
        return app;
    }
}
