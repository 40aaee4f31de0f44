using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Yincai.Platform.PageCache;

/// <summary>
/// Reads the change feed every <see cref="PageCacheOptions.PollMilliseconds"/> (one indexed query per copy, whatever the
/// traffic) and evicts the cached pages tagged with each kind of record that changed, on whichever copy saved it. Each
/// kind is evicted twice, now and at the next round, so that a page rendered from the old rows while the change
/// committed is not kept. The feed is read through a <see cref="ChangeFeedCursor"/>, which asks again for ids committed
/// out of order.
/// </summary>
public sealed class PageCacheSync(IServiceScopeFactory scopes, PageCacheEviction eviction, IOptions<PageCacheOptions> options,
    TimeProvider clock, ILogger<PageCacheSync> logger) : PeriodicWork(clock, logger)
{
    // Five minutes of gaps, at most 500: a missed eviction only keeps a page until its expiry.
    private readonly ChangeFeedCursor _cursor = new(TimeSpan.FromMinutes(5), maxGaps: 500);
    private bool _started;
    private HashSet<string> _again = [];

    protected override TimeSpan Interval => TimeSpan.FromMilliseconds(options.Value.PollMilliseconds);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled) return;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<YincaiDb>();
        var now = Clock.GetUtcNow().UtcDateTime;
        if (!_started)
        {
            // Nothing is cached before this copy starts: only what changes from now on matters.
            _cursor.MoveTo(await db.ChangeFeed.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0, null, now);
            _started = true;
            return;
        }
        var entries = await _cursor.ReadAsync(db, 10_000, now, cancellationToken);
        var kinds = entries.Select(e => e.Kind).ToHashSet();
        await eviction.EvictAsync(kinds.Union(_again), cancellationToken);
        _again = kinds;
    }
}
