using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Yincai.Platform;

/// <summary>Records every authenticated request that authorization refused, then answers as usual.</summary>
public sealed class AuditingAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (result.Forbidden)
            await AccessDenial.RecordAsync(context, "role", context.RequestAborted);
        await _default.HandleAsync(next, context, policy, result);
    }
}
