using System.Globalization;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.RateLimiting;
using Yincai.Modules.Shared;
using Yincai.Platform.Api;
using Yincai.Platform.PageCache;

namespace Yincai.Platform;

/// <summary>What every module stands on: database, localisation, security headers, errors, limits, health.</summary>
public static class PlatformModule
{
    public static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en")];

    public static WebApplicationBuilder AddPlatform(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ChinaClock>();
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();

        var provider = DatabaseOptions.ProviderFrom(builder.Configuration);
        var connectionString = provider == DatabaseProvider.Sqlite
            ? DatabaseOptions.SqliteConnectionString(builder.Configuration, builder.Environment.ContentRootPath)
            : builder.Configuration.GetConnectionString(DatabaseOptions.ConnectionStringName)
              ?? throw new InvalidOperationException("ConnectionStrings:Yincai is required when Database:Provider is Postgres.");
        // The options are built once (singleton), not for every request's DbContext.
        services.AddDbContext<YincaiDb>((sp, o) =>
        {
            DatabaseOptions.Configure(o, provider, connectionString);
            // Modules' interceptors (an index kept from saved rows) before the page cache's eviction, so that a page rendered
            // after the eviction reads what they updated.
            o.AddInterceptors(sp.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>());
            o.AddInterceptors(sp.GetRequiredService<PageCache.PageCacheEviction>());
        }, ServiceLifetime.Scoped, ServiceLifetime.Singleton);
        services.AddPageCache();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<NavigationMenu>();
        var keys = Protection.ProtectionKeys.From(builder.Configuration, builder.Environment);
        services.AddSingleton(keys);
        services.AddSingleton<Protection.FieldProtection>();
        services.AddScoped<DemoData>();
        services.AddScoped<Excel.ExcelExports>();

        // Keys live in the database so that restarts and several copies of the app keep people signed in; encrypted
        // there under Protection:KeyRingKey, so that a copy of the database alone forges no cookie or token.
        services.AddDataProtection().SetApplicationName("Yincai").PersistKeysToDbContext<YincaiDb>();
        services.Configure<KeyManagementOptions>(o => o.XmlEncryptor = new Protection.KeyRingEncryptor(keys));

        // Behind TLS termination: the original scheme and client address, believed only from the configured proxies.
        services.Configure<ForwardedHeadersOptions>(o => TrustedProxies(o, builder.Configuration));
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        // Secure whenever the request was https (through the proxy too); the sign-in cookie does the same (Accounts).
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);

        // Chinese text goes out as text, not as &#x...; entities (a page three times smaller); Razor still
        // encodes what HTML requires.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("zh-CN");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            // zh-CN unless the person chose English: the browser's language does not decide. A program calling the API says
            // which language it wants with Accept-Language.
            var acceptLanguage = new AcceptLanguageHeaderRequestCultureProvider();
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider(),
                new CustomRequestCultureProvider(c => c.Request.Path.StartsWithSegments("/api")
                    ? acceptLanguage.DetermineProviderCultureResult(c) : Task.FromResult<ProviderCultureResult?>(null)),
            ];
        });

        // Nothing is public by accident: a page or endpoint without a rule of its own needs a signed-in user.
        // Each module states its pages' rules in its module file; public ones opt out with AllowAnonymous. An
        // address that matches no page or endpoint has nothing to guard: it gets the 404 page, not a sign-in.
        services.AddAuthorization(o => o.FallbackPolicy = new AuthorizationPolicyBuilder()
            .RequireAssertion(c => c.User.Identity?.IsAuthenticated == true || c.Resource is HttpContext { } http && http.GetEndpoint() is null)
            .Build());
        services.AddRazorPages(o => o.RootDirectory = "/Modules")
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = ModuleStringLocalizer.For);

        services.AddProblemDetails(o => o.CustomizeProblemDetails = ApiProblems.Customize);
        services.AddExceptionHandler<PlatformExceptionHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuditingAuthorizationResultHandler>();
        services.AddSingleton<DatabaseHealthCheck>();
        // Readiness only: a copy whose database is away cannot serve, but restarting it would not bring the database back.
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>(DatabaseHealthCheck.Name, tags: [Health.Ready]);

        // The limits themselves come from the modules (Accounts limits sign-in attempts).
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = TooManyRequestsAsync;
        });
        return builder;
    }

    public static WebApplication UsePlatform(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // Pages (PlatformExceptionHandler answers /api itself): the localized error page, with the status of the exception.
            ExceptionHandlingPath = "/Error",
            StatusCodeSelector = PlatformExceptionHandler.StatusOf,
            // The page renders in a scope of its own: the failed request's DbContext may hold what failed.
            CreateScopeForErrors = true,
            // PlatformExceptionHandler logs what needs logging, with the reference; a 404 of a scope violation is no error.
            SuppressDiagnosticsCallback = _ => true,
        });
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), a => a.UseStatusCodePagesWithReExecute("/Error", "?code={0}"));
        // The API's bare statuses (401, 403, 404, 405) as problem details too.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), a => a.UseStatusCodePages());
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseApiReferencePolicy();
        app.UseApiVersions();
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        foreach (var step in app.Services.GetServices<BeforeRateLimitMiddleware>())
            app.UseMiddleware(step.MiddlewareType);
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<ApiAntiforgeryMiddleware>();
        foreach (var step in app.Services.GetServices<AfterSignInMiddleware>())
            app.UseMiddleware(step.MiddlewareType);
        app.UseAuthorization();
        app.UseOutputCache();
        // Inside the cache, so a public page is stored compressed once per encoding (PublicPageCompression).
        app.UseResponseCompression();
        Health.Map(app);
        app.MapPost("/culture", SetCulture).AllowAnonymous();
        return app;
    }

    private static IResult SetCulture(HttpContext context)
    {
        var form = context.Request.Form;
        var culture = Cultures.Any(c => c.Name == form["culture"]) ? form["culture"].ToString() : "zh-CN";
        context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions
            {
                Expires = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().AddYears(1),
                IsEssential = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
            });
        return Results.Redirect(LocalUrl.OrFallback(form["returnUrl"].ToString(), "/"));
    }

    /// <summary>Proxy:KnownProxies (addresses) and Proxy:KnownNetworks (CIDR); loopback when neither is set. Only X-Forwarded-For
    /// and X-Forwarded-Proto are read: the host name stays what the request says (AllowedHosts checks it).</summary>
    private static void TrustedProxies(ForwardedHeadersOptions options, IConfiguration configuration)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        var proxies = configuration.GetSection("Proxy:KnownProxies").Get<string[]>() ?? [];
        var networks = configuration.GetSection("Proxy:KnownNetworks").Get<string[]>() ?? [];
        if (proxies.Length == 0 && networks.Length == 0) return; // the defaults: 127.0.0.0/8 and ::1
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies)
            options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                ? address
                : throw new InvalidOperationException($"Proxy:KnownProxies: '{proxy}' is not an IP address."));
        foreach (var network in networks)
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"Proxy:KnownNetworks: '{network}' is not a network in CIDR notation (10.0.0.0/8)."));
    }

    /// <summary>429 with Retry-After (seconds); pages show the localized status page, /api gets problem details.</summary>
    private static async ValueTask TooManyRequestsAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        if (!context.Request.Path.StartsWithSegments("/api")) return;
        var text = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = text["Error_429"] },
        });
    }
}
