using System.Net.Http.Headers;
using System.Text.Json;

namespace Yincai.IntegrationTests.Platform;

/// <summary>
/// Every problem the API answers has one shape (RFC 9457, application/problem+json) in the caller's language: invalid input names
/// the field, a refusal says why, and the bare statuses of authorization and routing (401, 404) come as problems too, each with a
/// stable code for programs and the trace id to quote.
/// </summary>
public sealed class ApiProblemTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpStatusCode Status, string? ContentType, JsonElement Body)> SendAsync(HttpMethod method, string path, string? language,
        object? json = null)
    {
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(method, path);
        if (language is not null) request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        if (json is not null) request.Content = JsonContent.Create(json);
        using var response = await client.SendAsync(request, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.False(string.IsNullOrEmpty(text), $"{method} {path} answered {(int)response.StatusCode} without a body");
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public async Task InvalidInput_NamesTheFieldInChinese_OrInEnglishWhenAsked()
    {
        var complaint = new { kind = "FakeHiring", target = "Named", againstName = "某中介", description = "收取押金后失联", occurredOn = "2026-11-01" };

        var (status, type, zh) = await SendAsync(HttpMethod.Post, "/api/v1/complaints", null, complaint);
        var (_, _, en) = await SendAsync(HttpMethod.Post, "/api/v1/complaints", "en", complaint);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", type);
        Assert.Equal(400, zh.GetProperty("status").GetInt32());
        Assert.Equal("请求无效。", zh.GetProperty("title").GetString());
        Assert.Equal("The request is not valid.", en.GetProperty("title").GetString());
        Assert.Equal("/api/v1/complaints", zh.GetProperty("instance").GetString());
        Assert.False(string.IsNullOrEmpty(zh.GetProperty("traceId").GetString()));
        Assert.StartsWith("complaints.", zh.GetProperty("code").GetString(), StringComparison.Ordinal);
        var field = Assert.Single(zh.GetProperty("errors").EnumerateObject());
        Assert.Equal(field.Name, Assert.Single(en.GetProperty("errors").EnumerateObject()).Name);
        var chinese = field.Value[0].GetString()!;
        var english = en.GetProperty("errors").GetProperty(field.Name)[0].GetString()!;
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", chinese);
        Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", english);
        Assert.Equal(chinese, zh.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task NotSignedIn_And_NoSuchEndpoint_AreProblemsWithTheirStatus()
    {
        var (unauthorized, type, zh) = await SendAsync(HttpMethod.Get, "/api/v1/employers/", null);
        var (_, _, en) = await SendAsync(HttpMethod.Get, "/api/v1/employers/", "en");
        var (notFound, _, missing) = await SendAsync(HttpMethod.Get, "/api/v1/no-such-thing", null);

        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized);
        Assert.Equal("application/problem+json", type);
        Assert.Equal("需要登录，或令牌无效、已过期。", zh.GetProperty("title").GetString());
        Assert.Equal("Sign-in is needed, or the token is not valid or has expired.", en.GetProperty("title").GetString());
        Assert.Equal("http.401", zh.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, notFound);
        Assert.Equal("资源不存在，或您无权查看。", missing.GetProperty("title").GetString());
        Assert.Equal("http.404", missing.GetProperty("code").GetString());
    }

    [Fact]
    public async Task EveryApiAnswer_SaysItsVersion_PagesDoNot()
    {
        using var client = app.CreateBrowser();
        using var regions = await client.GetAsync("/api/v1/regions/37/children", Ct);
        using var problem = await client.GetAsync("/api/v1/no-such-thing", Ct);
        using var page = await client.GetAsync("/", Ct);

        Assert.Equal(HttpStatusCode.OK, regions.StatusCode);
        Assert.Equal("1", Assert.Single(regions.Headers.GetValues("API-Version")));
        Assert.Equal("1", Assert.Single(problem.Headers.GetValues("API-Version")));
        Assert.False(regions.Headers.Contains("Deprecation"));
        Assert.False(page.Headers.Contains("API-Version"));
    }

    [Fact]
    public async Task WrongSignIn_IsOneProblemForEveryReason()
    {
        var (status, type, body) = await SendAsync(HttpMethod.Post, "/api/v1/auth/token", null,
            new { userName = "nobody-" + Guid.NewGuid().ToString("N")[..6], password = "wrong-password-1" });

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("application/problem+json", type);
        Assert.Equal("accounts.sign_in_failed", body.GetProperty("code").GetString());
        Assert.Equal("需要登录，或令牌无效、已过期。", body.GetProperty("title").GetString());
    }
}
