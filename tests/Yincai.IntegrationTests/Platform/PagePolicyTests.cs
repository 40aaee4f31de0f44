using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Yincai.IntegrationTests.Platform;

/// <summary>
/// No page is public by accident: every page and endpoint of the running app, with the authorization it ends up
/// with, must match the checked-in table <see cref="TableFile"/>. A new page or endpoint fails the test until its
/// line (a decision: anonymous, signed in, a policy or a role) is added to the table.
/// </summary>
public sealed class PagePolicyTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private const string TableFile = "tests/Yincai.IntegrationTests/Platform/PagePolicies.txt";

    [Fact]
    public async Task Endpoints_EveryPageAndEndpoint_HasTheAuthorizationOfTheTable()
    {
        var expected = (await File.ReadAllLinesAsync(Path.Combine(AppContext.BaseDirectory, "Platform", "PagePolicies.txt"),
                TestContext.Current.CancellationToken))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

        var actual = await PolicyTableAsync(app.Services);

        var missing = actual.Except(expected, StringComparer.Ordinal).ToList();
        var stale = expected.Except(actual, StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0 && stale.Count == 0 && expected.SequenceEqual(actual, StringComparer.Ordinal),
            $"""
            The pages and endpoints of the app and their authorization differ from {TableFile}.
            A new page needs a decision: a rule in its module file (Modules/<M>/<M>Module.cs, RazorPagesOptions
            conventions) or [AllowAnonymous] if it is public; an endpoint states RequireAuthorization(...) or
            AllowAnonymous(). Then put its line into the table (lines sorted, ordinal).
            Lines the app has and the table lacks (add them, if the decision is right):
            {string.Join('\n', missing.Select(l => "+ " + l))}
            Lines the table has and the app lacks (remove or correct them):
            {string.Join('\n', stale.Select(l => "- " + l))}
            The whole table as the app has it now:
            {string.Join('\n', actual)}
            """);
    }

    [Fact]
    public async Task FallbackPolicy_PageOrEndpointWithoutRule_NeedsASignedInUser()
    {
        var fallback = await app.Services.GetRequiredService<IAuthorizationPolicyProvider>().GetFallbackPolicyAsync();
        var authorization = app.Services.GetRequiredService<IAuthorizationService>();
        var request = new DefaultHttpContext();
        request.SetEndpoint(new Endpoint(_ => Task.CompletedTask, new EndpointMetadataCollection(), "a page without a rule"));

        Assert.NotNull(fallback);
        var anonymous = await authorization.AuthorizeAsync(new ClaimsPrincipal(new ClaimsIdentity()), request, fallback);
        var signedIn = await authorization.AuthorizeAsync(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "x")], "test")), request, fallback);
        Assert.False(anonymous.Succeeded);
        Assert.True(signedIn.Succeeded);
    }

    [Theory]
    [InlineData("/Workspace/Home")]
    [InlineData("/Notifications")]
    [InlineData("/Matching/Job")]
    [InlineData("/Talents/Profile")]
    [InlineData("/Jobs/Review")]
    [InlineData("/Accounts/ChangePassword")]
    public async Task Get_AnonymousOnPrivatePage_RedirectsToSignIn(string path)
    {
        using var browser = app.CreateBrowser();

        using var response = await browser.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Accounts/Login", response.Headers.Location?.AbsolutePath ?? response.Headers.Location?.OriginalString.Split('?')[0]);
    }

    [Theory]
    [InlineData("/api/v1/auth/me")]
    [InlineData("/api/v1/matching/me")]
    [InlineData("/api/v1/employers")]
    [InlineData("/api/v1/offices")]
    public async Task Get_AnonymousOnPrivateApi_Answers401(string path)
    {
        using var browser = app.CreateBrowser();

        using var response = await browser.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Jobs")]
    [InlineData("/Jobs/Demands")]
    [InlineData("/Jobs/Projects")]
    [InlineData("/Events")]
    [InlineData("/Policies")]
    [InlineData("/Policies/Funds")]
    [InlineData("/Finds?q=软件")]
    [InlineData("/Offices")]
    [InlineData("/Ambassadors/Verify")]
    [InlineData("/Accounts/Login")]
    [InlineData("/Accounts/Register")]
    [InlineData("/Error")]
    [InlineData("/health")]
    [InlineData("/api/v1/events")]
    [InlineData("/api/v1/finds?q=软件")]
    [InlineData("/api/v1/regions/370000/children")]
    [InlineData("/css/site.css")]
    public async Task Get_AnonymousOnPublicPage_Answers200(string path)
    {
        using var browser = app.CreateBrowser();

        using var response = await browser.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_AnonymousOnUnknownAddress_Answers404()
    {
        using var browser = app.CreateBrowser();

        using var response = await browser.GetAsync("/No/Such/Page", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>One line per endpoint: route, methods, authorization; sorted.</summary>
    internal static async Task<List<string>> PolicyTableAsync(IServiceProvider services)
    {
        var fallback = await services.GetRequiredService<IAuthorizationPolicyProvider>().GetFallbackPolicyAsync();
        var withoutRule = fallback is null ? "public:no-rule" : "fallback:signed-in";
        return services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => $"{"/" + e.RoutePattern.RawText?.TrimStart('/'),-48} {Methods(e),-8} {Authorization(e, withoutRule)}".TrimEnd())
            .Distinct().Order(StringComparer.Ordinal).ToList();
    }

    private static string Methods(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<HttpMethodMetadata>() is { HttpMethods.Count: > 0 } methods
            ? string.Join(',', methods.HttpMethods.Order(StringComparer.Ordinal))
            : "*";

    /// <summary>What the authorization middleware will apply: AllowAnonymous wins; otherwise every authorize rule
    /// and policy on the endpoint, combined; with none, the fallback policy (signed in), if there is one.</summary>
    private static string Authorization(Endpoint endpoint, string withoutRule)
    {
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null) return "anonymous";
        var rules = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var data in endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>())
        {
            if (!string.IsNullOrEmpty(data.Policy)) rules.Add("policy:" + data.Policy);
            if (!string.IsNullOrEmpty(data.Roles)) rules.Add("roles:" + data.Roles);
            if (string.IsNullOrEmpty(data.Policy) && string.IsNullOrEmpty(data.Roles)) rules.Add("signed-in");
        }
        foreach (var policy in endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>())
            rules.Add("requirements:" + string.Join('+', policy.Requirements.Select(r => r.GetType().Name)));
        foreach (var data in endpoint.Metadata.GetOrderedMetadata<IAuthorizationRequirementData>())
            rules.Add("requirements:" + string.Join('+', data.GetRequirements().Select(r => r.GetType().Name)));
        // An explicit "signed in" adds nothing to a named policy: every policy here already needs someone.
        if (rules.Count > 1) rules.Remove("signed-in");
        return rules.Count == 0 ? withoutRule : string.Join(" + ", rules);
    }
}
