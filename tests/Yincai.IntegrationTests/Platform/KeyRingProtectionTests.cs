using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Yincai.IntegrationTests.Platform;

/// <summary>SECURITY.md 8.1.4.8: the keys that sign cookies and tokens are stored encrypted under a key from configuration
/// (Protection:KeyRingKey), so a copy of the database alone forges nothing; keys that must differ are refused at start.</summary>
public sealed class KeyRingProtectionTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string FieldKey = "dGVzdC1maWVsZC1rZXktMDEyMzQ1Njc4OWFiY2RlZjA=";
    private const string OtherKeyRingKey = "b3RoZXIta2V5cmluZy1rZXktMDEyMzQ1Njc4OWFiY2Q=";

    private async Task<string> SignedInCookieAsync()
    {
        var talent = await app.RegisterAsync(AccountKind.Talent);
        using var browser = app.CreateBrowser();
        using var signIn = await YincaiAppFactory.PostLoginAsync(browser, talent.UserName, talent.Password);
        return string.Join("; ", signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
    }

    private static async Task<HttpStatusCode> MeAsync(WebApplicationFactory<Program> copy, string cookie)
    {
        using var client = copy.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/auth/me");
        request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request, Ct);
        return response.StatusCode;
    }

    [Fact]
    public async Task StoredKeys_AfterSignIn_HoldNoMasterKeyInClear()
    {
        await SignedInCookieAsync();

        var stored = await app.WithDbAsync(db => db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml).ToListAsync(Ct));

        Assert.NotEmpty(stored);
        Assert.All(stored, xml =>
        {
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal);
            Assert.Contains("<encryptedSecret", xml, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task SignInCookie_CopyWithAnotherKeyRingKey_IsNotAccepted()
    {
        var cookie = await SignedInCookieAsync();
        await using var sameKey = app.WithWebHostBuilder(_ => { });
        await using var otherKey = app.WithWebHostBuilder(b => b.UseSetting("Protection:KeyRingKey", OtherKeyRingKey));

        Assert.Equal(HttpStatusCode.OK, await MeAsync(sameKey, cookie));
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(otherKey, cookie));
    }

    [Theory]
    [InlineData("Protection:IndexKey")]
    [InlineData("Protection:KeyRingKey")]
    public async Task Start_KeyEqualToTheFieldKey_IsRefusedWithAClearMessage(string setting)
    {
        await using var copy = app.WithWebHostBuilder(b => b.UseSetting(setting, FieldKey));

        var error = Record.Exception(() => copy.CreateClient());

        Assert.NotNull(error);
        Assert.Contains("must differ", error.ToString(), StringComparison.Ordinal);
        Assert.Contains(setting, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_OutsideDevelopmentWithoutKeyRingKey_IsRefused()
    {
        await using var copy = app.WithWebHostBuilder(b => b.UseEnvironment("Staging").UseSetting("Protection:KeyRingKey", ""));

        var error = Record.Exception(() => copy.CreateClient());

        Assert.NotNull(error);
        Assert.Contains("Protection:KeyRingKey", error.ToString(), StringComparison.Ordinal);
    }
}
