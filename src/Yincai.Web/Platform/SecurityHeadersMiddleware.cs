namespace Yincai.Platform;

/// <summary>Headers of SECURITY.md §3 (A05) on every response; no-store on signed-in pages, which show personal data.</summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    /// <summary>An item by which a page of the platform's own sets a stricter or different policy (the API reference's).</summary>
    public const string PolicyKey = "Yincai.ContentSecurityPolicy";

    public const string DefaultPolicy =
        "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.Items[PolicyKey] as string ?? DefaultPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            if (context.User.Identity?.IsAuthenticated == true) headers.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
