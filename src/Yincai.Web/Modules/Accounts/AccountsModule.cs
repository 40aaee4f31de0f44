using Yincai.Modules.Accounts.Contracts;
using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Yincai.Platform;

namespace Yincai.Modules.Accounts;

public static class AccountsModule
{
    public const string SignedInClaim = "yincai:signed_in";
    public const string ApiScheme = "Yincai.Api";

    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AccountsOptions>().BindConfiguration("Accounts").ValidateDataAnnotations().ValidateOnStart();
        var settings = configuration.GetSection("Accounts").Get<AccountsOptions>() ?? new AccountsOptions();

        services.AddIdentity<AppUser, AppRole>(o =>
            {
                o.Password.RequiredLength = settings.MinimumPasswordLength;
                // Three classes of four, checked by PasswordComplexityValidator; not Identity's all-four rule.
                (o.Password.RequireDigit, o.Password.RequireLowercase, o.Password.RequireUppercase, o.Password.RequireNonAlphanumeric) =
                    (false, false, false, false);
                o.Lockout.MaxFailedAccessAttempts = settings.MaxFailedAttempts;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(settings.LockoutMinutes);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@+";
                o.SignIn.RequireConfirmedAccount = false;
                o.Tokens.AuthenticatorTokenProvider = SingleUseAuthenticatorTokenProvider.Name;
            })
            .AddEntityFrameworkStores<YincaiDb>()
            .AddUserManager<YincaiUserManager>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<SingleUseAuthenticatorTokenProvider>(SingleUseAuthenticatorTokenProvider.Name)
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddPasswordValidator<PasswordComplexityValidator>()
            .AddPasswordValidator<PasswordStrengthValidator>()
            .AddClaimsPrincipalFactory<YincaiClaimsPrincipalFactory>();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "yincai.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/Accounts/Login";
            o.LogoutPath = "/Accounts/Logout";
            o.AccessDeniedPath = "/Accounts/AccessDenied";
            o.ExpireTimeSpan = TimeSpan.FromMinutes(settings.IdleTimeoutMinutes);
            o.SlidingExpiration = true;
            o.Events.OnSigningIn = async context =>
            {
                var services = context.HttpContext.RequestServices;
                var hours = services.GetRequiredService<IOptions<AccountsOptions>>().Value.AbsoluteSessionHours;
                if (context.Principal?.Identity is ClaimsIdentity identity)
                    await services.GetRequiredService<AccountSessions>().StartOrKeepAsync(identity, context.Properties,
                        TimeSpan.FromHours(hours), context.HttpContext.RequestAborted);
            };
            // Replaces Identity's stamp check once a minute: the session and the stamp are checked on every request.
            o.Events.OnValidatePrincipal = async context =>
            {
                var services = context.HttpContext.RequestServices;
                var clock = services.GetRequiredService<TimeProvider>();
                var options = services.GetRequiredService<IOptions<AccountsOptions>>().Value;
                if (context.Principal is null || SessionExpired(context.Principal, clock, options)
                    || !await services.GetRequiredService<AccountSessions>().IsCurrentAsync(context.Principal, context.HttpContext.RequestAborted))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                }
            };
            o.Events.OnRedirectToLogin = context => ApiAware(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => ApiAware(context, StatusCodes.Status403Forbidden);
        });

        services.AddAuthentication()
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromMinutes(settings.IdleTimeoutMinutes))
            .AddScheme<AuthenticationSchemeOptions, Tokens.ApiTokenHandler>(Tokens.ApiTokenHandler.SchemeName, null)
            .AddPolicyScheme(ApiScheme, ApiScheme, o => o.ForwardDefaultSelector = context =>
                OrganisationPrincipal.Presents(context) ? Tokens.ApiTokenHandler.SchemeName
                : UsesBearer(context) ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme);
        services.Configure<AuthenticationOptions>(o =>
        {
            o.DefaultAuthenticateScheme = ApiScheme;
            o.DefaultChallengeScheme = ApiScheme;
            o.DefaultForbidScheme = ApiScheme;
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(AccessPolicies.SignedIn, p => p.RequireAuthenticatedUser())
            .AddPolicy(AccessPolicies.Staff, p => p.RequireRole(Roles.Staff))
            .AddPolicy(AccessPolicies.Officer, p => p.RequireRole(Roles.Officer))
            .AddPolicy(AccessPolicies.EmployerUser, p => p.RequireRole(Roles.EmployerUser))
            .AddPolicy(AccessPolicies.Talent, p => p.RequireRole(Roles.Talent))
            .AddPolicy(AccessPolicies.University, p => p.RequireRole(Roles.University))
            .AddPolicy(AccessPolicies.ManageAccounts, p => p.RequireRole(Roles.SystemAdmin))
            .AddPolicy(AccessPolicies.ManageSecurity, p => p.RequireRole(Roles.SecurityAdmin))
            .AddPolicy(AccessPolicies.ReadAudit, p => p.RequireRole(Roles.Auditor))
            .AddPolicy(AccessPolicies.AnyAdmin, p => p.RequireRole(Roles.Admin));

        services.Configure<RazorPagesOptions>(o =>
        {
            // Sign-in, registration, the second factor, sign-out and access denied are public ([AllowAnonymous] on
            // their page models); every other page of the module needs a signed-in user or a role.
            o.Conventions.AuthorizePage("/Accounts/Home");
            o.Conventions.AuthorizePage("/Accounts/ChangePassword");
            o.Conventions.AuthorizePage("/Accounts/TwoFactor");
            o.Conventions.AuthorizePage("/Accounts/Consent");
            o.Conventions.AuthorizeFolder("/Accounts/Admin", AccessPolicies.ManageAccounts);
            o.Conventions.AuthorizeFolder("/Accounts/Security", AccessPolicies.ManageSecurity);
            o.Conventions.AuthorizeFolder("/Accounts/Approvals", AccessPolicies.AnyAdmin);
        });
        // Sign-in posts are counted per client address (loosely: a campus NAT or a proxy is many people) and per user name
        // (tightly, from any address); either limit answers 429 with Retry-After.
        services.Configure<RateLimiterOptions>(o => o.GlobalLimiter = new SignInRateLimiter(
            SignInLimiter("auth-address:", context => context.Connection.RemoteIpAddress?.ToString() ?? "unknown", o => o.AuthRequestsPerMinute),
            SignInLimiter("auth-account:", SignInNameMiddleware.NameOf, o => o.AuthRequestsPerAccountPerMinute)));
        services.AddSingleton(new BeforeRateLimitMiddleware(typeof(SignInNameMiddleware)));
        // Organisations' API calls: counted per token (read from the header: the limiter runs before sign-in), else per address.
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(OrganisationTokens.RateLimitPolicy, context =>
        {
            var settings = context.RequestServices.GetRequiredService<IOptions<AccountsOptions>>().Value;
            return Tokens.ApiToken.Parse(OrganisationPrincipal.Presented(context)) is { } token
                ? RateLimitPartition.GetFixedWindowLimiter("api-token:" + token.Id,
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.ApiRequestsPerTokenPerMinute, Window = TimeSpan.FromMinutes(1) })
                : RateLimitPartition.GetFixedWindowLimiter("api-address:" + context.Connection.RemoteIpAddress,
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.ApiRequestsPerAddressPerMinute, Window = TimeSpan.FromMinutes(1) });
        }));
        // First the session check of bearer tokens (cookies have theirs in OnValidatePrincipal), then the owed steps.
        services.AddSingleton(new AfterSignInMiddleware(typeof(BearerSessionMiddleware)));
        services.AddSingleton(new AfterSignInMiddleware(typeof(RequiredAccountStepsMiddleware)));

        services.AddSingleton(new NavigationItem("Nav_Workspace", "/Workspace/Home", AccessPolicies.SignedIn, typeof(AccountsResource), 0));
        services.AddSingleton(new NavigationItem("Nav_StaffAccounts", "/Accounts/Admin", AccessPolicies.ManageAccounts, typeof(AccountsResource), 900, NavigationGroup.System));
        services.AddSingleton(new NavigationItem("Nav_SecurityAdmin", "/Accounts/Security", AccessPolicies.ManageSecurity, typeof(AccountsResource), 910, NavigationGroup.System));
        services.AddSingleton(new NavigationItem("Nav_AdminApprovals", "/Accounts/Approvals", AccessPolicies.AnyAdmin, typeof(AccountsResource), 920, NavigationGroup.System)
        {
            Count = (sp, ct) => NavigationMenu.CappedCountAsync(sp.GetRequiredService<Approvals.AdminApprovals>().AwaitingMe(), ct),
        });
        services.AddScoped<AccountDirectory>();
        services.AddScoped<IReferenceData, AccountRoles>();
        services.AddScoped<IDemoSeeder, Demo.DemoAccounts>();
        services.AddScoped<AccountSignIn>();
        services.AddScoped<AccountSessions>();
        services.AddHostedService<SessionCleanup>();
        services.AddScoped<StaffAccounts>();
        services.AddScoped<Approvals.AdminApprovalRequests>();
        services.AddScoped<Approvals.AdminApprovals>();
        services.AddScoped<Activation.StaffActivations>();
        services.AddSingleton(new ConsoleCommand(AdminCreateCommand.Name, AdminCreateCommand.RunAsync));
        services.AddScoped<AccountErrors>();
        services.AddScoped<AccountRegistration>();
        services.AddScoped<AccountTerms>();
        services.AddScoped<AccountClosure>();
        services.AddScoped<OrganisationTokens>();
        return services;
    }

    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder app)
    {
        AccountsEndpoints.Map(app);
        return app;
    }

    private static PartitionedRateLimiter<HttpContext> SignInLimiter(string prefix, Func<HttpContext, string?> key,
        Func<AccountsOptions, int> perMinute) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            if (!HttpMethods.IsPost(context.Request.Method) || !IsSignInPath(context.Request.Path) || key(context) is not { } value)
                return RateLimitPartition.GetNoLimiter("none");
            var limit = perMinute(context.RequestServices.GetRequiredService<IOptions<AccountsOptions>>().Value);
            return RateLimitPartition.GetFixedWindowLimiter(prefix + value,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = TimeSpan.FromMinutes(1) });
        });

    /// <remarks>With them the one public form that creates an account-like record for anyone: the unemployed graduates' registration
    /// (its API twin has the organisations' API limit).</remarks>
    internal static bool IsSignInPath(PathString path) =>
        path.StartsWithSegments("/Accounts/Login") || path.StartsWithSegments("/Accounts/LoginWith2fa")
        || path.StartsWithSegments("/Accounts/Register") || path.StartsWithSegments("/Accounts/Activate") || path.StartsWithSegments("/api/v1/auth/token")
        || path.StartsWithSegments("/Graduates/Register");

    /// <summary>A session's bearer token (an organisation's API token is not one: it has no session).</summary>
    internal static bool UsesBearer(HttpContext context) =>
        context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && !OrganisationPrincipal.Presents(context);

    internal static bool SessionExpired(ClaimsPrincipal? principal, TimeProvider clock, AccountsOptions options)
    {
        if (!long.TryParse(principal?.FindFirst(SignedInClaim)?.Value, CultureInfo.InvariantCulture, out var signedIn)) return false;
        return clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(signedIn) > TimeSpan.FromHours(options.AbsoluteSessionHours);
    }

    private static Task ApiAware(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
            context.Response.StatusCode = status;
        else
            context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
