
namespace Yincai.IntegrationTests.Modules.Accounts;

/// <summary>Sign-in protection and the rules of staff accounts (SECURITY.md §1, A01, A07).</summary>
public sealed class AccountsTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string PathOf(HttpResponseMessage response) =>
        response.Headers.Location is { } location
            ? (location.IsAbsoluteUri ? location : new Uri(new Uri("http://localhost"), location)).AbsolutePath
            : "";

    [Fact]
    public async Task SignIn_AfterFiveWrongPasswords_RefusesEvenTheRightPassword()
    {
        var account = await app.RegisterAsync(AccountKind.Talent);
        using var browser = app.CreateBrowser();
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await YincaiAppFactory.PostLoginAsync(browser, account.UserName, "Wrong#Pass" + i);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var sixth = await YincaiAppFactory.PostLoginAsync(browser, account.UserName, account.Password);

        Assert.Equal(HttpStatusCode.OK, sixth.StatusCode); // the form again, not the redirect of a signed-in user
        using var me = await browser.GetAsync("/api/v1/auth/me", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        var lockoutEnd = await app.WithDbAsync(db => db.Users.Where(u => u.Id == account.Id).Select(u => u.LockoutEnd).SingleAsync(Ct));
        Assert.NotNull(lockoutEnd);
        Assert.InRange(lockoutEnd.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(29), TimeSpan.FromMinutes(31));
    }

    [Theory]
    [InlineData("1380013800", "应为 11 位数字")]
    [InlineData("12800138000", "不是有效的中国大陆手机号码")]
    public async Task Register_InvalidMobile_SaysWhyNextToTheFieldAndKeepsWhatWasTyped(string mobile, string expected)
    {
        using var browser = app.CreateBrowser();

        using var response = await YincaiAppFactory.PostFormAsync(browser, "/Accounts/Register", new Dictionary<string, string>
        {
            ["Input.Kind"] = "Employer", ["Input.Mobile"] = mobile, ["Input.DisplayName"] = "张测试",
            ["Input.Password"] = "Yincai#2026pw", ["Input.ConfirmPassword"] = "Yincai#2026pw",
        });
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = System.Text.RegularExpressions.Regex.Match(html,
            "<span class=\"[^\"]*field-validation-error[^\"]*\"[^>]*data-valmsg-for=\"Input.Mobile\"[^>]*>(?<text>[^<]+)</span>");
        Assert.True(message.Success, "no message next to the mobile field");
        Assert.Contains(expected, message.Groups["text"].Value, StringComparison.Ordinal);
        Assert.Contains($"value=\"{mobile}\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"张测试\"", html, StringComparison.Ordinal);
        Assert.Matches("id=\"kind-employer\"[^>]*checked|checked[^>]*id=\"kind-employer\"", html);
    }

    [Fact]
    public async Task IssueToken_LockedOutAccount_RefusesTheRightPassword()
    {
        var account = await app.RegisterAsync(AccountKind.Employer);
        using var client = app.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = account.UserName, password = "Wrong#Pass" + i }, Ct);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var sixth = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = account.UserName, password = account.Password }, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, sixth.StatusCode);
        Assert.DoesNotContain("accessToken", await sixth.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AccountKind.Talent)]
    [InlineData(AccountKind.Employer)]
    public async Task OpenStaffAdminPage_TalentOrEmployer_IsDeniedAndAudited(AccountKind kind)
    {
        var account = await app.RegisterAsync(kind);
        using var browser = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(browser, account.UserName, account.Password);
        var mark = await app.LastAuditSequenceAsync();

        using var response = await browser.GetAsync("/Accounts/Admin", Ct);

        Assert.True(response.StatusCode == HttpStatusCode.Forbidden
                    || (response.StatusCode == HttpStatusCode.Redirect && PathOf(response) == "/Accounts/AccessDenied"),
            $"{(int)response.StatusCode} {response.Headers.Location}");
        var denial = Assert.Single(await app.AuditEntriesAfterAsync(mark), a => a.Action == AuditActions.AccessDenied);
        Assert.Equal(AuditOutcome.Denied, denial.Outcome);
        Assert.Equal(account.Id, denial.ActorId);
        Assert.Contains("/Accounts/Admin", denial.After, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.SystemAdmin, Roles.SecurityAdmin)]
    [InlineData(Roles.SystemAdmin, Roles.Auditor)]
    [InlineData(Roles.SecurityAdmin, Roles.Auditor)]
    public async Task CreateAsync_TwoAdminRoles_FailsWithAdminRolesExclusive(string first, string second)
    {
        var userName = TestData.UniqueUserName("admin");
        var request = new NewStaffAccount(userName, "测试管理员", null, DemoData.Shandong, [first, second]);

        var result = await app.WithServicesAsync(services => services.GetRequiredService<StaffAccounts>().CreateAsync(request, Ct));

        Assert.True(result.IsError);
        Assert.Equal("accounts.admin_roles_exclusive", result.Error!.Code);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == userName, Ct)));
    }

    [Theory]
    [InlineData(Roles.SystemAdmin, "/")]
    [InlineData(Roles.SystemAdmin, "/Accounts/Admin")]
    [InlineData(Roles.SecurityAdmin, "/Accounts/Security")]
    [InlineData(Roles.Auditor, "/Audit")]
    [InlineData(Roles.Auditor, "/Accounts/ChangePassword")]
    [InlineData(Roles.Officer, "/Workspace/Home")]
    [InlineData(Roles.Officer, "/Talents")]
    [InlineData(Roles.StationOperator, "/Workspace/Home")]
    [InlineData(Roles.Reviewer, "/Workspace/Home")]
    public async Task OpenPage_StaffWithoutTwoFactor_RedirectsToTwoFactor(string role, string path)
    {
        var admin = await app.CreateStaffAsync(DemoData.Shandong, role);
        await app.ResetTwoFactorAsync(admin.UserName);
        using var browser = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(browser, admin.UserName, admin.Password);

        using var response = await browser.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Accounts/TwoFactor", PathOf(response));
    }

    [Fact]
    public async Task OpenTwoFactorPage_AdminWithoutTwoFactor_ShowsEnrolment()
    {
        var admin = await app.CreateStaffAsync(DemoData.Shandong, Roles.SystemAdmin);
        await app.ResetTwoFactorAsync(admin.UserName);
        using var browser = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(browser, admin.UserName, admin.Password);

        using var response = await browser.GetAsync("/Accounts/TwoFactor", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
