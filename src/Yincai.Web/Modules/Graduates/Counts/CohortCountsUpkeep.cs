using Yincai.Platform;

namespace Yincai.Modules.Graduates.Counts;

/// <summary>
/// Keeps <see cref="CohortDayCount"/> small and right: on its first round after a start, the counts are made from the records when
/// the table is empty (an upgrade brings it so); every round merges the rows written since.
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
            // Made from the records only when empty (the upgrade that brings the table): a check of every cohort against the
            // graduates would read the whole table at each start; CohortCountsTests holds the counts to the records instead.
            if (await counts.IsEmptyWithGraduatesAsync(cancellationToken))
            {
                LogRebuilding();
                await counts.RebuildAsync(cancellationToken);
            }
            _checked = true;
        }
        var merged = await counts.CompactAsync(cancellationToken);
        if (merged > 0) LogMerged(merged);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Graduate cohort counts are empty: made from the records")]
    private partial void LogRebuilding();

    [LoggerMessage(Level = LogLevel.Information, Message = "Graduate cohort counts: {Count} rows merged")]
    private partial void LogMerged(int count);
}
