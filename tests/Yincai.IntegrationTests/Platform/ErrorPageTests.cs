using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Yincai.IntegrationTests.Platform;

/// <summary>An unexpected error shows a person the error page in their language, with a reference the operator finds
/// in the log; the API answers problem details with the same reference. Scope violations stay 404, lost updates 409.</summary>
public sealed class ErrorPageTests(FaultyAppFactory app) : IClassFixture<FaultyAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> SignedInAsync()
    {
        var talent = await app.RegisterAsync(AccountKind.Talent);
        return await app.ClientAsync(Via.Cookie, talent.UserName, talent.Password);
    }

    private static string ReferenceIn(string html)
    {
        const string marker = "data-testid=\"error-reference\">";
        var start = html.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, "No reference on the page: " + html);
        start += marker.Length;
        return WebUtility.HtmlDecode(html[start..html.IndexOf('<', start)]);
    }

    [Fact]
    public async Task UnhandledException_Page_ShowsTheChineseErrorPageWithTheLoggedReference()
    {
        using var browser = await SignedInAsync();

        using var response = await browser.GetAsync("/test-fault/bug", Ct);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(Crawler.HasLayout(html));
        Assert.Contains("系统出现问题，请稍后再试。", html, StringComparison.Ordinal);
        Assert.DoesNotContain("A fault made by the test", html, StringComparison.Ordinal);
        var reference = ReferenceIn(html);
        Assert.Contains(app.Logs, l => l.Level == LogLevel.Error && l.Message.Contains(reference, StringComparison.Ordinal)
            && l.Exception?.Message == "A fault made by the test.");
    }

    [Fact]
    public async Task UnhandledException_PageInEnglish_ShowsTheEnglishErrorPage()
    {
        using var browser = await SignedInAsync();

        using var response = await browser.GetAsync("/test-fault/bug?culture=en", Ct);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("<html lang=\"en\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("系统出现问题", html, StringComparison.Ordinal);
        ReferenceIn(html);
    }

    [Fact]
    public async Task UnhandledException_Api_GivesProblemDetailsWithTheLoggedReference()
    {
        using var browser = await SignedInAsync();

        using var response = await browser.GetAsync("/api/test-fault/bug", Ct);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(500, problem.RootElement.GetProperty("status").GetInt32());
        var reference = problem.RootElement.GetProperty(PlatformExceptionHandler.ReferenceKey).GetString()!;
        Assert.Contains(app.Logs, l => l.Level == LogLevel.Error && l.Message.Contains(reference, StringComparison.Ordinal));
        Assert.DoesNotContain("A fault made by the test", problem.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("scope", HttpStatusCode.NotFound, "页面不存在，或您无权查看。")]
    [InlineData("concurrency", HttpStatusCode.Conflict, "该内容刚被他人修改，请刷新后重试。")]
    public async Task ExpectedFault_Page_ShowsTheErrorPageWithItsStatus(string kind, HttpStatusCode status, string message)
    {
        using var browser = await SignedInAsync();

        using var response = await browser.GetAsync("/test-fault/" + kind, Ct);

        Assert.Equal(status, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(Crawler.HasLayout(html));
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.DoesNotContain("error-reference", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("scope", HttpStatusCode.NotFound)]
    [InlineData("concurrency", HttpStatusCode.Conflict)]
    public async Task ExpectedFault_Api_GivesProblemDetailsWithItsStatus(string kind, HttpStatusCode status)
    {
        using var browser = await SignedInAsync();

        using var response = await browser.GetAsync("/api/test-fault/" + kind, Ct);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ScopeViolation_Page_AuditsTheDenialWithThePathAskedFor()
    {
        using var browser = await SignedInAsync();
        var mark = await app.LastAuditSequenceAsync();

        using var response = await browser.GetAsync("/test-fault/scope", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var denial = Assert.Single(await app.AuditEntriesAfterAsync(mark), a => a.Action == AuditActions.AccessDenied);
        Assert.Contains("/test-fault/scope", denial.After, StringComparison.Ordinal);
    }
}
