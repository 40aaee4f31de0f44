using Yincai.Modules.Accounts.Contracts;
using System.Globalization;
using Microsoft.Extensions.Options;
using Yincai.Modules.Accounts;

namespace Yincai.Platform;

/// <summary>
/// Sends a signed-in staff member to the step they owe before anything else: changing a password older than
/// the allowed age (等保 periodic change) or, for the three admin roles, enrolling an authenticator app.
/// </summary>
public sealed class RequiredAccountStepsMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, IOptions<AccountsOptions> options, TimeProvider clock)
    {
        var user = context.User;
        var path = context.Request.Path;
        if (user.Identity?.IsAuthenticated != true || path.StartsWithSegments("/api") || path.StartsWithSegments("/lib")
            || path.StartsWithSegments("/css") || path.StartsWithSegments("/Accounts/Logout") || path.StartsWithSegments("/culture")
            || path.StartsWithSegments("/health") || path.StartsWithSegments("/Error"))
            return next(context);

        var isStaff = user.FindFirst(YincaiClaimsPrincipalFactory.KindClaim)?.Value == nameof(AccountKind.Staff);
        if (!isStaff) return next(context);

        if (long.TryParse(user.FindFirst(YincaiClaimsPrincipalFactory.PasswordChangedClaim)?.Value, CultureInfo.InvariantCulture, out var changed)
            && clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(changed) > TimeSpan.FromDays(options.Value.StaffPasswordMaxAgeDays))
            return Redirect(context, "/Accounts/ChangePassword");

        var isAdmin = Roles.Admin.Any(user.IsInRole);
        if (isAdmin && user.FindFirst(YincaiClaimsPrincipalFactory.TwoFactorClaim)?.Value != "true")
            return Redirect(context, "/Accounts/TwoFactor");

        return next(context);
    }

    private Task Redirect(HttpContext context, string target)
    {
        if (context.Request.Path.StartsWithSegments(target)) return next(context);
        context.Response.Redirect(target);
        return Task.CompletedTask;
    }
}
