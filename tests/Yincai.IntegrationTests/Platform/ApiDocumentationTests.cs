using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;

namespace Yincai.IntegrationTests.Platform;

/// <summary>
/// The open API is described for the systems that build on it: the OpenAPI document lists every <c>/api/v1</c> endpoint the app
/// serves (a new one cannot be left out), with the bearer scheme, without signing in; its reference page works without the internet
/// and without opening the content security policy to inline scripts.
/// </summary>
public sealed partial class ApiDocumentationTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OpenApiDocument_IsPublic_AndListsEveryApiEndpointWithItsMethods()
    {
        using var anonymous = app.CreateBrowser();
        using var response = await anonymous.GetAsync("/openapi/v1.json", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var root = document.RootElement;

        Assert.StartsWith("3.", root.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal("引才 Yincai API", root.GetProperty("info").GetProperty("title").GetString());
        Assert.Equal("bearer", root.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer").GetProperty("scheme").GetString());
        var documented = root.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => $"{m.Name.ToUpperInvariant()} {Normalise(p.Name)}"))
            .ToHashSet(StringComparer.Ordinal);
        var served = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(m => $"{m} {Normalise(e.RoutePattern.RawText!)}"))
            .ToList();
        Assert.True(served.Count >= 20, $"Only {served.Count} API endpoints found");
        var missing = served.Where(s => !documented.Contains(s)).ToList();
        Assert.True(missing.Count == 0, "Not in the OpenAPI document: " + string.Join(", ", missing));
        Assert.DoesNotContain(documented, d => !d.Contains(" /api/v1/", StringComparison.Ordinal));
    }

    /// <summary>Every JSON body the API takes has an example in the document, written as the API reads it (enums by name).</summary>
    [Fact]
    public async Task OpenApiDocument_EveryRequestBodyHasAnExample()
    {
        using var anonymous = app.CreateBrowser();
        using var document = JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json", Ct));
        var root = document.RootElement;
        var schemas = root.GetProperty("components").GetProperty("schemas");
        var bodies = new List<(string Operation, JsonElement Schema)>();
        foreach (var path in root.GetProperty("paths").EnumerateObject())
            foreach (var operation in path.Value.EnumerateObject())
                if (operation.Value.TryGetProperty("requestBody", out var body)
                    && body.GetProperty("content").TryGetProperty("application/json", out var json))
                    bodies.Add(($"{operation.Name.ToUpperInvariant()} {path.Name}", json.GetProperty("schema")));

        Assert.True(bodies.Count >= 8, $"Only {bodies.Count} JSON bodies");
        var missing = bodies.Where(b => !Resolve(b.Schema).TryGetProperty("examples", out _)).Select(b => b.Operation).ToList();
        Assert.True(missing.Count == 0, "No example for: " + string.Join(", ", missing));
        var job = Resolve(bodies.Single(b => b.Operation == "POST /api/v1/employer/jobs").Schema).GetProperty("examples")[0];
        Assert.Equal("FullTime", job.GetProperty("type").GetString());
        Assert.Equal("370102", job.GetProperty("regionCode").GetString());

        JsonElement Resolve(JsonElement schema) =>
            schema.TryGetProperty("$ref", out var reference) ? schemas.GetProperty(reference.GetString()!.Split('/')[^1]) : schema;
    }

    [Fact]
    public async Task ReferencePage_IsPublic_ServedFromTheApp_AndAllowsOnlyItsOwnInlineScriptByHash()
    {
        using var anonymous = app.CreateBrowser();
        using var page = await anonymous.GetAsync("/api/docs/", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Contains("引才 Yincai API", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(src|href)=""https?://", html);

        var policy = string.Join(" ", page.Headers.GetValues("Content-Security-Policy"));
        var scriptSource = Regex.Match(policy, "script-src ([^;]*)").Groups[1].Value;
        Assert.DoesNotContain("unsafe-inline", scriptSource, StringComparison.Ordinal);
        var inline = InlineScript().Matches(html).Select(m => m.Groups["code"].Value).ToList();
        Assert.NotEmpty(inline);
        foreach (var script in inline)
            Assert.Contains($"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)))}'", scriptSource, StringComparison.Ordinal);

        using var bundle = await anonymous.GetAsync("/api/docs/scalar.js", Ct);
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        // Other pages keep the strict policy.
        using var home = await anonymous.GetAsync("/", Ct);
        Assert.DoesNotContain("sha256-", string.Join(" ", home.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    /// <summary>"/api/v1/graduates/{id:guid}/" and "/api/v1/graduates/{id}" alike.</summary>
    private static string Normalise(string route) => RouteConstraint().Replace(route, "}").TrimEnd('/');

    [GeneratedRegex(@":[^}]*\}")]
    private static partial Regex RouteConstraint();

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>(?<code>.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex InlineScript();
}
