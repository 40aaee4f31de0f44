using Yincai.Modules.Accounts.Contracts;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Accounts;
using Yincai.Modules.Ambassadors.Demo;
using Yincai.Modules.Employers.Demo;
using Yincai.Modules.Events.Demo;
using Yincai.Modules.Jobs.Demo;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Regions;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Talents.Demo;

namespace Yincai.Platform;

/// <summary>
/// Demo accounts for Shandong (a province officer, officers of Qingdao and Jinan, one of each admin role, an
/// employer and a talent), a service office for each Shandong city, a pool of generated talents, verified demo employers
/// (the employer account acts for one of them) with published jobs and project demands, and a talent record for the
/// talent account, so that matching shows results at once. Passwords are random unless
/// <c>Demo:Password</c> is set, and are shown once on the console in Development only.
/// </summary>
public sealed class DemoData(YincaiDb db, UserManager<AppUser> users, Inbox inbox, DemoTalents talents, DemoEmployers employers,
    DemoJobs jobs, DemoEvents events, DemoAmbassadors ambassadors, IConfiguration configuration, IHostEnvironment environment, TimeProvider clock, ILogger<DemoData> logger)
{
    public const string Shandong = "370000";
    public const string Jinan = "370100";
    public const string Qingdao = "370200";
    public const string EmployerAccount = "13800000001";
    public const string TalentAccount = "13900000001";

    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("officer.sd", "山东省人社厅经办人", AccountKind.Staff, Shandong, Roles.Officer),
        new("officer.qd", "青岛市人社局经办人", AccountKind.Staff, Qingdao, Roles.Officer),
        new("officer.jn", "济南市人社局经办人", AccountKind.Staff, Jinan, Roles.Officer),
        new("sysadmin", "系统管理员", AccountKind.Staff, Shandong, Roles.SystemAdmin),
        new("secadmin", "安全管理员", AccountKind.Staff, Shandong, Roles.SecurityAdmin),
        new("auditor", "安全审计员", AccountKind.Staff, Shandong, Roles.Auditor),
        new(EmployerAccount, DemoEmployers.AccountEmployerName, AccountKind.Employer, null, Roles.EmployerUser),
        new(TalentAccount, "李明（演示）", AccountKind.Talent, null, Roles.Talent),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var fixedPassword = configuration["Demo:Password"];
        var created = new List<(DemoAccount Account, string Password)>();
        foreach (var account in Accounts)
        {
            if (await users.FindByNameAsync(account.UserName) is not null) continue;
            var password = string.IsNullOrEmpty(fixedPassword) ? NewPassword() : fixedPassword;
            var user = new AppUser
            {
                Id = Guid.CreateVersion7(),
                UserName = account.UserName,
                PhoneNumber = account.Kind == AccountKind.Staff ? null : account.UserName,
                DisplayName = account.DisplayName,
                Kind = account.Kind,
                ScopeRegionCode = account.ScopeRegionCode,
                CreatedAtUtc = now,
                PasswordChangedAtUtc = now,
                LockoutEnabled = true,
            };
            var result = await users.CreateAsync(user, password);
            if (!result.Succeeded)
                throw new InvalidOperationException("Demo account not created: " + string.Join("; ", result.Errors.Select(e => e.Code)));
            // Demo content, like the names: a first message so the inbox shows how it works.
            inbox.Send(user.Id, "欢迎使用引才平台（演示）", "这是演示数据中的一条站内消息。新岗位、活动、政策和办理进度都会在这里通知您。", "/Workspace/Home");
            await users.AddToRoleAsync(user, account.Role);
            created.Add((account, password));
        }

        var cities = await db.Regions.Where(r => r.ParentCode == Shandong && r.Level == RegionLevel.Prefecture)
            .OrderBy(r => r.Code).ToListAsync(cancellationToken);
        var existing = await db.Offices.Select(o => o.RegionCode).ToListAsync(cancellationToken);
        foreach (var city in cities.Where(c => !existing.Contains(c.Code)))
            db.Offices.Add(new Office(city.Code, city.Name + "公共就业和人才服务中心", city.Name + "（演示地址）", "12333", "工作日 9:00–17:00"));
        await db.SaveChangesAsync(cancellationToken);
        var pool = await talents.SeedAsync(cancellationToken);
        if (await users.FindByNameAsync(TalentAccount) is { } talentUser)
            await talents.SeedAccountAsync(talentUser.Id, "李明", TalentAccount, cancellationToken);
        // The province officer verified the demo employers and approved their postings.
        var reviewer = await users.FindByNameAsync("officer.sd") ?? throw new InvalidOperationException("The demo officer officer.sd is missing.");
        var employerUser = await users.FindByNameAsync(EmployerAccount);
        var demoEmployers = await employers.SeedAsync(reviewer.Id, employerUser?.Id, cancellationToken);
        var (jobCount, demandCount) = await jobs.SeedAsync(demoEmployers, reviewer.Id, cancellationToken);
        var eventCount = await events.SeedAsync(reviewer.Id, cancellationToken);
        await ambassadors.SeedAsync(reviewer.Id, cancellationToken);

        logger.LogInformation("Demo data: {Accounts} accounts, {Offices} offices, {Talents} talents, {Jobs} jobs, {Demands} project demands and {Events} events created",
            created.Count, cities.Count - existing.Count, pool, jobCount, demandCount, eventCount);
        if (environment.IsDevelopment() && created.Count > 0)
        {
            // Console, not the log: passwords must never reach log files.
            Console.WriteLine();
            Console.WriteLine("Demo accounts (shown once; admins enrol an authenticator app at first sign-in):");
            foreach (var (account, password) in created)
                Console.WriteLine($"  {account.UserName,-14} {password,-18} {account.Role,-16} {account.DisplayName}");
            Console.WriteLine();
        }
    }

    private static string NewPassword()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
        var body = RandomNumberGenerator.GetString(alphabet, 12);
        return body + "!" + RandomNumberGenerator.GetInt32(10, 99);
    }
}
