using Microsoft.Extensions.Options;
using Yincai.Platform;

namespace Yincai.Modules.Audit;

/// <summary>
/// Writes the head of the audit chain, signed, to the anchor store (<see cref="AuditAnchorLog"/>) at start and every
/// <c>Audit:AnchorInterval</c>, and to the application log. A later <c>audit verify</c> holds the chain against the
/// latest anchor, so rows cut off the end of the chain show.
/// </summary>
public sealed partial class AuditAnchorWriter(IServiceScopeFactory scopes, AuditAnchorLog anchors, IOptions<AuditOptions> options,
    ILogger<AuditAnchorWriter> logger, TimeProvider clock) : PeriodicWork(clock, logger)
{
    private AuditAnchor? _written;

    protected override TimeSpan Interval => options.Value.AnchorInterval;

    protected override async Task RunOnceAsync(CancellationToken cancellationToken) => await WriteAsync(cancellationToken);

    /// <summary>Anchors the current head, unless this copy anchored that very head last time; returns the head.</summary>
    public async Task<AuditAnchor?> WriteAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        if (await scope.ServiceProvider.GetRequiredService<AuditChain>().HeadAsync(cancellationToken) is not { } head) return null;
        if (head == _written) return head;
        // At start, the store's latest anchor: rows cut off while the app was down show in the log at once.
        var before = _written ?? (await anchors.ReadAsync(cancellationToken)).Latest?.Anchor;
        if (before is not null && head.Sequence < before.Sequence) LogShrunk(before.Sequence, head.Sequence);
        await anchors.AppendAsync(head, cancellationToken);
        _written = head;
        LogHead(head.ToString());
        return head;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit head {Anchor}")]
    private partial void LogHead(string anchor);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The audit chain shrank from {Before} to {Now} entries since the last anchor: rows were deleted")]
    private partial void LogShrunk(long before, long now);
}
