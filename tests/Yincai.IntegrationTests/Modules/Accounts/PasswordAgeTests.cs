using Microsoft.AspNetCore.Identity;

namespace Yincai.IntegrationTests.Modules.Accounts;

/// <summary>等保 periodic change: a staff password older than 90 days must be changed before any other page.</summary>
public sealed class PasswordAgeTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string PathOf(HttpResponseMessage response) =>
        response.Headers.Location is { } l ? (l.IsAbsoluteUri ? l.AbsolutePath : l.OriginalString.Split('?')[0]) : "";

    private async Task AgePasswordAsync(Guid userId, int days) =>
        await app.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByIdAsync(userId.ToString()))!;
            user.PasswordChangedAtUtc = DateTime.UtcNow.AddDays(-days);
            await users.UpdateAsync(user);
        });

    [Fact]
    public async Task OpenWorkspace_StaffPasswordOlderThan90Days_IsSentToChangeIt()
    {
        var officer = await app.CreateStaffAsync(DemoData.Qingdao, Roles.Officer);
        await AgePasswordAsync(officer.Id, 91);
        using var browser = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(browser, officer.UserName, officer.Password);

        using var workspace = await browser.GetAsync("/Workspace/Home", Ct);
        using var offices = await browser.GetAsync("/Regions/Offices", Ct);

        Assert.Equal("/Accounts/ChangePassword", PathOf(workspace));
        Assert.Equal("/Accounts/ChangePassword", PathOf(offices));
    }

    [Fact]
    public async Task ChangePassword_ExpiredPassword_OpensTheWorkspaceAgain()
    {
        var officer = await app.CreateStaffAsync(DemoData.Qingdao, Roles.Officer);
        await AgePasswordAsync(officer.Id, 120);
        using var browser = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(browser, officer.UserName, officer.Password);
        var newPassword = TestData.NewPassword();

        using var change = await YincaiAppFactory.PostFormAsync(browser, "/Accounts/ChangePassword", new Dictionary<string, string>
        {
            ["Input.OldPassword"] = officer.Password, ["Input.NewPassword"] = newPassword, ["Input.ConfirmPassword"] = newPassword,
        });
        using var workspace = await browser.GetAsync("/Workspace/Home", Ct);

        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);
        Assert.Equal(HttpStatusCode.OK, workspace.StatusCode);
    }

    [Fact]
    public async Task OpenWorkspace_StaffPassword89DaysOld_IsLetThrough()
    {
        var officer = await app.CreateStaffAsync(DemoData.Qingdao, Roles.Officer);
        await AgePasswordAsync(officer.Id, 89);
        using var browser = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(browser, officer.UserName, officer.Password);

        using var workspace = await browser.GetAsync("/Workspace/Home", Ct);

        Assert.Equal(HttpStatusCode.OK, workspace.StatusCode);
    }

    [Fact]
    public async Task ChangePassword_TwoClassesOnly_ShowsTheRuleNextToTheField()
    {
        var talent = await app.RegisterAsync(AccountKind.Talent);
        using var browser = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(browser, talent.UserName, talent.Password);

        using var change = await YincaiAppFactory.PostFormAsync(browser, "/Accounts/ChangePassword", new Dictionary<string, string>
        {
            ["Input.OldPassword"] = talent.Password, ["Input.NewPassword"] = "abcdefgh1", ["Input.ConfirmPassword"] = "abcdefgh1",
        });

        Assert.Equal(HttpStatusCode.OK, change.StatusCode);
        Assert.Contains("密码：需包含大写字母、小写字母、数字、符号中的至少三类", await change.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
