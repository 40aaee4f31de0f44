using Yincai.Platform;

namespace Yincai.Modules.Accounts;

/// <summary>Deletes expired sessions at start and then every hour, so that the session table holds only live ones.</summary>
public sealed partial class SessionCleanup(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SessionCleanup> logger) : PeriodicWork(clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (await scope.ServiceProvider.GetRequiredService<AccountSessions>().DeleteExpiredAsync(cancellationToken) is > 0 and var count)
            LogDeleted(count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} expired sessions deleted")]
    private partial void LogDeleted(int count);
}
