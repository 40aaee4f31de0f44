using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Platform;
using Yincai.Platform.Protection;

namespace Yincai.Modules.Accounts.Demo;

/// <summary>
/// The demo accounts of Shandong (a province officer, officers of Qingdao and Jinan and of Qingdao's 市南区, one of each admin role, an
/// employer and a talent), each with a first inbox message. Passwords are random unless <c>Demo:Password</c> is set,
/// and are shown once on the console in Development only. Staff must use an authenticator app: in Development their
/// accounts come enrolled and the console shows each key as an <c>otpauth://</c> URI beside the password, so that a
/// newcomer can try every role; elsewhere they enrol at first sign-in.
/// </summary>
public sealed class DemoAccounts(YincaiDb db, UserManager<AppUser> users, Notifier notifier, IConfiguration configuration,
    IHostEnvironment environment, TimeProvider clock, FieldProtection protection, AccountTerms terms) : IDemoSeeder
{
    public static readonly IReadOnlyList<DemoAccount> All =
    [
        new(DemoUsers.ProvinceOfficer, "山东省人社厅经办人", AccountKind.Staff, DemoData.Shandong, Roles.Officer),
        new(DemoUsers.QingdaoOfficer, "青岛市人社局经办人", AccountKind.Staff, DemoData.Qingdao, Roles.Officer),
        new("officer.jn", "济南市人社局经办人", AccountKind.Staff, DemoData.Jinan, Roles.Officer),
        // A county's officer: the graduates of 市南区 are assigned to them (GRD-01).
        new(DemoUsers.CountyOfficer, "青岛市市南区人社局经办人", AccountKind.Staff, DemoData.Shinan, Roles.Officer),
        // The talent stations of Qingdao and the returnee homes of Jiangsu: operators, the officers of their reviews, experts.
        new(DemoUsers.QingdaoStation, "青岛海纳人才驿站运营（演示）", AccountKind.Staff, DemoData.Shinan, Roles.StationOperator),
        new(DemoUsers.QingdaoExperts[0], "评审专家王一（演示）", AccountKind.Staff, DemoData.Qingdao, Roles.Reviewer),
        new(DemoUsers.QingdaoExperts[1], "评审专家刘二（演示）", AccountKind.Staff, DemoData.Qingdao, Roles.Reviewer),
        new(DemoUsers.QingdaoExperts[2], "评审专家陈三（演示）", AccountKind.Staff, DemoData.Qingdao, Roles.Reviewer),
        new(DemoUsers.JiangsuOfficer, "江苏省人社厅经办人", AccountKind.Staff, DemoData.Jiangsu, Roles.Officer),
        new(DemoUsers.NanjingOfficer, "南京市人社局经办人", AccountKind.Staff, DemoData.Nanjing, Roles.Officer),
        new(DemoUsers.NanjingStation, "南京留学人员之家运营（演示）", AccountKind.Staff, DemoData.Nanjing, Roles.StationOperator),
        new(DemoUsers.JiangsuExperts[0], "评审专家赵四（演示）", AccountKind.Staff, DemoData.Jiangsu, Roles.Reviewer),
        new(DemoUsers.JiangsuExperts[1], "评审专家孙五（演示）", AccountKind.Staff, DemoData.Jiangsu, Roles.Reviewer),
        new(DemoUsers.JiangsuExperts[2], "评审专家周六（演示）", AccountKind.Staff, DemoData.Jiangsu, Roles.Reviewer),
        new("sysadmin", "系统管理员", AccountKind.Staff, DemoData.Shandong, Roles.SystemAdmin),
        new("secadmin", "安全管理员", AccountKind.Staff, DemoData.Shandong, Roles.SecurityAdmin),
        new("auditor", "安全审计员", AccountKind.Staff, DemoData.Shandong, Roles.Auditor),
        // Named after the demo employer that Employers' demo data makes this account a member of.
        new(DemoUsers.Employer, "青岛海纳科技有限公司（演示）", AccountKind.Employer, null, Roles.EmployerUser),
        new(DemoUsers.Talent, "李明（演示）", AccountKind.Talent, null, Roles.Talent),
        new(DemoUsers.University, "青岛大学就业指导中心（演示）", AccountKind.University, null, Roles.University),
    ];

    public int Order => 0;

    public async Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var fixedPassword = configuration["Demo:Password"];
        var created = new List<(DemoAccount Account, string Password, string? Key)>();
        foreach (var account in All)
        {
            // The employer user and the talent sign in with their mobile number, which is kept as for anyone who registers.
            var staff = account.Kind == AccountKind.Staff;
            var index = staff ? null : protection.BlindIndex(account.UserName);
            var existing = staff
                ? await users.FindByNameAsync(account.UserName)
                : await users.Users.FirstOrDefaultAsync(u => u.MobileIndex == index, cancellationToken);
            if (existing is not null)
            {
                context.AddAccount(account.UserName, existing.Id);
                continue;
            }
            var password = string.IsNullOrEmpty(fixedPassword) ? NewPassword() : fixedPassword;
            var id = Ids.New();
            var user = new AppUser
            {
                Id = id,
                UserName = staff ? account.UserName : AppUser.NameFor(account.Kind, id),
                MobileCipher = staff ? null : protection.Encrypt(account.UserName),
                MobileIndex = index,
                // Staff get a mailbox of the demo domain: their reminders go out by e-mail (kept on the delivery page in development).
                Email = staff ? account.UserName + "@demo.yincai.example" : null,
                DisplayName = account.DisplayName,
                Kind = account.Kind,
                ScopeRegionCode = account.ScopeRegionCode,
                CreatedAtUtc = now,
                PasswordChangedAtUtc = now,
                LockoutEnabled = true,
            };
            // As at registration: the demo talent, employer and university users have accepted the terms in force.
            if (AccountTerms.AppliesTo(user)) terms.Accept(user);
            var result = await users.CreateAsync(user, password);
            if (!result.Succeeded)
                throw new InvalidOperationException("Demo account not created: " + string.Join("; ", result.Errors.Select(e => e.Code)));
            // Demo content, like the names: a first message so the inbox shows how it works.
            await notifier.NotifyAsync(user.Id, NotificationKinds.DemoWelcome, [], "/Workspace/Home", cancellationToken);
            await users.AddToRoleAsync(user, account.Role);
            var key = account.Kind == AccountKind.Staff && environment.IsDevelopment() ? await EnrolAsync(user) : null;
            context.AddAccount(account.UserName, user.Id);
            created.Add((account, password, key));
        }
        await db.SaveChangesAsync(cancellationToken); // the inbox messages
        context.Created(created.Count, "accounts");

        if (environment.IsDevelopment() && created.Count > 0)
        {
            // Console, not the log: passwords must never reach log files.
            Console.WriteLine();
            Console.WriteLine("Demo accounts (shown once; staff sign in with the authenticator key: scan or paste the otpauth:// URI):");
            foreach (var (account, password, key) in created)
                Console.WriteLine(ConsoleLine(account, password, key));
            Console.WriteLine();
        }
    }

    /// <summary>One account's line: user name, password, role, name and, for staff, the authenticator key as a URI.</summary>
    public static string ConsoleLine(DemoAccount account, string password, string? key) =>
        $"  {account.UserName,-14} {password,-18} {account.Role,-16} {account.DisplayName}"
        + (key is null ? "" : $"  otpauth://totp/Yincai:{Uri.EscapeDataString(account.UserName)}?secret={key}&issuer=Yincai");

    private async Task<string> EnrolAsync(AppUser user)
    {
        await users.ResetAuthenticatorKeyAsync(user);
        var key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("Demo account without an authenticator key.");
        await users.SetTwoFactorEnabledAsync(user, true);
        return key;
    }

    private static string NewPassword()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
        var body = RandomNumberGenerator.GetString(alphabet, 12);
        return body + "!" + RandomNumberGenerator.GetInt32(10, 99);
    }
}
