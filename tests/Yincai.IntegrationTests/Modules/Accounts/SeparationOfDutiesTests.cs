using Microsoft.AspNetCore.Identity;
using Yincai.Modules.Notifications.Contracts;

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
    public async Task CreateStaffPage_SystemAdmin_CreatesAnOfficerWithScopeAndRolePendingActivation()
    {
        using var browser = await SignedInAdminAsync(Roles.SystemAdmin);
        var userName = TestData.UniqueUserName("qd");

        using var response = await YincaiAppFactory.PostFormAsync(browser, "/Accounts/Admin/Create", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName, ["Input.DisplayName"] = "市南区经办人", ["Input.ScopeRegionCode"] = "370202",
            ["Input.Roles"] = Roles.Officer,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var created = await app.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByNameAsync(userName))!;
            return (user.ScopeRegionCode, user.Kind, Roles: await users.GetRolesAsync(user), user.PasswordHash);
        });
        Assert.Equal(("370202", AccountKind.Staff), (created.ScopeRegionCode, created.Kind));
        Assert.Null(created.PasswordHash);
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
            new("Input.Roles", Roles.SecurityAdmin), new("Input.Roles", Roles.Auditor),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("不能由同一账号兼任", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == userName, Ct)));
    }
    [Theory]
    [InlineData(Roles.Auditor, Roles.Officer)]
    [InlineData(Roles.SecurityAdmin, Roles.Reviewer)]
    [InlineData(Roles.SystemAdmin, Roles.StationOperator)]
    public async Task CreateStaffPage_AdminRoleWithAnotherRole_NamesTheRolesFieldAndCreatesNothing(string adminRole, string otherRole)
    {
        using var browser = await SignedInAdminAsync(Roles.SystemAdmin);
        var userName = TestData.UniqueUserName("mixed");

        using var response = await YincaiAppFactory.PostFormAsync(browser, "/Accounts/Admin/Create",
        [
            new("Input.UserName", userName), new("Input.DisplayName", "兼任者"), new("Input.ScopeRegionCode", DemoData.Shandong),
            new("Input.Roles", adminRole), new("Input.Roles", otherRole),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Matches(@"data-valmsg-for=""Input.Roles""[^>]*>[^<]*角色：", html);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == userName, Ct)));
        Assert.False(await app.WithDbAsync(db => db.AdminApprovals.AnyAsync(a => a.TargetUserName == userName, Ct)));
    }

    [Theory]
    [InlineData(Roles.Officer, Roles.Auditor)]
    [InlineData(Roles.Auditor, Roles.Officer)]
    [InlineData(Roles.SystemAdmin, Roles.SecurityAdmin)]
    public async Task GrantRole_AdminRoleBesideAnother_TheDatabaseRefuses(string held, string granted)
    {
        var account = await app.CreateStaffAsync(DemoData.Shandong, held);

        var failure = await Record.ExceptionAsync(() => app.WithServicesAsync(async services =>
        {
            // Past the service, straight through Identity's store: the trigger on accounts_user_role still holds.
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByIdAsync(account.Id.ToString()))!;
            var result = await users.AddToRoleAsync(user, granted);
            if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Code)));
        }));

        Assert.IsType<DbUpdateException>(failure);
        var roles = await app.WithDbAsync(db => (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id
                                                 where ur.UserId == account.Id select r.Name).ToListAsync(Ct));
        Assert.Equal([held], roles);
    }

    [Fact]
    public async Task AuditPage_Auditor_SeesEveryAccountAdministrationActByItsCode()
    {
        using var systemAdmin = await SignedInAdminAsync(Roles.SystemAdmin);
        using var securityAdmin = await SignedInAdminAsync(Roles.SecurityAdmin);
        using var auditor = await SignedInAdminAsync(Roles.Auditor);
        var officerName = TestData.UniqueUserName("audited");
        using var created = await YincaiAppFactory.PostFormAsync(systemAdmin, "/Accounts/Admin/Create", new Dictionary<string, string>
        {
            ["Input.UserName"] = officerName, ["Input.DisplayName"] = "被审计的经办人", ["Input.ScopeRegionCode"] = DemoData.Qingdao, ["Input.Roles"] = Roles.Officer,
        });
        var officerId = await app.UserIdAsync(officerName);
        using var issued = await AdminTestData.PostOnSecurityPageAsync(securityAdmin, "Activation", officerId);
        var link = AdminTestData.ActivationLink(await issued.Content.ReadAsStringAsync(Ct))!;
        var path = link.StartsWith('/') ? link : new Uri(link).PathAndQuery;
        using var owner = app.CreateBrowser();
        var password = TestData.NewPassword();
        using var used = await YincaiAppFactory.PostFormAsync(owner, path, new Dictionary<string, string>
        {
            ["token"] = Uri.UnescapeDataString(path.Split("token=")[1]), ["Input.Password"] = password, ["Input.ConfirmPassword"] = password,
        }, tokenFrom: path);
        using var disabled = await AdminTestData.PostOnDetailsPageAsync(systemAdmin, "Disable", officerId);
        var refusedName = TestData.UniqueUserName("refused");
        var approvedName = TestData.UniqueUserName("approved");
        foreach (var name in new[] { refusedName, approvedName })
        {
            using var requested = await YincaiAppFactory.PostFormAsync(systemAdmin, "/Accounts/Admin/Create", new Dictionary<string, string>
            {
                ["Input.UserName"] = name, ["Input.DisplayName"] = "新安全管理员", ["Input.ScopeRegionCode"] = DemoData.Shandong, ["Input.Roles"] = Roles.SecurityAdmin,
            });
        }
        var approvals = await app.WithDbAsync(db => db.AdminApprovals.Where(a => a.TargetUserName == refusedName || a.TargetUserName == approvedName)
            .ToDictionaryAsync(a => a.TargetUserName, a => a.Id, Ct));
        using var refused = await AdminTestData.DecideAsync(auditor, approvals[refusedName], approve: false);
        using var approved = await AdminTestData.DecideAsync(auditor, approvals[approvedName], approve: true);

        var page = await auditor.GetStringAsync("/Audit?action=account.", Ct);

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect],
            [created.StatusCode, used.StatusCode, refused.StatusCode, approved.StatusCode]);
        foreach (var action in new[]
                 {
                     AuditActions.StaffCreated, AuditActions.ActivationIssued, AuditActions.ActivationUsed, AuditActions.StaffDisabled,
                     AuditActions.ApprovalRequested, AuditActions.ApprovalRefused, AuditActions.ApprovalApproved,
                 })
            Assert.Contains(action, page, StringComparison.Ordinal);
        Assert.DoesNotContain("record.", page, StringComparison.Ordinal);
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
        var enabled = await app.WithDbAsync(db => db.Users.Where(u => u.Id == officer.Id).Select(u => u.TwoFactorEnabled).SingleAsync(Ct));
        Assert.False(enabled);
        Assert.Single(await app.ToldAsync(officer.Id, NotificationKinds.TwoFactorReset));
    }
}
