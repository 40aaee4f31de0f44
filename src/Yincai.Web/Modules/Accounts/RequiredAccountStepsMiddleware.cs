using System.Globalization;
using Microsoft.Extensions.Options;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Accounts;

/// <summary>
/// Holds a signed-in user to the step they owe before anything else: a staff member changing a password older than
/// the allowed age (等保 periodic change) or enrolling an authenticator app (every staff role: officers see full ID numbers);
/// anyone else accepting the user agreement and privacy policy in force when they accepted another version (PIPL).
/// Pages redirect to the step; the API answers 403 until it is done.
/// </summary>
public sealed class RequiredAccountStepsMiddleware(RequestDelegate next)
{
    private static readonly string[] Exempt = ["/lib", "/css", "/Accounts/Logout", "/culture", "/health", "/Error", "/Accounts/Terms", "/Accounts/Privacy"];

    public async Task InvokeAsync(HttpContext context, IOptions<AccountsOptions> options, TimeProvider clock)
    {
        var user = context.User;
        var path = context.Request.Path;
        if (user.Identity?.IsAuthenticated != true || Exempt.Any(e => path.StartsWithSegments(e)))
        {
            await next(context);
            return;
        }

        var step = OwedStep(user, options.Value, clock);
        if (step is null || path.StartsWithSegments(step))
        {
            await next(context);
            return;
        }
        if (path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsJsonAsync(new { title = "Account step required", step });
            return;
        }
        // Back where they were going once the terms are accepted (the staff steps end on their home page).
        var back = step == ConsentStep && HttpMethods.IsGet(context.Request.Method)
            ? "?ReturnUrl=" + Uri.EscapeDataString(context.Request.PathBase + path + context.Request.QueryString) : "";
        context.Response.Redirect(step + back);
    }

    public const string ConsentStep = "/Accounts/Consent";

    /// <summary>The page of the step the principal still owes, or null.</summary>
    public static string? OwedStep(System.Security.Claims.ClaimsPrincipal user, AccountsOptions options, TimeProvider clock)
    {
        var kind = user.FindFirst(CurrentUser.KindClaim)?.Value;
        if (kind is nameof(AccountKind.Talent) or nameof(AccountKind.Employer) or nameof(AccountKind.University))
            return user.FindFirst(YincaiClaimsPrincipalFactory.TermsClaim)?.Value == options.TermsVersion ? null : ConsentStep;
        // An organisation's API token is no person: neither step is theirs.
        if (kind != CurrentUser.StaffKind) return null;
        if (!long.TryParse(user.FindFirst(YincaiClaimsPrincipalFactory.PasswordChangedClaim)?.Value, CultureInfo.InvariantCulture, out var changed)
            || clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(changed) > TimeSpan.FromDays(options.StaffPasswordMaxAgeDays))
            return "/Accounts/ChangePassword";
        if (user.FindFirst(YincaiClaimsPrincipalFactory.TwoFactorClaim)?.Value != "true")
            return "/Accounts/TwoFactor";
        return null;
    }
}
