namespace Yincai.IntegrationTests.Platform;

/// <summary>SECURITY.md A01 (open redirect) and A05 (no 500 on odd input): wherever a return address is taken, the answer is a
/// redirect to a local, ASCII-only address, the one asked for when it is safe and the home page when it is not.</summary>
public sealed class ReturnUrlTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string LocationOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.TryGetValues("Location", out var values) ? values.Single() : "";
        Assert.All(location, c => Assert.InRange(c, '!', '~'));
        Assert.StartsWith("/", location, StringComparison.Ordinal);
        Assert.False(location.StartsWith("//", StringComparison.Ordinal) || location.StartsWith("/\\", StringComparison.Ordinal), location);
        return location;
    }

    private async Task<HttpResponseMessage> SignInAsync(string returnUrl)
    {
        var talent = await app.RegisterAsync(AccountKind.Talent);
        using var browser = app.CreateBrowser();
        return await YincaiAppFactory.PostFormAsync(browser, "/Accounts/Login?ReturnUrl=" + Uri.EscapeDataString(returnUrl),
            [new("Input.UserName", talent.UserName), new("Input.Password", talent.Password)], tokenFrom: "/Accounts/Login");
    }

    private async Task<HttpResponseMessage> SetCultureAsync(string returnUrl)
    {
        using var client = app.CreateBrowser();
        using var form = new FormUrlEncodedContent([new("culture", "en"), new("returnUrl", returnUrl)]);
        return await client.PostAsync("/culture", form, Ct);
    }

    [Theory]
    [InlineData("/\t/evil.example/")]
    [InlineData("/\\evil.example")]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("/Jobs\r\nSet-Cookie: x=1")]
    public async Task SignIn_UnsafeReturnUrl_GoesToTheWorkspace(string returnUrl)
    {
        using var response = await SignInAsync(returnUrl);

        Assert.Equal("/Workspace/Home", LocationOf(response));
    }

    [Fact]
    public async Task SignIn_ReturnUrlWithChinese_RedirectsThereEncoded()
    {
        using var response = await SignInAsync("/Jobs?q=会计 助理");

        var location = LocationOf(response);
        Assert.Equal("/Jobs?q=会计 助理", Uri.UnescapeDataString(location));
    }

    [Theory]
    [InlineData("/\\evil.example")]
    [InlineData("/\t/evil.example/")]
    [InlineData("//evil.example")]
    [InlineData("javascript:alert(1)")]
    public async Task PostCulture_UnsafeReturnUrl_RedirectsHome(string returnUrl)
    {
        using var response = await SetCultureAsync(returnUrl);

        Assert.Equal("/", LocationOf(response));
    }

    [Fact]
    public async Task PostCulture_ReturnUrlWithChinese_RedirectsThereEncoded()
    {
        using var response = await SetCultureAsync("/Jobs?q=青岛");

        Assert.Equal("/Jobs?q=青岛", Uri.UnescapeDataString(LocationOf(response)));
    }
}
