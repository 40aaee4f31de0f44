using Yincai.IntegrationTests.Platform;

namespace Yincai.IntegrationTests.Modules.Accounts;

/// <summary>SECURITY.md 2.4.1 / A07: sign-in posts are limited per account (whatever the address) and, more loosely, per client
/// address (a campus NAT is many people), and answered 429 with Retry-After beyond either. Each test uses addresses and
/// user names of its own: the windows are the factory's.</summary>
public sealed class AuthRateLimitTests(RateLimitedAppFactory app) : IClassFixture<RateLimitedAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpResponseMessage> TokenAsync(string address, string userName, string password, string? forwardedFor = null)
    {
        using var client = app.CreateClient();
        using var request = ClientAddress.Request(HttpMethod.Post, "/api/v1/auth/token", address, forwardedFor);
        request.Content = JsonContent.Create(new { userName, password });
        return await client.SendAsync(request, Ct);
    }

    private async Task<HttpResponseMessage> LoginFormAsync(string address, string userName, string password)
    {
        using var browser = app.CreateBrowser();
        var token = await YincaiAppFactory.AntiforgeryTokenAsync(browser, "/Accounts/Login");
        using var request = ClientAddress.Request(HttpMethod.Post, "/Accounts/Login", address);
        request.Content = new FormUrlEncodedContent([new("Input.UserName", userName), new("Input.Password", password),
            new("__RequestVerificationToken", token)]);
        return await browser.SendAsync(request, Ct);
    }

    private static string Address(int network, int host) => $"10.{network}.0.{host}";

    [Fact]
    public async Task PostSignIn_OneAccountFromManyAddresses_Returns429WithRetryAfterBeyondAccountLimit()
    {
        var account = await app.RegisterAsync(AccountKind.Talent);
        var allowed = new List<HttpStatusCode>();
        for (var i = 0; i < RateLimitedAppFactory.AccountLimit; i++)
        {
            using var wrong = await TokenAsync(Address(1, i + 1), account.UserName, "Wrong#Pass" + i);
            allowed.Add(wrong.StatusCode);
        }

        // The same account, differently spelled, from fresh addresses: by the API and by the form.
        using var token = await TokenAsync(Address(1, 100), " " + account.UserName + " ", account.Password);
        using var form = await LoginFormAsync(Address(1, 101), account.UserName, account.Password);

        Assert.All(allowed, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, token.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, form.StatusCode);
        Assert.InRange(token.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        Assert.InRange(form.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        Assert.Equal("application/problem+json", token.Content.Headers.ContentType?.MediaType);
        Assert.Contains("请求过于频繁", await token.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("请求过于频繁", await form.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostSignIn_OtherAccountFromSameAddress_SignsInUntilAddressLimit()
    {
        var attacked = await app.RegisterAsync(AccountKind.Talent);
        var colleague = await app.RegisterAsync(AccountKind.Employer);
        var campus = Address(2, 1);
        for (var i = 0; i < RateLimitedAppFactory.AccountLimit; i++)
        {
            using var wrong = await TokenAsync(campus, attacked.UserName, "Wrong#Pass" + i);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }
        using var attackedAgain = await TokenAsync(campus, attacked.UserName, "Wrong#Pass9");

        // A colleague behind the same NAT still signs in; others too, until the address's own (higher) limit.
        using var colleagueSignIn = await TokenAsync(campus, colleague.UserName, colleague.Password);
        var others = new List<HttpStatusCode>();
        // Used so far: the three wrong passwords and the colleague's; the refused post counted for nothing.
        for (var used = RateLimitedAppFactory.AccountLimit + 1; used < RateLimitedAppFactory.AddressLimit; used++)
        {
            using var other = await TokenAsync(campus, TestData.UniqueUserName("nobody"), "Wrong#Pass1");
            others.Add(other.StatusCode);
        }
        using var beyond = await TokenAsync(campus, TestData.UniqueUserName("nobody"), "Wrong#Pass1");

        Assert.Equal(HttpStatusCode.TooManyRequests, attackedAgain.StatusCode);
        Assert.Equal(HttpStatusCode.OK, colleagueSignIn.StatusCode);
        Assert.All(others, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, beyond.StatusCode);
        Assert.NotNull(beyond.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task PostSignIn_ClientsBehindTrustedProxy_AreLimitedByTheirOwnAddress()
    {
        // Through the loopback proxy, each client's address comes from X-Forwarded-For: one busy client does not block the next.
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= RateLimitedAppFactory.AddressLimit; i++)
        {
            using var response = await TokenAsync("127.0.0.1", TestData.UniqueUserName("nobody"), "Wrong#Pass1", forwardedFor: Address(3, 1));
            statuses.Add(response.StatusCode);
        }
        using var next = await TokenAsync("127.0.0.1", TestData.UniqueUserName("nobody"), "Wrong#Pass1", forwardedFor: Address(3, 2));

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(HttpStatusCode.Unauthorized, next.StatusCode);
    }
}
