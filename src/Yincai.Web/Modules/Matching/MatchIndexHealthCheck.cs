using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Yincai.Modules.Matching;

/// <summary>Readiness: whether this copy's matching index is built and caught up with the change feed. Unhealthy while it
/// starts (with the phase, snapshot or rows, and how many jobs and talents are read so far) or after a failed build (with
/// the attempts and the next one), so a load balancer sends matching traffic to copies that can answer it.</summary>
public sealed class MatchIndexHealthCheck(MatchingSync sync) : IHealthCheck
{
    public const string Name = "matching-index";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var progress = sync.Current;
        var data = new Dictionary<string, object>
        {
            ["phase"] = progress.Phase,
            ["jobs"] = progress.Jobs,
            ["talents"] = progress.Talents,
            ["feedEntries"] = progress.FeedEntries,
            ["source"] = progress.Source ?? "",
        };
        if (sync.IsReady) return Task.FromResult(HealthCheckResult.Healthy("matching index built", data));
        if (sync.Failure is not { } failure)
            return Task.FromResult(HealthCheckResult.Unhealthy($"matching index building: {progress.Phase}", data: data));
        foreach (var (key, value) in new Dictionary<string, object>
        {
            ["failedAttempts"] = failure.Attempts,
            ["error"] = failure.Error,
            ["nextAttemptUtc"] = failure.NextAttemptUtc,
        }) data[key] = value;
        return Task.FromResult(HealthCheckResult.Unhealthy(
            $"matching index build failed {failure.Attempts} time(s) ({failure.Error}); next attempt at {failure.NextAttemptUtc:O}", data: data));
    }
}
