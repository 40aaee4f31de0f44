namespace Yincai.IntegrationTests.Modules.Accounts;

/// <summary>The 30-minute idle and 12-hour absolute limits hold, and the session table keeps only live sessions.</summary>
public sealed class SessionExpiryTests(FakeClockAppFactory app) : IClassFixture<FakeClockAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DeleteExpired_SessionPastTwelveHours_IsDeletedAndItsCookieRefused()
    {
        var talent = await app.RegisterAsync(AccountKind.Talent);
        using var browser = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(browser, talent.UserName, talent.Password);
        var start = app.Time.GetUtcNow();
        // Active all along, so the 30-minute idle limit never ends it: only the absolute limit does.
        for (var minutes = 25; minutes < 12 * 60; minutes += 25)
        {
            app.Time.SetUtcNow(start.AddMinutes(minutes));
            using var active = await browser.GetAsync("/Workspace/Home", Ct);
            Assert.Equal(HttpStatusCode.OK, active.StatusCode);
        }
        app.Time.SetUtcNow(start.AddHours(12).AddMinutes(1));

        using var late = await browser.GetAsync("/Workspace/Home", Ct);
        var deleted = await app.WithServicesAsync(services => services.GetRequiredService<AccountSessions>().DeleteExpiredAsync(Ct));
        var left = await app.WithDbAsync(db => db.Set<AccountSession>().CountAsync(s => s.UserId == talent.Id, Ct));

        Assert.Equal(HttpStatusCode.Redirect, late.StatusCode);
        Assert.True(deleted >= 1);
        Assert.Equal(0, left);
    }

    [Fact]
    public async Task OpenWorkspace_After31IdleMinutes_IsSignedOut()
    {
        var officer = await app.CreateStaffAsync(DemoData.Qingdao, Roles.Officer);
        using var browser = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(browser, officer.UserName, officer.Password);
        using (var active = await browser.GetAsync("/Workspace/Home", Ct)) Assert.Equal(HttpStatusCode.OK, active.StatusCode);
        app.Time.Advance(TimeSpan.FromMinutes(31));

        using var idle = await browser.GetAsync("/Workspace/Home", Ct);

        Assert.Equal(HttpStatusCode.Redirect, idle.StatusCode);
        Assert.Contains("/Accounts/Login", idle.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
    }
}
