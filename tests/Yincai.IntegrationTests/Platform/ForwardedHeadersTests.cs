using Microsoft.AspNetCore.Mvc.Testing;

namespace Yincai.IntegrationTests.Platform;

/// <summary>Behind a TLS-terminating proxy (SECURITY.md A02, A05): what a configured proxy says about the original request
/// is believed (HSTS, Secure cookies, the client's address); what anyone else says is not.</summary>
public sealed class ForwardedHeadersTests(ProxyAppFactory app) : IClassFixture<ProxyAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string Proxy = "127.0.0.1";
    private const string Stranger = "203.0.113.7";

    private HttpClient Client()
    {
        // HSTS is never sent to localhost: the app is reached under its public name, as through the proxy.
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.BaseAddress = new Uri("http://yincai.example.cn");
        return client;
    }

    private static IEnumerable<string> Cookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    [Fact]
    public async Task GetLogin_ViaKnownProxyOverHttps_SendsHstsForAYearAndSecureCookies()
    {
        using var client = Client();
        using var request = ClientAddress.Request(HttpMethod.Get, "/Accounts/Login", Proxy, forwardedFor: "198.51.100.20", forwardedProto: "https");

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var hsts = Assert.Single(response.Headers.GetValues("Strict-Transport-Security"));
        var maxAge = int.Parse(System.Text.RegularExpressions.Regex.Match(hsts, @"max-age=(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(maxAge >= 365 * 24 * 3600, hsts);
        Assert.Contains("includeSubDomains", hsts, StringComparison.OrdinalIgnoreCase);
        var antiforgery = Assert.Single(Cookies(response), c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains("; secure", antiforgery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SignIn_ViaKnownProxyOverHttps_SetsSecureAuthCookie()
    {
        var talent = await app.RegisterAsync(AccountKind.Talent);
        using var client = Client();
        using var get = ClientAddress.Request(HttpMethod.Get, "/Accounts/Login", Proxy, forwardedProto: "https");
        using var form = await client.SendAsync(get, Ct);
        var html = await form.Content.ReadAsStringAsync(Ct);
        var token = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html,
            @"name=""__RequestVerificationToken""[^>]*value=""(?<t>[^""]*)""").Groups["t"].Value);
        using var post = ClientAddress.Request(HttpMethod.Post, "/Accounts/Login", Proxy, forwardedProto: "https");
        post.Headers.Add("Cookie", string.Join("; ", Cookies(form).Select(c => c.Split(';')[0])));
        post.Content = new FormUrlEncodedContent([new("Input.UserName", talent.UserName), new("Input.Password", talent.Password),
            new("__RequestVerificationToken", token)]);

        using var response = await client.SendAsync(post, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var auth = Assert.Single(Cookies(response), c => c.StartsWith("yincai.auth=", StringComparison.Ordinal));
        Assert.Contains("; secure", auth, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task GetLogin_ForwardedHeadersFromUnknownAddress_AreIgnored()
    {
        using var client = Client();
        using var request = ClientAddress.Request(HttpMethod.Get, "/Accounts/Login", Stranger, forwardedFor: "198.51.100.20", forwardedProto: "https");

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        Assert.All(Cookies(response), c => Assert.DoesNotContain("; secure", c, StringComparison.OrdinalIgnoreCase));
    }
}
