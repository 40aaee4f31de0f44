using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Audit.Contracts;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Accounts;
using Yincai.Platform;

namespace Yincai.Modules.Audit;

public static class AuditModule
{
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizeFolder("/Audit", AccessPolicies.ReadAudit));
        services.AddScoped<AuditChain>();
        services.AddSingleton(new ConsoleCommand(AuditVerifyCommand.Name, AuditVerifyCommand.RunAsync));
        services.AddHostedService<AuditHeadLogger>();
        services.AddScoped<SensitiveDataViews>();
        services.AddScoped<DataSubjectKeys>();
        services.AddSingleton(new NavigationItem("Nav_Audit", "/Audit", AccessPolicies.ReadAudit, typeof(AuditResource), 920, NavigationGroup.System));
        return services;
    }
}
