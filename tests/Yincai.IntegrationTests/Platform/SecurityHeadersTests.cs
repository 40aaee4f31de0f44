using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Yincai.IntegrationTests.Platform;

/// <summary>SECURITY.md §3 A05: the headers every response carries.</summary>
public sealed class SecurityHeadersTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    [Fact]
    public async Task GetHome_Anonymous_SendsContentSecurityPolicyAndFriends()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task GetWorkspace_SignedIn_IsNotCached()
    {
        var talent = await app.RegisterAsync(AccountKind.Talent);
        using var browser = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(browser, talent.UserName, talent.Password);

        using var response = await browser.GetAsync("/Workspace/Home", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public void Kestrel_AsConfigured_SendsNoServerHeader()
    {
        // The test server has no Server header of its own; Kestrel's option is what the deployed app answers with.
        var kestrel = app.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value;

        Assert.False(kestrel.AddServerHeader);
    }
}
