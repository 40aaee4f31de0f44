using Yincai.Platform;
namespace Yincai.Modules.Audit;

/// <summary>
/// Writes the head of the audit chain to the application log every hour. The log leaves the database host,
/// so a later <c>audit verify --anchor=...</c> shows whether rows were cut off the end of the chain.
/// </summary>
public sealed partial class AuditHeadLogger(IServiceScopeFactory scopes, ILogger<AuditHeadLogger> logger, TimeProvider clock) : PeriodicWork(clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        if (await scope.ServiceProvider.GetRequiredService<AuditChain>().HeadAsync(cancellationToken) is { } head)
            LogHead(head.ToString());
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit head {Anchor}")]
    private partial void LogHead(string anchor);
}
