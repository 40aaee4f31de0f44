using Yincai.Modules.Audit.Contracts;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Audit;

namespace Yincai.Platform;

/// <summary>Turns what escaped a handler into a response: a scope violation is a 404 (and an audited denial),
/// a lost concurrent update a 409, anything else a 500 without details, logged under the request's reference. Requests
/// under <c>/api</c> get problem details carrying that reference; pages are left to the exception handler's error page
/// (<see cref="PlatformModule.UsePlatform"/>), which shows it.</summary>
public sealed class PlatformExceptionHandler(IProblemDetailsService problems, ILogger<PlatformExceptionHandler> logger) : IExceptionHandler
{
    /// <summary>The extension of the problem details that holds the reference an operator finds in the log.</summary>
    public const string ReferenceKey = "reference";

    public static int StatusOf(Exception exception) => exception switch
    {
        ScopeViolationException => StatusCodes.Status404NotFound,
        DbUpdateConcurrencyException => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>What the person may quote to the help desk: the request's trace identifier, logged with the exception.</summary>
    public static string ReferenceOf(HttpContext context) => context.TraceIdentifier;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var status = StatusOf(exception);
        var reference = ReferenceOf(context);
        // The middleware has already set the request's path to the error page's; the feature keeps the one asked for.
        var path = new PathString(context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path);
        if (exception is ScopeViolationException violation)
            await AccessDenial.RecordAsync(context, "scope", cancellationToken, violation.EntityType, violation.EntityId);
        else if (status == StatusCodes.Status500InternalServerError)
            logger.LogError(exception, "Unhandled exception {Reference} for {Method} {Path}", reference, context.Request.Method, path);

        if (!path.StartsWithSegments("/api")) return false;
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Extensions = { [ReferenceKey] = reference } },
        });
    }
}
