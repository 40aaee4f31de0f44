using Microsoft.Extensions.Options;

namespace Yincai.IntegrationTests.Modules.Accounts;

/// <summary>
/// A new version of the user agreement and privacy policy is asked for again at the next sign-in (PIPL art. 14): until it
/// is accepted, pages lead to the consent page, the API answers 403 and no token is issued; staff are never asked.
/// </summary>
public sealed class TermsConsentTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Current => app.Services.GetRequiredService<IOptions<AccountsOptions>>().Value.TermsVersion;

    /// <summary>A talent who accepted an older version of the terms (on 2026-01-10).</summary>
    private async Task<TestAccount> AcceptedAnOlderVersionAsync()
    {
        var account = await app.RegisterAsync(AccountKind.Talent);
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == account.Id).ExecuteUpdateAsync(u => u
            .SetProperty(x => x.TermsVersion, "2026-01-10").SetProperty(x => x.TermsAcceptedAtUtc, new DateTime(2026, 1, 10, 2, 0, 0, DateTimeKind.Utc)), Ct));
        return account;
    }

    [Fact]
    public async Task SignIn_AfterTheTermsChanged_LeadsToTheConsentPageUntilAccepted_ThenWhereTheTalentWasGoing()
    {
        var talent = await AcceptedAnOlderVersionAsync();
        using var browser = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(browser, talent.Mobile!, talent.Password);

        using var page = await browser.GetAsync("/Talents/Profile", Ct);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/Accounts/Consent?ReturnUrl=%2FTalents%2FProfile", page.Headers.Location?.OriginalString);
        using var api = await browser.GetAsync("/api/v1/auth/me", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        var consent = await browser.GetStringAsync(page.Headers.Location, Ct);
        Assert.Contains("用户协议和隐私政策已更新为版本 " + Current, consent, StringComparison.Ordinal);
        Assert.Contains("您上次同意的是版本 2026-01-10（2026-01-10）", consent, StringComparison.Ordinal);

        // Not ticked: asked again, nothing recorded.
        using var unticked = await YincaiAppFactory.PostFormAsync(browser, "/Accounts/Consent?ReturnUrl=%2FTalents%2FProfile", []);
        Assert.Equal(HttpStatusCode.OK, unticked.StatusCode);
        Assert.Contains("请阅读并同意《用户协议》和《隐私政策》", await unticked.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal("2026-01-10", await VersionOfAsync(talent.Id));

        var mark = await app.LastAuditSequenceAsync();
        using var accepted = await YincaiAppFactory.PostFormAsync(browser, "/Accounts/Consent?ReturnUrl=%2FTalents%2FProfile", [new("Accept", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal("/Talents/Profile", accepted.Headers.Location?.OriginalString);
        using var profile = await browser.GetAsync("/Talents/Profile", Ct);
        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
        Assert.Equal(Current, await VersionOfAsync(talent.Id));
        // The acceptance is in the audit trail: who, when, which version.
        var audited = await app.AuditEntriesAfterAsync(mark);
        Assert.Contains(audited, a => a.Action == AuditActions.Update && a.ActorId == talent.Id && (a.After ?? "").Contains(Current, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Token_AfterTheTermsChanged_IsRefusedUntilAcceptedInTheBrowser()
    {
        var talent = await AcceptedAnOlderVersionAsync();
        using var api = app.CreateClient();

        using var refused = await api.PostAsJsonAsync("/api/v1/auth/token", new { userName = talent.Mobile!, password = talent.Password }, Ct);
        using var browser = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(browser, talent.Mobile!, talent.Password);
        (await YincaiAppFactory.PostFormAsync(browser, "/Accounts/Consent", [new("Accept", "true")])).Dispose();
        using var issued = await api.PostAsJsonAsync("/api/v1/auth/token", new { userName = talent.Mobile!, password = talent.Password }, Ct);

        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
    }

    [Fact]
    public async Task Decline_SignsOutAndRecordsNothing()
    {
        var talent = await AcceptedAnOlderVersionAsync();
        using var browser = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(browser, talent.Mobile!, talent.Password);

        using var declined = await YincaiAppFactory.PostFormAsync(browser, "/Accounts/Logout", [], tokenFrom: "/Accounts/Consent");

        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        using var me = await browser.GetAsync("/api/v1/auth/me", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        Assert.Equal("2026-01-10", await VersionOfAsync(talent.Id));
    }

    [Fact]
    public async Task Staff_AreNeverAskedForTheTerms()
    {
        using var officer = await app.ClientAsync(Via.Cookie, DemoUsers.QingdaoOfficer);

        using var home = await officer.GetAsync("/Workspace/Home", Ct);

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    private Task<string?> VersionOfAsync(Guid userId) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.TermsVersion).SingleAsync(Ct));
}
