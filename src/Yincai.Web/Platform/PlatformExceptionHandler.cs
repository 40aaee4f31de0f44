using Yincai.Modules.Audit.Contracts;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Audit;

namespace Yincai.Platform;

/// <summary>Turns what escaped a handler into a response: a scope violation is a 404 (and an audited denial),
/// a lost concurrent update a 409, anything else a logged 500 without details.</summary>
public sealed class PlatformExceptionHandler(IProblemDetailsService problems, ILogger<PlatformExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var status = exception switch
        {
            ScopeViolationException => StatusCodes.Status404NotFound,
            DbUpdateConcurrencyException => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status500InternalServerError,
        };
        if (exception is ScopeViolationException violation)
            await AccessDenial.RecordAsync(context, "scope", cancellationToken, violation.EntityType, violation.EntityId);
        else if (status == StatusCodes.Status500InternalServerError)
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", context.Request.Method, context.Request.Path);

        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, Exception = exception });
    }
}
