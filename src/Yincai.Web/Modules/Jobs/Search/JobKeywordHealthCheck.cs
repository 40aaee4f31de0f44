using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Yincai.Modules.Jobs.Search;

/// <summary>Readiness: whether this copy's job keyword index is built and caught up. While it builds (with the phase and the
/// jobs read so far) or after a failed start, Degraded rather than Unhealthy: keyword searches are answered by the database
/// meanwhile, slower at province scale, so the copy can take traffic.</summary>
public sealed class JobKeywordHealthCheck(JobKeywordSync sync, JobKeywordIndex index) : IHealthCheck
{
    public const string Name = "job-keyword-index";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>
        {
            ["phase"] = sync.Phase,
            ["jobs"] = index.IsReady ? index.Documents : sync.Read,
            ["source"] = sync.Source ?? "",
            ["location"] = index.Location,
        };
        if (sync.LastError is { } error) data["error"] = error;
        if (index.IsReady) (data["segments"], data["segmentsInPageOrder"]) = index.SegmentOrder();
        return Task.FromResult(index.IsReady || sync.Phase == JobKeywordSync.OffPhase
            ? HealthCheckResult.Healthy($"job keyword index {sync.Phase}", data)
            : HealthCheckResult.Degraded($"job keyword index {sync.Phase}; keyword searches go to the database meanwhile", data: data));
    }
}
