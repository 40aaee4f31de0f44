using Microsoft.AspNetCore.Antiforgery;

namespace Yincai.Platform;

/// <summary>
/// A browser sends its sign-in cookie with any request, including one another site's page makes it send (CSRF). So a
/// state-changing <c>/api</c> request authenticated by the cookie must also carry the page's antiforgery token, in the
/// <c>RequestVerificationToken</c> header (or the form field); one with a bearer token carries no cookie and needs none.
/// </summary>
public sealed class ApiAntiforgeryMiddleware(RequestDelegate next, IAntiforgery antiforgery, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (NeedsToken(context) && !await antiforgery.IsRequestValidAsync(context))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = StatusCodes.Status400BadRequest, Title = "Antiforgery token missing or invalid",
                    Detail = "Send the page's antiforgery token in the RequestVerificationToken header, or use a bearer token." },
            });
            return;
        }
        await next(context);
    }

    private static bool NeedsToken(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api")
        && !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
             || HttpMethods.IsOptions(context.Request.Method) || HttpMethods.IsTrace(context.Request.Method))
        && context.User.Identity?.IsAuthenticated == true
        && !context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
}
