using Yincai.Modules.Audit.Contracts;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Yincai.Platform;

/// <summary>Writes a denied access (missing role, record outside the scope) to the audit trail.</summary>
public static class AccessDenial
{
    public static async Task RecordAsync(HttpContext context, string reason, CancellationToken cancellationToken,
        string? entityType = null, string? entityId = null)
    {
        // A fresh context: the request's own may hold the changes that were refused.
        var options = context.RequestServices.GetRequiredService<DbContextOptions<YincaiDb>>();
        var current = context.RequestServices.GetRequiredService<CurrentUser>();
        var clock = context.RequestServices.GetRequiredService<TimeProvider>();
        await using var db = new YincaiDb(options, current, clock);
        db.Audit(new AuditRecord(AuditActions.AccessDenied, AuditOutcome.Denied, current.Id, current.UserName,
            entityType, entityId, After: AuditJson.Serialize(new
            {
                reason,
                method = context.Request.Method,
                // Inside the exception handler the request's path is already the error page's.
                path = context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path.Value,
            }), IpAddress: current.IpAddress));
        await db.SaveChangesAsync(cancellationToken);
    }
}
