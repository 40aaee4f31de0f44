using Microsoft.AspNetCore.Mvc.Testing;

namespace Yincai.IntegrationTests.Platform;

/// <summary>Keys for cookies and tokens live in the database, so a restart or a second copy of the app keeps
/// people signed in.</summary>
public sealed class SharedKeysTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SignInCookie_FromOneCopy_IsAcceptedByAnotherCopyOnTheSameDatabase()
    {
        var talent = await app.RegisterAsync(AccountKind.Talent);
        using var browser = app.CreateBrowser();
        using var signIn = await YincaiAppFactory.PostLoginAsync(browser, talent.UserName, talent.Password);
        var cookie = string.Join("; ", signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        await using var secondCopy = app.WithWebHostBuilder(_ => { });
        using var other = secondCopy.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/auth/me");
        request.Headers.Add("Cookie", cookie);

        using var response = await other.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.DataProtectionKeys.AnyAsync(Ct)));
    }

    [Fact]
    public async Task BearerToken_FromOneCopy_IsAcceptedByAnotherCopy()
    {
        var employer = await app.RegisterAsync(AccountKind.Employer);
        var token = await app.TokenAsync(employer.UserName, employer.Password);
        await using var secondCopy = app.WithWebHostBuilder(_ => { });
        using var other = secondCopy.CreateClient();
        other.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);

        using var response = await other.GetAsync("/api/v1/auth/me", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
