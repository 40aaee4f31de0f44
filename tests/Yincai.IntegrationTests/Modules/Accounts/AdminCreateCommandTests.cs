namespace Yincai.IntegrationTests.Modules.Accounts;

/// <summary>
/// Production's first administrators: <c>admin create</c> makes the account pending activation and prints a one-time
/// link (a path here: the tests set no <c>App:PublicBaseUrl</c>); the person sets their own password with it and must
/// enrol an authenticator next. A user name that exists is refused.
/// </summary>
public sealed class AdminCreateCommandTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Runs the command line as <c>dotnet run -- admin create ...</c> would after the dispatch, capturing its output.</summary>
    private async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var command = PlatformCommands.Find(app.Services.GetServices<ConsoleCommand>(), args);
        Assert.NotNull(command);
        Assert.Equal(AdminCreateCommand.Name, command.Name);
        using var output = new StringWriter();
        var exitCode = await app.WithServicesAsync(services => AdminCreateCommand.RunAsync(services, args, output));
        return (exitCode, output.ToString());
    }

    [Fact]
    public async Task AdminCreate_NewUserName_PrintsAOneTimeLinkWithWhichThePersonSetsTheirPassword()
    {
        var userName = TestData.UniqueUserName("root");
        var mark = await app.LastAuditSequenceAsync();

        var (exitCode, output) = await RunAsync("admin", "create", "--user", userName, "--name", "首任安全管理员", "--role", Roles.SecurityAdmin, "--region", DemoData.Shandong);
        var link = output.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("/Accounts/Activate?token=", StringComparison.Ordinal));
        using var owner = app.CreateBrowser();
        var password = TestData.NewPassword();
        var form = await owner.GetStringAsync(link, Ct);
        using var activated = await YincaiAppFactory.PostFormAsync(owner, link, new Dictionary<string, string>
        {
            ["token"] = Uri.UnescapeDataString(link.Split("token=")[1]), ["Input.Password"] = password, ["Input.ConfirmPassword"] = password,
        }, tokenFrom: link);
        using var next = await owner.GetAsync("/Accounts/Security", Ct);
        using var reused = app.CreateBrowser();
        var reusedPage = await reused.GetStringAsync(link, Ct);

        Assert.Equal(0, exitCode);
        Assert.Contains(userName, form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, activated.StatusCode);
        Assert.Equal("/Accounts/TwoFactor", next.Headers.Location?.OriginalString.Split('?')[0]);
        Assert.Contains("该激活链接无效或已过期", reusedPage, StringComparison.Ordinal);
        var account = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName, Ct));
        Assert.Equal(("首任安全管理员", DemoData.Shandong), (account.DisplayName, account.ScopeRegionCode));
        var audit = await app.AuditEntriesAfterAsync(mark);
        Assert.Contains(audit, a => a.Action == AuditActions.StaffCreated && a.EntityId == account.Id.ToString() && a.ActorName == "console");
        Assert.Contains(audit, a => a.Action == AuditActions.ActivationIssued && a.EntityId == account.Id.ToString());
    }

    [Fact]
    public async Task AdminCreate_UserNameExists_IsRefusedAndIssuesNoLink()
    {
        var userName = TestData.UniqueUserName("root");
        var (first, _) = await RunAsync("admin", "create", "--user", userName, "--name", "首任审计员", "--role", Roles.Auditor, "--region", DemoData.Shandong);
        var links = await app.WithDbAsync(db => db.StaffActivations.CountAsync(Ct));

        var (second, output) = await RunAsync("admin", "create", "--user", userName, "--name", "冒名者", "--role", Roles.SystemAdmin, "--region", DemoData.Shandong);

        Assert.Equal(0, first);
        Assert.Equal(2, second);
        Assert.Contains("exists", output, StringComparison.Ordinal);
        Assert.DoesNotContain("/Accounts/Activate", output, StringComparison.Ordinal);
        Assert.Equal(links, await app.WithDbAsync(db => db.StaffActivations.CountAsync(Ct)));
        Assert.Equal("首任审计员", (await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName, Ct))).DisplayName);
    }

    [Theory]
    [InlineData("officer")]
    [InlineData("")]
    public async Task AdminCreate_NotAnAdminRole_ShowsUsageAndCreatesNothing(string role)
    {
        var userName = TestData.UniqueUserName("root");

        var (exitCode, output) = await RunAsync("admin", "create", "--user", userName, "--name", "某人", "--role", role, "--region", DemoData.Shandong);

        Assert.Equal(1, exitCode);
        Assert.Contains("Usage: admin create", output, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == userName, Ct)));
    }
}
