using Microsoft.AspNetCore.Identity;

namespace Yincai.IntegrationTests.Modules.Accounts;

/// <summary>三权分立: the system admin, the security admin and the auditor each reach only their own pages.</summary>
public sealed class SeparationOfDutiesTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>An admin with an authenticator enrolled, signed in through the password and code forms.</summary>
    private async Task<HttpClient> SignedInAdminAsync(string role)
    {
        var admin = await app.CreateStaffAsync(DemoData.Shandong, role);
        var key = await app.EnrolAuthenticatorAsync(admin.UserName);
        var browser = app.CreateBrowser();
        await YincaiAppFactory.SignInWithAuthenticatorAsync(browser, admin.UserName, admin.Password, key);
        return browser;
    }

    [Theory]
    [InlineData(Roles.SystemAdmin, "/Accounts/Admin", true)]
    [InlineData(Roles.SystemAdmin, "/Accounts/Admin/Create", true)]
    [InlineData(Roles.SystemAdmin, "/Accounts/Security", false)]
    [InlineData(Roles.SystemAdmin, "/Audit", false)]
    [InlineData(Roles.SecurityAdmin, "/Accounts/Security", true)]
    [InlineData(Roles.SecurityAdmin, "/Accounts/Admin", false)]
    [InlineData(Roles.SecurityAdmin, "/Accounts/Admin/Create", false)]
    [InlineData(Roles.SecurityAdmin, "/Audit", false)]
    [InlineData(Roles.Auditor, "/Audit", true)]
    [InlineData(Roles.Auditor, "/Accounts/Admin", false)]
    [InlineData(Roles.Auditor, "/Accounts/Security", false)]
    [InlineData(Roles.Auditor, "/Regions/Offices", false)]
    public async Task OpenPage_AdminRole_ReachesOnlyItsOwnJob(string role, string path, bool allowed)
    {
        using var browser = await SignedInAdminAsync(role);

        using var response = await browser.GetAsync(path, Ct);

        if (allowed)
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        else
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden
                        || response.Headers.Location is { } location
                        && (location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString).StartsWith("/Accounts/AccessDenied", StringComparison.Ordinal),
                $"{role} {path}: {(int)response.StatusCode} {response.Headers.Location}");
    }

    [Fact]
    public async Task CreateStaffPage_SystemAdmin_CreatesAnOfficerWithScopeAndRole()
    {
        using var browser = await SignedInAdminAsync(Roles.SystemAdmin);
        var userName = TestData.UniqueUserName("qd");

        using var response = await YincaiAppFactory.PostFormAsync(browser, "/Accounts/Admin/Create", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName, ["Input.DisplayName"] = "市南区经办人", ["Input.ScopeRegionCode"] = "370202",
            ["Input.Roles"] = Roles.Officer, ["Input.Password"] = TestData.NewPassword(),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var created = await app.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByNameAsync(userName))!;
            return (user.ScopeRegionCode, user.Kind, Roles: await users.GetRolesAsync(user));
        });
        Assert.Equal(("370202", AccountKind.Staff), (created.ScopeRegionCode, created.Kind));
        Assert.Equal([Roles.Officer], created.Roles);
    }

    [Fact]
    public async Task CreateStaffPage_TwoAdminRoles_ShowsTheRuleAndCreatesNothing()
    {
        using var browser = await SignedInAdminAsync(Roles.SystemAdmin);
        var userName = TestData.UniqueUserName("both");

        using var response = await YincaiAppFactory.PostFormAsync(browser, "/Accounts/Admin/Create",
        [
            new("Input.UserName", userName), new("Input.DisplayName", "兼任者"), new("Input.ScopeRegionCode", DemoData.Shandong),
            new("Input.Roles", Roles.SecurityAdmin), new("Input.Roles", Roles.Auditor), new("Input.Password", TestData.NewPassword()),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("不能由同一账号兼任", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == userName, Ct)));
    }
    [Fact]
    public async Task DisableOnDetailsPage_SystemAdmin_StopsTheOfficerSigningIn()
    {
        using var admin = await SignedInAdminAsync(Roles.SystemAdmin);
        var officer = await app.CreateStaffAsync(DemoData.Qingdao, Roles.Officer);

        using var disabled = await YincaiAppFactory.PostFormAsync(admin, $"/Accounts/Admin/Details?id={officer.Id}&handler=Disable",
            new Dictionary<string, string> { ["id"] = officer.Id.ToString() }, tokenFrom: $"/Accounts/Admin/Details?id={officer.Id}");
        using var browser = app.CreateBrowser();
        using var signIn = await YincaiAppFactory.PostLoginAsync(browser, officer.UserName, officer.Password);

        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains("该账号已停用", await signIn.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetTwoFactorOnSecurityPage_SecurityAdmin_TurnsItOffAndTellsTheOwner()
    {
        using var securityAdmin = await SignedInAdminAsync(Roles.SecurityAdmin);
        var officer = await app.CreateStaffAsync(DemoData.Jinan, Roles.Officer);
        await app.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByIdAsync(officer.Id.ToString()))!;
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
        });

        using var reset = await YincaiAppFactory.PostFormAsync(securityAdmin, "/Accounts/Security?handler=ResetTwoFactor",
            new Dictionary<string, string> { ["id"] = officer.Id.ToString() }, tokenFrom: "/Accounts/Security");

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        var (enabled, messages) = await app.WithDbAsync(async db => (
            await db.Users.Where(u => u.Id == officer.Id).Select(u => u.TwoFactorEnabled).SingleAsync(Ct),
            await db.Notifications.Where(n => n.RecipientId == officer.Id).Select(n => n.Title).ToListAsync(Ct)));
        Assert.False(enabled);
        Assert.Contains("两步验证已被重置", messages);
    }
}
