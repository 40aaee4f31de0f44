namespace Yincai.IntegrationTests.Modules.Accounts;

/// <summary>What a staff member owes before working (a current password, 2FA for every staff role) holds on the API too,
/// and a staff account without a valid scope sees nothing.</summary>
public sealed class AccountStepTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Roles.SystemAdmin)]
    [InlineData(Roles.SecurityAdmin)]
    [InlineData(Roles.Auditor)]
    [InlineData(Roles.Officer)]
    [InlineData(Roles.StationOperator)]
    [InlineData(Roles.Reviewer)]
    public async Task IssueToken_StaffWithoutTwoFactor_IsRefused(string role)
    {
        var admin = await app.CreateStaffAsync(DemoData.Shandong, role);
        await app.ResetTwoFactorAsync(admin.UserName);
        using var client = app.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = admin.UserName, password = admin.Password }, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task IssueToken_StaffPendingActivation_IsRefused()
    {
        var pending = await app.CreatePendingStaffAsync(DemoData.Qingdao, Roles.Officer);
        using var client = app.CreateClient();

        using var guessed = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = pending.UserName, password = TestData.NewPassword() }, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, guessed.StatusCode);
    }

    [Fact]
    public async Task CallApi_AdminWithoutTwoFactorByCookie_Gets403()
    {
        var admin = await app.CreateStaffAsync(DemoData.Shandong, Roles.SystemAdmin);
        await app.ResetTwoFactorAsync(admin.UserName);
        using var browser = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(browser, admin.UserName, admin.Password);

        using var response = await browser.GetAsync("/api/v1/auth/me", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task IssueToken_UnknownUserAndWrongPassword_GiveTheSameAnswer()
    {
        var talent = await app.RegisterAsync(AccountKind.Talent);
        using var client = app.CreateClient();

        using var unknown = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = TestData.NewMobile(), password = "Wrong#Pass1" }, Ct);
        using var wrong = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = talent.UserName, password = "Wrong#Pass1" }, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        var unknownProblem = await unknown.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Mvc.ProblemDetails>(Ct);
        var wrongProblem = await wrong.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Mvc.ProblemDetails>(Ct);
        Assert.Equal(wrongProblem!.Title, unknownProblem!.Title);
        Assert.Equal(wrongProblem.Detail, unknownProblem.Detail);
    }

    [Fact]
    public async Task ListOffices_StaffWithoutScope_SeesNothing()
    {
        var userName = TestData.UniqueUserName("noscope");
        var password = TestData.NewPassword();
        await app.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
            var user = new AppUser
            {
                Id = Guid.CreateVersion7(), UserName = userName, DisplayName = "无辖区", Kind = AccountKind.Staff,
                CreatedAtUtc = DateTime.UtcNow, PasswordChangedAtUtc = DateTime.UtcNow, LockoutEnabled = true,
            };
            await users.CreateAsync(user, password);
            await users.AddToRoleAsync(user, Roles.Officer);
        });
        await app.EnrolAuthenticatorAsync(userName);
        await app.CreateOfficeAsync(DemoData.Qingdao);
        using var client = await app.CreateApiClientAsync(userName, password);

        var offices = await client.GetFromJsonAsync<List<OfficeSummary>>("/api/v1/offices", Ct);

        Assert.NotNull(offices);
        Assert.Empty(offices);
    }
}
