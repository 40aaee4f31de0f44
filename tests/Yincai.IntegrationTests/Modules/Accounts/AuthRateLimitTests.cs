namespace Yincai.IntegrationTests.Modules.Accounts;

/// <summary>SECURITY.md 2.4.1 / A07: sign-in posts are limited per client address and answered 429 beyond it.
/// One test only: every post from the test server shares one address, and so one window.</summary>
public sealed class AuthRateLimitTests(RateLimitedAppFactory app) : IClassFixture<RateLimitedAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PostSignIn_BeyondLimitPerMinute_Returns429ForTokenAndForm()
    {
        using var client = app.CreateClient();
        using var browser = app.CreateBrowser();
        var allowed = new List<HttpStatusCode>();
        for (var i = 0; i < RateLimitedAppFactory.Limit; i++)
        {
            using var response = await client.PostAsJsonAsync("/api/v1/auth/token",
                new { userName = TestData.UniqueUserName("nobody"), password = "Wrong#Pass1" }, Ct);
            allowed.Add(response.StatusCode);
        }

        using var token = await client.PostAsJsonAsync("/api/v1/auth/token",
            new { userName = TestData.UniqueUserName("nobody"), password = "Wrong#Pass1" }, Ct);
        using var form = await YincaiAppFactory.PostLoginAsync(browser, TestData.UniqueUserName("nobody"), "Wrong#Pass1");

        Assert.All(allowed, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, token.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, form.StatusCode);
    }
}
