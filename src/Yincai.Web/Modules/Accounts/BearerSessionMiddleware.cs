using System.Security.Claims;

namespace Yincai.Modules.Accounts;

/// <summary>
/// Lets a bearer token in only while its session is open and its security stamp is the account's (the bearer handler
/// has no hook for it, unlike the cookie's OnValidatePrincipal). A refused token leaves the request anonymous: the
/// endpoint's policy then answers 401.
/// </summary>
public sealed class BearerSessionMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // The sessions (and a DbContext) only for a bearer request: an anonymous page from the cache needs neither.
        if (context.User.Identity?.IsAuthenticated == true && AccountsModule.UsesBearer(context)
            && !await context.RequestServices.GetRequiredService<AccountSessions>().IsCurrentAsync(context.User, context.RequestAborted))
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
        await next(context);
    }
}
