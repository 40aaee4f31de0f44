using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Audit.Contracts;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Accounts;
using Yincai.Platform;
using Yincai.Platform.Protection;

namespace Yincai.Modules.Audit;

public static class AuditModule
{
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddOptions<AuditOptions>().BindConfiguration("Audit").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(s => AuditChainKey.From(s.GetRequiredService<IConfiguration>(), s.GetRequiredService<IHostEnvironment>(),
            s.GetRequiredService<ProtectionKeys>()));
        services.AddSingleton(AuditAnchorLog.Create);
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizeFolder("/Audit", AccessPolicies.ReadAudit));
        services.AddScoped<AuditChain>();
        services.AddSingleton(new ConsoleCommand(AuditVerifyCommand.Name, AuditVerifyCommand.RunAsync));
        services.AddSingleton<AuditSealer>();
        services.AddHostedService(s => s.GetRequiredService<AuditSealer>());
        services.AddSingleton<AuditAnchorWriter>();
        services.AddHostedService(s => s.GetRequiredService<AuditAnchorWriter>());
        services.AddScoped<SensitiveDataViews>();
        services.AddScoped<DataSubjectKeys>();
        services.AddSingleton(new NavigationItem("Nav_Audit", "/Audit", AccessPolicies.ReadAudit, typeof(AuditResource), 920, NavigationGroup.System));
        return services;
    }
}
