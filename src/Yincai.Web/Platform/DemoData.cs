using Yincai.Modules.Accounts.Contracts;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Accounts;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Regions;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Talents.Demo;

namespace Yincai.Platform;

/// <summary>
/// Demo accounts for Shandong (a province officer, officers of Qingdao and Jinan, one of each admin role, an
/// employer and a talent), a service office for each Shandong city and a pool of generated talents. Passwords are random unless
/// <c>Demo:Password</c> is set, and are shown once on the console in Development only.
/// </summary>
public sealed class DemoData(YincaiDb db, UserManager<AppUser> users, Inbox inbox, DemoTalents talents, IConfiguration configuration,
    IHostEnvironment environment, TimeProvider clock, ILogger<DemoData> logger)
{
    public const string Shandong = "370000";
    public const string Jinan = "370100";
    public const string Qingdao = "370200";

    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("officer.sd", "山东省人社厅经办人", AccountKind.Staff, Shandong, Roles.Officer),
        new("officer.qd", "青岛市人社局经办人", AccountKind.Staff, Qingdao, Roles.Officer),
        new("officer.jn", "济南市人社局经办人", AccountKind.Staff, Jinan, Roles.Officer),
        new("sysadmin", "系统管理员", AccountKind.Staff, Shandong, Roles.SystemAdmin),
        new("secadmin", "安全管理员", AccountKind.Staff, Shandong, Roles.SecurityAdmin),
        new("auditor", "安全审计员", AccountKind.Staff, Shandong, Roles.Auditor),
        new("13800000001", "青岛海纳科技有限公司（演示）", AccountKind.Employer, null, Roles.EmployerUser),
        new("13900000001", "李明（演示）", AccountKind.Talent, null, Roles.Talent),
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

        logger.LogInformation("Demo data: {Accounts} accounts, {Offices} offices and {Talents} talents created",
            created.Count, cities.Count - existing.Count, pool);
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
