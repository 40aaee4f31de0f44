using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Yincai.Platform;

/// <summary>
/// Readiness of the database: it answers and every migration has been applied. Probes come every few seconds from each
/// load balancer and orchestrator, so the answer is kept for <see cref="PingLifetime"/> (one query a copy however many
/// probe), and the migrations, once all applied, are not asked for again (they do not un-apply while a copy runs); while
/// some are pending they are asked for again at most every <see cref="PendingLifetime"/>. One probe at a time refreshes;
/// the others get the last answer.
/// </summary>
public sealed class DatabaseHealthCheck(IServiceScopeFactory scopes, TimeProvider clock) : IHealthCheck
{
    public const string Name = "database";

    public static readonly TimeSpan PingLifetime = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan PendingLifetime = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private (HealthCheckResult Result, long At)? _last;
    private bool _migrated;
    private long _migrationsCheckedAt;
    private int _pending;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (Fresh() is { } cached) return cached;
        if (!await _refresh.WaitAsync(0, cancellationToken))
        {
            // Another probe is asking the database now: wait for its answer rather than ask again.
            await _refresh.WaitAsync(cancellationToken);
            _refresh.Release();
            return _last?.Result ?? HealthCheckResult.Unhealthy("database not checked yet");
        }
        try
        {
            if (Fresh() is { } again) return again;
            var result = await AskAsync(cancellationToken);
            _last = (result, clock.GetTimestamp());
            return result;
        }
        finally { _refresh.Release(); }
    }

    private HealthCheckResult? Fresh() =>
        _last is { } last && clock.GetElapsedTime(last.At) < PingLifetime ? last.Result : null;

    private async Task<HealthCheckResult> AskAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<YincaiDb>();
            if (!await db.Database.CanConnectAsync(cancellationToken)) return HealthCheckResult.Unhealthy("database unreachable");
            if (!_migrated && (_migrationsCheckedAt == 0 || clock.GetElapsedTime(_migrationsCheckedAt) >= PendingLifetime))
            {
                _pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
                _migrationsCheckedAt = clock.GetTimestamp();
                _migrated = _pending == 0;
            }
            return _migrated
                ? HealthCheckResult.Healthy("database reachable, migrations applied")
                : HealthCheckResult.Unhealthy($"{_pending} migrations not applied");
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("database unreachable");
        }
    }
}
