using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Localization;

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
        services.AddDbContext<YincaiDb>(o => DatabaseOptions.Configure(o, provider, connectionString));
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<NavigationMenu>();
        services.AddSingleton(Protection.ProtectionKeys.From(builder.Configuration, builder.Environment));
        services.AddSingleton<Protection.FieldProtection>();
        services.AddScoped<DemoData>();
        services.AddScoped<Excel.ExcelExports>();

        // Keys live in the database so that restarts and several copies of the app keep people signed in.
        services.AddDataProtection().SetApplicationName("Yincai").PersistKeysToDbContext<YincaiDb>();

        // Chinese text goes out as text, not as &#x...; entities (a page three times smaller); Razor still
        // encodes what HTML requires.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("zh-CN");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            // zh-CN unless the person chose English: the browser's language does not decide.
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
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

        services.AddProblemDetails();
        services.AddExceptionHandler<PlatformExceptionHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuditingAuthorizationResultHandler>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

        // The limits themselves come from the modules (Accounts limits sign-in attempts).
        services.AddRateLimiter(o => o.RejectionStatusCode = StatusCodes.Status429TooManyRequests);
        return builder;
    }

    public static WebApplication UsePlatform(this WebApplication app)
    {
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
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        foreach (var step in app.Services.GetServices<AfterSignInMiddleware>())
            app.UseMiddleware(step.MiddlewareType);
        app.UseAuthorization();
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
            });
        var returnUrl = form["returnUrl"].ToString();
        return Results.LocalRedirect(string.IsNullOrEmpty(returnUrl) || !returnUrl.StartsWith('/') || returnUrl.StartsWith("//") ? "/" : returnUrl);
    }
}
