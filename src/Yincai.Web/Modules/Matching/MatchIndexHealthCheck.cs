using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Yincai.Modules.Matching;

/// <summary>Readiness: whether this copy's matching index is built. Unhealthy while the first build runs or after it failed
/// (with the attempts and the next one), so a load balancer sends matching traffic to copies that can answer it.</summary>
public sealed class MatchIndexHealthCheck(MatchingSync sync) : IHealthCheck
{
    public const string Name = "matching-index";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (sync.IsReady) return Task.FromResult(HealthCheckResult.Healthy("matching index built"));
        if (sync.Failure is not { } failure) return Task.FromResult(HealthCheckResult.Unhealthy("matching index building"));
        var data = new Dictionary<string, object>
        {
            ["failedAttempts"] = failure.Attempts,
            ["error"] = failure.Error,
            ["nextAttemptUtc"] = failure.NextAttemptUtc,
        };
        return Task.FromResult(HealthCheckResult.Unhealthy(
            $"matching index build failed {failure.Attempts} time(s) ({failure.Error}); next attempt at {failure.NextAttemptUtc:O}", data: data));
    }
}
