using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;

namespace Yincai.IntegrationTests.Modules.Accounts;

/// <summary>Outside Development the demo staff are not enrolled for them (no key is ever printed): they enrol at first sign-in.</summary>
public sealed class DemoStaffOutsideDevelopmentTests(DemoStaffOutsideDevelopmentTests.StagingAppFactory app)
    : IClassFixture<DemoStaffOutsideDevelopmentTests.StagingAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The app with its demo data, in the Staging environment.</summary>
    public sealed class StagingAppFactory : YincaiAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Staging");
        }
    }

    [Fact]
    public async Task SignIn_DemoOfficerInStaging_IsNotEnrolledAndIsSentToEnrol()
    {
        var (twoFactor, key) = await app.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByNameAsync("officer.qd"))!;
            return (user.TwoFactorEnabled, await users.GetAuthenticatorKeyAsync(user));
        });
        using var browser = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(browser, "officer.qd");

        using var workspace = await browser.GetAsync("/Workspace/Home", Ct);

        Assert.False(twoFactor);
        Assert.Null(key);
        Assert.Equal(HttpStatusCode.Redirect, workspace.StatusCode);
        Assert.Equal("/Accounts/TwoFactor", workspace.Headers.Location?.OriginalString.Split('?')[0]);
    }
}
