using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Yincai.Platform.PageCache;

/// <summary>
/// What a public page may be cached for: a GET by nobody in particular (no sign-in, no bearer token, no cookie but the
/// language's, the antiforgery one and those configured), one copy per query string, language and hour of the China day
/// on the app's clock (so a job past its last day is gone at midnight, not up to a maximum age later; and a test's clock
/// moved on is seen), each kept at most <see cref="PageCacheOptions.MaxAgeSeconds"/>. A response is kept only when it is a plain 200 with nothing personal in it: no
/// cookie set, no <c>no-store</c> or <c>private</c> (antiforgery marks a page with a token so); and only from its second
/// request (<see cref="SecondRequests"/>).
/// </summary>
public sealed class PublicPagePolicy(IOptionsMonitor<PageCacheOptions> options, IOptions<AntiforgeryOptions> antiforgery,
    TimeProvider clock, IResponseCompressionProvider compression, SecondRequests seen) : IOutputCachePolicy
{
    public const string Name = "PublicPage";

    private static readonly object AnonymousKey = new();

    /// <summary>Whether this policy found the request to be by nobody in particular (what may be cached, or compressed).</summary>
    public static bool IsPublicRequest(HttpContext http) => http.Items.ContainsKey(AnonymousKey);

    private readonly string? _antiforgeryCookie = antiforgery.Value.Cookie.Name;

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var http = context.HttpContext;
        var anonymous = settings.Enabled && IsAnonymous(http, settings);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = anonymous;
        context.AllowCacheStorage = anonymous;
        if (anonymous) http.Items[AnonymousKey] = true;
        // Requests for a page being rendered wait for it rather than render it too.
        context.AllowLocking = true;
        // Every query key: the layout echoes the whole query string (the language form's return address).
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["culture"] =
            http.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.Name ?? CultureInfo.CurrentUICulture.Name;
        context.CacheVaryByRules.VaryByValues["hour"] = Hour(clock.GetUtcNow().UtcDateTime);
        // One copy per encoding the browser gets (br, gzip or none), chosen as the compression middleware chooses.
        if (anonymous)
        {
            var encoding = compression.GetCompressionProvider(http)?.EncodingName ?? "";
            context.CacheVaryByRules.VaryByValues["encoding"] = encoding;
            var key = string.Concat(http.Request.Path.Value, http.Request.QueryString.Value, "|", context.CacheVaryByRules.VaryByValues["culture"], "|", encoding);
            context.AllowCacheStorage = seen.SeenBefore(key, TimeSpan.FromSeconds(settings.MaxAgeSeconds));
        }
        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(settings.MaxAgeSeconds);
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) =>
        ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        if (!IsStorable(context.HttpContext)) context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }

    /// <summary>Whether the response is a plain 200 with nothing personal in it: no cookie set, no <c>no-store</c> or
    /// <c>private</c>, nobody signed in.</summary>
    public static bool IsStorable(HttpContext http)
    {
        var response = http.Response;
        return response.StatusCode == StatusCodes.Status200OK
            && StringValues.IsNullOrEmpty(response.Headers.SetCookie)
            && !HeaderUtilities.ContainsCacheDirective(response.Headers.CacheControl, CacheControlHeaderValue.NoStoreString)
            && !HeaderUtilities.ContainsCacheDirective(response.Headers.CacheControl, CacheControlHeaderValue.PrivateString)
            && http.User.Identity?.IsAuthenticated != true;
    }

    private static string Hour(DateTime utc) => ChinaClock.ToChina(utc).ToString("yyyyMMddHH", CultureInfo.InvariantCulture);

    private bool IsAnonymous(HttpContext http, PageCacheOptions settings)
    {
        var request = http.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)) return false;
        if (!StringValues.IsNullOrEmpty(request.Headers.Authorization) || http.User.Identity?.IsAuthenticated == true) return false;
        if (StringValues.IsNullOrEmpty(request.Headers.Cookie)) return true;
        foreach (var name in request.Cookies.Keys)
        {
            if (name == CookieRequestCultureProvider.DefaultCookieName || name == _antiforgeryCookie) continue;
            if (Array.IndexOf(settings.AllowedCookies, name) >= 0) continue;
            return false;
        }
        return true;
    }
}
