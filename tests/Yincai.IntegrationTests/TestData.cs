using System.Globalization;

namespace Yincai.IntegrationTests;

/// <summary>Data a test makes for itself, through the app's own services, acting as the system.</summary>
public static class TestData
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static string UniqueUserName(string prefix) => prefix + "." + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Upper case, lower case and a symbol: passes the three-of-four rule; unique, so it can be searched for.</summary>
    public static string NewPassword() => "Pw#" + Guid.NewGuid().ToString("N")[..12];

    public static string NewMobile() => "139" + Random.Shared.Next(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture);

    public static Task<Office> CreateOfficeAsync(this YincaiAppFactory app, string regionCode) =>
        app.WithDbAsync(async db =>
        {
            var office = new Office(regionCode, "测试服务中心 " + Guid.NewGuid().ToString("N")[..8], "测试路1号", "0532-12333", "工作日 9:00–17:00");
            db.Offices.Add(office);
            await db.SaveChangesAsync(Ct);
            return office;
        });

    public static Task<Office?> FindOfficeAsync(this YincaiAppFactory app, Guid id) =>
        app.WithDbAsync(db => db.Offices.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, Ct));

    /// <summary>A staff account made by <see cref="StaffAccounts"/>, with a current password (no forced change).</summary>
    public static async Task<TestAccount> CreateStaffAsync(this YincaiAppFactory app, string scopeRegionCode, params string[] roles)
    {
        var userName = UniqueUserName("staff");
        var password = NewPassword();
        var result = await app.WithServicesAsync(services => services.GetRequiredService<StaffAccounts>().CreateAsync(
            new NewStaffAccount(userName, "测试工作人员", null, scopeRegionCode, roles, password, MustChangePassword: false), Ct));
        if (result.IsError) throw new InvalidOperationException("Staff account not created: " + result.Error!.Code);
        return new TestAccount(result.Value!.Id, userName, password);
    }

    /// <summary>A talent or employer account, registered as by the registration page.</summary>
    public static async Task<TestAccount> RegisterAsync(this YincaiAppFactory app, AccountKind kind)
    {
        var password = NewPassword();
        var mobile = NewMobile();
        var result = await app.WithServicesAsync(services => services.GetRequiredService<AccountRegistration>()
            .RegisterAsync(mobile, "测试用户", password, kind, Ct));
        if (result.IsError) throw new InvalidOperationException("Account not registered: " + result.Error!.Code);
        return new TestAccount(result.Value!.Id, result.Value.UserName!, password, mobile);
    }

    public static Task<Guid> UserIdAsync(this YincaiAppFactory app, string userName) =>
        app.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync(Ct));

    /// <summary>A client signed in as <paramref name="userName"/> the way <paramref name="via"/> says.</summary>
    public static async Task<HttpClient> ClientAsync(this YincaiAppFactory app, Via via, string userName,
        string password = YincaiAppFactory.DemoPassword)
    {
        if (via == Via.Bearer) return await app.CreateApiClientAsync(userName, password);
        var browser = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(browser, userName, password);
        return browser;
    }

    /// <summary>Audit rows written after <paramref name="sequence"/>, oldest first.</summary>
    public static Task<List<AuditEntry>> AuditEntriesAfterAsync(this YincaiAppFactory app, long sequence) =>
        app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Sequence > sequence).OrderBy(a => a.Sequence).ToListAsync(Ct));

    /// <summary>What <c>audit verify</c> runs, through the app's own services.</summary>
    public static Task<AuditChainReport> VerifyAuditChainAsync(this YincaiAppFactory app) =>
        app.WithServicesAsync(services => services.GetRequiredService<AuditChain>().VerifyAsync(Ct));
}
