using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using static Yincai.IntegrationTests.Modules.Graduates.Campus.CampusTestData;

namespace Yincai.IntegrationTests.Modules.Graduates.Campus;

/// <summary>The app with low limits on the organisations' API groups: per token (<c>Accounts:ApiRequestsPerTokenPerMinute</c>) and,
/// for calls without a token, per client address (<c>Accounts:ApiRequestsPerAddressPerMinute</c>).</summary>
public sealed class TokenLimitedAppFactory : YincaiAppFactory
{
    public const int PerTokenPerMinute = 5;
    public const int PerAddressPerMinute = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Accounts:ApiRequestsPerTokenPerMinute", PerTokenPerMinute.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Accounts:ApiRequestsPerAddressPerMinute", PerAddressPerMinute.ToString(CultureInfo.InvariantCulture));
    }
}

/// <summary>An organisation token's calls are counted per token: beyond the limit in a minute, 429 with Retry-After, while another
/// token of the same university goes on; calls without a live token of ours are counted per address. Only the second test calls
/// without a token (the address's window is the factory's).</summary>
public sealed class CampusTokenLimitTests(TokenLimitedAppFactory app) : IClassFixture<TokenLimitedAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetGraduates_BeyondThePerTokenLimit_Is429WithRetryAfter_AnotherTokenOfTheUniversityGoesOn()
    {
        var (campus, office) = await app.ConfirmedCampusAsync("齐鲁师范学院");
        using var busy = app.TokenClient((await app.IssueTokenAsync(office, campus)).Text);
        using var other = app.TokenClient((await app.IssueTokenAsync(office, campus)).Text);

        var allowed = new List<HttpStatusCode>();
        for (var i = 0; i < TokenLimitedAppFactory.PerTokenPerMinute; i++)
        {
            using var response = await busy.GetAsync("/api/v1/campus/graduates", Ct);
            allowed.Add(response.StatusCode);
        }
        using var beyond = await busy.GetAsync("/api/v1/campus/graduates", Ct);
        using var posted = await busy.PostAsJsonAsync("/api/v1/graduates/registrations", new { }, Ct);
        using var otherToken = await other.GetAsync("/api/v1/campus/graduates", Ct);

        Assert.All(allowed, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, beyond.StatusCode);
        Assert.InRange(beyond.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        Assert.Contains("请求过于频繁", await beyond.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, posted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherToken.StatusCode);
    }

    // Only "Bearer yc_…" counts under a token: a token-shaped text in another scheme is an anonymous request, counted by address.
    [Fact]
    public async Task PostRegistration_AnonymousBeyondTheAddressLimit_IsStill429WithAMadeUpTokenInAnotherScheme()
    {
        using var anonymous = app.CreateClient();
        var allowed = new List<HttpStatusCode>();
        for (var i = 0; i < TokenLimitedAppFactory.PerAddressPerMinute; i++)
        {
            using var response = await anonymous.PostAsJsonAsync("/api/v1/graduates/registrations", new { }, Ct);
            allowed.Add(response.StatusCode);
        }
        using var limited = await anonymous.PostAsJsonAsync("/api/v1/graduates/registrations", new { }, Ct);
        var person = GraduateOf(app.UniversityNamed("青岛大学"), "370102", "绕过限流");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/graduates/registrations")
        {
            Content = JsonContent.Create(Body(person, consent: true)),
        };
        request.Headers.TryAddWithoutValidation("Authorization", $"Digest yc_{Guid.NewGuid():N}_x");
        using var disguised = await anonymous.SendAsync(request, Ct);

        Assert.All(allowed, status => Assert.Equal(HttpStatusCode.BadRequest, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, disguised.StatusCode);
        Assert.False(await app.AnyTalentNamedAsync(person.FullName));
    }
}
