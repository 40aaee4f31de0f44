namespace Yincai.Modules.Audit;

/// <summary>
/// Writes the head of the audit chain to the application log every hour. The log leaves the database host,
/// so a later <c>audit verify --anchor=...</c> shows whether rows were cut off the end of the chain.
/// </summary>
public sealed partial class AuditHeadLogger(IServiceScopeFactory scopes, ILogger<AuditHeadLogger> logger, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                if (await scope.ServiceProvider.GetRequiredService<AuditChain>().HeadAsync(stoppingToken) is { } head)
                    LogHead(head.ToString());
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit head {Anchor}")]
    private partial void LogHead(string anchor);

    [LoggerMessage(Level = LogLevel.Error, Message = "Audit head could not be read")]
    private partial void LogFailed(Exception exception);
}
