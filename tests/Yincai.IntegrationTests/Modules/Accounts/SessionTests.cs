namespace Yincai.IntegrationTests.Modules.Accounts;

/// <summary>Sessions end on the server at once (SECURITY.md §1, A07): sign-out ends that session, a disable, a password
/// change or a role change ends every session and token of the account, whatever copy of a cookie or token is left.</summary>
public sealed class SessionTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string PathOf(HttpResponseMessage response) =>
        response.Headers.Location is { } location
            ? (location.IsAbsoluteUri ? location : new Uri(new Uri("http://localhost"), location)).AbsolutePath
            : "";

    /// <summary>GET <paramref name="path"/> from a fresh client that sends only the copied cookie header.</summary>
    private async Task<HttpResponseMessage> ReplayAsync(string cookieHeader, string path = "/Workspace/Home")
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookieHeader);
        return await client.SendAsync(request, Ct);
    }

    private async Task<(HttpClient Browser, string CookieHeader)> SignedInBrowserAsync(TestAccount account)
    {
        var cookies = new CookieContainer();
        var browser = app.CreateBrowser(cookies);
        await YincaiAppFactory.SignInAsync(browser, account.UserName, account.Password);
        return (browser, cookies.GetCookieHeader(browser.BaseAddress!));
    }

    private static void AssertSignedOut(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Accounts/Login", PathOf(response));
    }

    [Fact]
    public async Task Logout_CookieReplayedAfterwards_IsSignedOut()
    {
        var officer = await app.CreateStaffAsync(DemoData.Qingdao, Roles.Officer);
        var (browser, copy) = await SignedInBrowserAsync(officer);
        using (var before = await ReplayAsync(copy)) Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        using var logout = await YincaiAppFactory.PostFormAsync(browser, "/Accounts/Logout", [], tokenFrom: "/Workspace/Home");
        using var replayed = await ReplayAsync(copy);

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        AssertSignedOut(replayed);
        browser.Dispose();
    }

    [Fact]
    public async Task Logout_OneSession_OtherSessionsGoOn()
    {
        var talent = await app.RegisterAsync(AccountKind.Talent);
        var (first, _) = await SignedInBrowserAsync(talent);
        var (second, _) = await SignedInBrowserAsync(talent);

        using var logout = await YincaiAppFactory.PostFormAsync(first, "/Accounts/Logout", [], tokenFrom: "/Workspace/Home");
        using var still = await second.GetAsync("/Workspace/Home", Ct);

        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
        first.Dispose();
        second.Dispose();
    }

    [Fact]
    public async Task Disable_BearerTokenAndCookie_AreRefusedAtOnce()
    {
        var officer = await app.CreateStaffAsync(DemoData.Qingdao, Roles.Officer);
        using var api = await app.CreateApiClientAsync(officer.UserName, officer.Password);
        var (browser, _) = await SignedInBrowserAsync(officer);
        using (var before = await api.GetAsync("/api/v1/auth/me", Ct)) Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        await app.WithServicesAsync(async services =>
        {
            var user = await services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>().FindByIdAsync(officer.Id.ToString());
            var result = await services.GetRequiredService<StaffAccounts>().SetDisabledAsync(user!, disabled: true, Ct);
            Assert.False(result.IsError);
        });
        using var token = await api.GetAsync("/api/v1/auth/me", Ct);
        using var page = await browser.GetAsync("/Workspace/Home", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, token.StatusCode);
        AssertSignedOut(page);
        browser.Dispose();
    }

    [Fact]
    public async Task ChangePassword_OtherCookiesTokensAndOldCopies_AreRefused()
    {
        var officer = await app.CreateStaffAsync(DemoData.Qingdao, Roles.Officer);
        var (changer, oldCopy) = await SignedInBrowserAsync(officer);
        var (other, _) = await SignedInBrowserAsync(officer);
        using var api = await app.CreateApiClientAsync(officer.UserName, officer.Password);
        var newPassword = TestData.NewPassword();

        using var change = await YincaiAppFactory.PostFormAsync(changer, "/Accounts/ChangePassword", new Dictionary<string, string>
        {
            ["Input.OldPassword"] = officer.Password, ["Input.NewPassword"] = newPassword, ["Input.ConfirmPassword"] = newPassword,
        });
        using var changerAfter = await changer.GetAsync("/Workspace/Home", Ct);
        using var otherAfter = await other.GetAsync("/Workspace/Home", Ct);
        using var replayed = await ReplayAsync(oldCopy);
        using var token = await api.GetAsync("/api/v1/auth/me", Ct);

        Assert.Equal("/Workspace/Home", PathOf(change));
        Assert.Equal(HttpStatusCode.OK, changerAfter.StatusCode);
        AssertSignedOut(otherAfter);
        AssertSignedOut(replayed);
        Assert.Equal(HttpStatusCode.Unauthorized, token.StatusCode);
        changer.Dispose();
        other.Dispose();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ChangeRoles_CookieAndToken_AreRefused(bool add)
    {
        var officer = await app.CreateStaffAsync(DemoData.Qingdao, Roles.Officer, Roles.Reviewer);
        var (browser, _) = await SignedInBrowserAsync(officer);
        using var api = await app.CreateApiClientAsync(officer.UserName, officer.Password);

        await app.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
            var user = (await users.FindByIdAsync(officer.Id.ToString()))!;
            var result = add ? await users.AddToRoleAsync(user, Roles.StationOperator) : await users.RemoveFromRoleAsync(user, Roles.Reviewer);
            Assert.True(result.Succeeded);
        });
        using var page = await browser.GetAsync("/Workspace/Home", Ct);
        using var token = await api.GetAsync("/api/v1/auth/me", Ct);

        AssertSignedOut(page);
        Assert.Equal(HttpStatusCode.Unauthorized, token.StatusCode);
        browser.Dispose();
    }

    [Fact]
    public async Task SignIn_EachSession_IsOneRowLookedUpByItsKey()
    {
        var talent = await app.RegisterAsync(AccountKind.Talent);
        var (browser, _) = await SignedInBrowserAsync(talent);
        using var api = await app.CreateApiClientAsync(talent.UserName, talent.Password);

        var sessions = await app.WithDbAsync(db => db.Set<AccountSession>().Where(s => s.UserId == talent.Id).ToListAsync(Ct));

        Assert.Equal(2, sessions.Count);
        Assert.Contains(sessions, s => s.ExpiresAtUtc - s.CreatedAtUtc == TimeSpan.FromHours(12));
        Assert.Contains(sessions, s => s.ExpiresAtUtc - s.CreatedAtUtc == TimeSpan.FromMinutes(30));
        browser.Dispose();
    }
}
