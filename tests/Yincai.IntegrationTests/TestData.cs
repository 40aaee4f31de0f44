using System.Globalization;
using Yincai.Modules.Accounts.Activation;
using Yincai.Modules.Notifications;
using Yincai.Modules.Notifications.Contracts;

namespace Yincai.IntegrationTests;

/// <summary>Data a test makes for itself, through the app's own services, acting as the system.</summary>
public static class TestData
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static string UniqueUserName(string prefix) => prefix + "." + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Upper case, lower case and a symbol: passes the three-of-four rule and the strength estimate (16 random hex
    /// digits); unique, so it can be searched for.</summary>
    public static string NewPassword() => "Pw#" + Guid.NewGuid().ToString("N")[..16];

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

    /// <summary>An active staff account, made as production makes one: <see cref="StaffAccounts"/> creates it pending
    /// activation (as the system, so an admin role needs no second admin), <see cref="StaffActivations"/> issues its
    /// one-time link, and the link sets the password the owner chose; an authenticator is enrolled, as every staff role must
    /// (<see cref="YincaiAppFactory.ResetTwoFactorAsync"/> for one that must still enrol).</summary>
    public static async Task<TestAccount> CreateStaffAsync(this YincaiAppFactory app, string scopeRegionCode, params string[] roles)
    {
        var userName = UniqueUserName("staff");
        var password = NewPassword();
        var id = await app.WithServicesAsync(async services =>
        {
            var created = await services.GetRequiredService<StaffAccounts>().CreateAsync(
                new NewStaffAccount(userName, "测试工作人员", null, scopeRegionCode, roles), Ct);
            if (created.IsError) throw new InvalidOperationException("Staff account not created: " + created.Error!.Code);
            var activations = services.GetRequiredService<StaffActivations>();
            var issued = await activations.IssueAsync(created.Value!.Account!, Ct);
            if (issued.IsError) throw new InvalidOperationException("No activation link: " + issued.Error!.Code);
            var activated = await activations.ActivateAsync(issued.Value!.Token, password, Ct);
            if (activated.IsError) throw new InvalidOperationException("Not activated: " + activated.Error!.Code);
            return activated.Value!.Id;
        });
        await app.EnrolAuthenticatorAsync(userName); // every staff role signs in with an authenticator app
        return new TestAccount(id, userName, password);
    }

    /// <summary>A staff account as <see cref="StaffAccounts"/> leaves it: no password, pending activation.</summary>
    public static async Task<TestAccount> CreatePendingStaffAsync(this YincaiAppFactory app, string scopeRegionCode, params string[] roles)
    {
        var userName = UniqueUserName("new");
        var created = await app.WithServicesAsync(services => services.GetRequiredService<StaffAccounts>().CreateAsync(
            new NewStaffAccount(userName, "新工作人员", null, scopeRegionCode, roles), Ct));
        if (created.IsError) throw new InvalidOperationException("Staff account not created: " + created.Error!.Code);
        return new TestAccount(created.Value!.Account!.Id, userName, "");
    }

    /// <summary>A talent or employer account, registered as by the registration page.</summary>
    public static async Task<TestAccount> RegisterAsync(this YincaiAppFactory app, AccountKind kind)
    {
        var password = NewPassword();
        var mobile = NewMobile();
        var result = await app.WithServicesAsync(services => services.GetRequiredService<AccountRegistration>()
            .RegisterProvedAsync(new NewAccount(kind, mobile, null, "测试用户", password, AcceptsTerms: true), Ct));
        if (result.IsError) throw new InvalidOperationException("Account not registered: " + result.Error!.Code);
        return new TestAccount(result.Value!.Id, result.Value.UserName!, password, mobile);
    }

    public static Task<Guid> UserIdAsync(this YincaiAppFactory app, string userName) =>
        app.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync(Ct));

    /// <summary>The account that signs in with <paramref name="mobile"/> (found through its blind index, as sign-in finds it), or null.</summary>
    public static Task<Guid?> UserIdByMobileAsync(this YincaiAppFactory app, string mobile)
    {
        var index = app.Services.GetRequiredService<Yincai.Platform.Protection.FieldProtection>().BlindIndex(mobile);
        return app.WithDbAsync(db => db.Users.Where(u => u.MobileIndex == index).Select(u => (Guid?)u.Id).SingleOrDefaultAsync(Ct));
    }

    /// <summary>A client signed in as <paramref name="userName"/> the way <paramref name="via"/> says.</summary>
    public static async Task<HttpClient> ClientAsync(this YincaiAppFactory app, Via via, string userName,
        string password = YincaiAppFactory.DemoPassword)
    {
        if (via == Via.Bearer) return await app.CreateApiClientAsync(userName, password);
        var browser = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(browser, userName, password);
        // As the pages' script does: API calls that change something carry the page's antiforgery token.
        if (await YincaiAppFactory.PageTokenAsync(browser) is { } token) browser.DefaultRequestHeaders.Add("RequestVerificationToken", token);
        return browser;
    }

    /// <summary>Audit rows written after <paramref name="sequence"/>, oldest first, every row written so far sealed first.</summary>
    public static async Task<List<AuditEntry>> AuditEntriesAfterAsync(this YincaiAppFactory app, long sequence)
    {
        await app.SealAuditAsync();
        return await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Sequence > sequence).OrderBy(a => a.Sequence).ToListAsync(Ct));
    }

    /// <summary>What <c>audit verify</c> checks, through the app's own services: the keyed chain against the anchor store,
    /// after sealing what was written so far (as the app's sealer would have by then).</summary>
    public static async Task<AuditChainReport> VerifyAuditChainAsync(this YincaiAppFactory app)
    {
        await app.SealAuditAsync();
        return await app.WithServicesAsync(services => services.GetRequiredService<AuditChain>().VerifyWithAnchorsAsync(Ct));
    }

    /// <summary>Runs the console command <c>audit verify</c> (with <paramref name="options"/>) on the app's services, as
    /// <c>dotnet run -- audit verify</c> does after start-up; returns its exit code and what it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunAuditVerifyAsync(this YincaiAppFactory app, params string[] options)
    {
        Assert.Single(app.Services.GetServices<ConsoleCommand>(), c => c.Name == AuditVerifyCommand.Name);
        await app.SealAuditAsync();
        await using var output = new StringWriter(CultureInfo.InvariantCulture);
        var exitCode = await app.WithServicesAsync(services => AuditVerifyCommand.RunAsync(services, ["audit", "verify", .. options], output));
        return (exitCode, output.ToString());
    }

    /// <summary>Seals what was written and writes a signed anchor of the chain's head now, as the app does on its schedule;
    /// returns the head.</summary>
    public static async Task<AuditAnchor> WriteAuditAnchorAsync(this YincaiAppFactory app)
    {
        await app.SealAuditAsync();
        return await app.Services.GetRequiredService<AuditAnchorWriter>().WriteAsync(Ct) ?? throw new InvalidOperationException("The audit trail is empty.");
    }

    /// <summary>The values of each message of <paramref name="kind"/> to <paramref name="userId"/>, oldest first: what a module
    /// told, which the reader sees in their own language.</summary>
    public static async Task<List<IReadOnlyList<string>>> ToldAsync(this YincaiAppFactory app, Guid userId, NotificationKind kind)
    {
        var values = await app.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.RecipientId == userId && n.TemplateKey == kind.Key)
            .OrderBy(n => n.CreatedAtUtc).ThenBy(n => n.Id).Select(n => n.Values ?? "[]").ToListAsync(Ct));
        return values.Select(MessageTemplates.Values).ToList();
    }

    /// <summary>Who was told a message of <paramref name="kind"/> whose values hold <paramref name="value"/> (a name, a number).</summary>
    public static Task<List<Guid>> ToldWhoAsync(this YincaiAppFactory app, NotificationKind kind, string value) =>
        app.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.TemplateKey == kind.Key && n.Values!.Contains(value))
            .Select(n => n.RecipientId).ToListAsync(Ct));

    /// <summary>The messages to <paramref name="userId"/>, oldest first, in the words the inbox shows a reader of zh-CN (the
    /// templated ones rendered as its page renders them).</summary>
    public static async Task<List<RenderedMessage>> InboxInChineseAsync(this YincaiAppFactory app, Guid userId)
    {
        var rows = await app.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.RecipientId == userId)
            .OrderBy(n => n.CreatedAtUtc).ThenBy(n => n.Id).ToListAsync(Ct));
        var templates = app.Services.GetRequiredService<MessageTemplates>();
        return rows.Select(n => n.TemplateKey is { } key ? templates.Render(key, n.Values ?? "[]", MessageTemplates.Chinese) : new RenderedMessage(n.Title, n.Body))
            .ToList();
    }
}
