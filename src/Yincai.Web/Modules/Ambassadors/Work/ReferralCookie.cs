using Yincai.Modules.Accounts.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Ambassadors.Work;

/// <summary>
/// An anonymous visitor who followed an ambassador's link keeps the visit's id in a cookie; the first request after they sign
/// in as a talent gives the visit to them, so that registering, applying and being hired afterwards count for the ambassador.
/// </summary>
public sealed class ReferralCookie(RequestDelegate next)
{
    public const string Name = "yincai_ref";

    public static void Set(HttpResponse response, Guid referralId, DateTime nowUtc) =>
        response.Cookies.Append(Name, referralId.ToString("N"), new CookieOptions
        {
            HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax, Secure = response.HttpContext.Request.IsHttps,
            Expires = nowUtc.AddDays(30),
        });

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Cookies.TryGetValue(Name, out var value) && Guid.TryParseExact(value, "N", out var referralId)
            && context.RequestServices.GetRequiredService<CurrentUser>() is { Id: { } userId } user && user.IsInRole(Roles.Talent))
        {
            context.Response.Cookies.Delete(Name);
            await context.RequestServices.GetRequiredService<AmbassadorWork>().ClaimReferralAsync(referralId, userId, context.RequestAborted);
        }
        await next(context);
    }
}
