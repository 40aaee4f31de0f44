using Yincai.Platform;

namespace Yincai.Modules.Graduates.Counts;

/// <summary>
/// Keeps <see cref="CohortDayCount"/> small and right: on its first round after a start, the counts are made from the records when
/// the table is empty (an upgrade brings it so) and else checked against them; every round merges the rows written since.
/// </summary>
public sealed partial class CohortCountsUpkeep(IServiceScopeFactory scopes, TimeProvider clock, ILogger<CohortCountsUpkeep> logger)
    : PeriodicWork(clock, logger)
{
    private bool _checked;

    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var counts = scope.ServiceProvider.GetRequiredService<CohortCounts>();
        if (!_checked)
        {
            // Made again only when empty (the upgrade that brought the table): a disagreement read while others register is
            // only a moment between two queries, and is logged for an operator to look into.
            if (await counts.IsEmptyWithGraduatesAsync(cancellationToken))
            {
                LogRebuilding();
                await counts.RebuildAsync(cancellationToken);
            }
            else if (!await counts.AgreeAsync(cancellationToken)) LogDisagree();
            _checked = true;
        }
        var merged = await counts.CompactAsync(cancellationToken);
        if (merged > 0) LogMerged(merged);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Graduate cohort counts are empty: made from the records")]
    private partial void LogRebuilding();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Graduate cohort counts disagree with the graduates (a write past CohortCounts, or one in flight)")]
    private partial void LogDisagree();

    [LoggerMessage(Level = LogLevel.Information, Message = "Graduate cohort counts: {Count} rows merged")]
    private partial void LogMerged(int count);
}
