using Yincai.Platform;

namespace Yincai.Modules.Graduates.Counts;

/// <summary>
/// Keeps the graduates' materialised counts (<see cref="CohortDayCount"/>, <see cref="ContactDayCount"/>, <see cref="ServiceYearCount"/>)
/// small and right: on its first round after a start, counts are made from the records when their table is empty (an upgrade brings
/// it so); every round merges the rows written since.
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
        var contactServices = scope.ServiceProvider.GetRequiredService<ContactServiceCounts>();
        if (!_checked)
        {
            // Made from the records only when empty (the upgrade that brings the table): a check of every figure against the
            // graduates would read the whole table at each start; CohortCountsTests and ContactServiceCountsTests hold the counts
            // to the records instead.
            if (await counts.IsEmptyWithGraduatesAsync(cancellationToken))
            {
                LogRebuilding("cohort");
                await counts.RebuildAsync(cancellationToken);
            }
            if (await contactServices.IsEmptyWithGraduatesAsync(cancellationToken))
            {
                LogRebuilding("contact and services");
                await contactServices.RebuildAsync(cancellationToken);
            }
            _checked = true;
        }
        var merged = await counts.CompactAsync(cancellationToken) + await contactServices.CompactAsync(cancellationToken);
        if (merged > 0) LogMerged(merged);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Graduate {Counts} counts are empty: made from the records")]
    private partial void LogRebuilding(string counts);

    [LoggerMessage(Level = LogLevel.Information, Message = "Graduate counts: {Count} rows merged")]
    private partial void LogMerged(int count);
}
