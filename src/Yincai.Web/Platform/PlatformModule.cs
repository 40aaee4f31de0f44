using Yincai.Modules.Accounts.Contracts;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;
using Yincai.Modules.Accounts;

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

        services.AddRazorPages(o =>
            {
                o.RootDirectory = "/Modules";
                o.Conventions.AuthorizePage("/Accounts/Home");
                o.Conventions.AuthorizeFolder("/Accounts/Admin", AccessPolicies.ManageAccounts);
                o.Conventions.AuthorizeFolder("/Accounts/Security", AccessPolicies.ManageSecurity);
                o.Conventions.AuthorizeFolder("/Audit", AccessPolicies.ReadAudit);
                o.Conventions.AuthorizeFolder("/Regions/Offices", AccessPolicies.Officer);
                o.Conventions.AuthorizeFolder("/Employers/Review", AccessPolicies.Officer);
                o.Conventions.AuthorizeFolder("/Employers/Own", AccessPolicies.EmployerUser);
                o.Conventions.AuthorizeFolder("/Talents/Profile", AccessPolicies.Talent);
                o.Conventions.AuthorizeFolder("/Talents/Review", AccessPolicies.Officer);
                o.Conventions.AuthorizeFolder("/Talents/Search", AccessPolicies.EmployerUser);
                o.Conventions.AuthorizeFolder("/Talents/Deletions", AccessPolicies.Officer);
                o.Conventions.AuthorizeFolder("/Jobs/Own", AccessPolicies.EmployerUser);
                o.Conventions.AuthorizeFolder("/Jobs/Review", AccessPolicies.Officer);
                o.Conventions.AuthorizeFolder("/Jobs/Applications", AccessPolicies.Talent);
                o.Conventions.AuthorizeFolder("/Jobs/MyProjects", AccessPolicies.Talent);
                o.Conventions.AuthorizeFolder("/Notifications");
                o.Conventions.AuthorizePage("/Accounts/ChangePassword");
                o.Conventions.AuthorizePage("/Accounts/TwoFactor");
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = ModuleStringLocalizer.For);

        services.AddProblemDetails();
        services.AddExceptionHandler<PlatformExceptionHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuditingAuthorizationResultHandler>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (!HttpMethods.IsPost(context.Request.Method) || !IsAuthPath(context.Request.Path))
                    return RateLimitPartition.GetNoLimiter("none");
                var perMinute = context.RequestServices.GetRequiredService<IOptions<AccountsOptions>>().Value.AuthRequestsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    "auth:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) });
            });
        });
        return builder;
    }

    public static WebApplication UsePlatform(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), a => a.UseStatusCodePagesWithReExecute("/Error", "?code={0}"));
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<RequiredAccountStepsMiddleware>();
        app.UseAuthorization();
        app.MapHealthChecks("/health");
        app.MapPost("/culture", SetCulture).AllowAnonymous();
        return app;
    }

    private static bool IsAuthPath(PathString path) =>
        path.StartsWithSegments("/Accounts/Login") || path.StartsWithSegments("/Accounts/LoginWith2fa")
        || path.StartsWithSegments("/Accounts/Register") || path.StartsWithSegments("/api/v1/auth/token");

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
