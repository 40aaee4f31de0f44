using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Yincai.Platform;

/// <summary>
/// Liveness at <c>/health</c>: the process answers (restart it when not); it runs no check that asks the database, so
/// a probe every few seconds costs nothing and a database away does not get every copy restarted. Readiness at
/// <c>/health/ready</c>: every check tagged <see cref="Ready"/> (the database, cached for two seconds, and a module still
/// loading, such as the matching index), as JSON with each check's state: send it traffic only when Healthy (503 otherwise).
/// </summary>
public static class Health
{
    /// <summary>The tag of checks that say whether this copy can serve yet, not whether it lives.</summary>
    public const string Ready = "ready";

    public static void Map(WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = c => !c.Tags.Contains(Ready) }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { ResponseWriter = WriteAsync }).AllowAnonymous();
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
        }, cancellationToken: context.RequestAborted);
    }
}
