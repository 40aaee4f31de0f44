using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Yincai.Platform.PageCache;

/// <summary>
/// Reads the change feed every <see cref="PageCacheOptions.PollMilliseconds"/> (one indexed query per copy, whatever the
/// traffic) and evicts the cached pages tagged with each kind of record that changed, on whichever copy saved it. Each
/// kind is evicted twice, now and at the next round, so that a page rendered from the old rows while the change
/// committed is not kept. On PostgreSQL a feed id can become visible after a higher one (transactions commit out of
/// order): ids skipped over are asked for again until they appear or are <see cref="GapLifetime"/> old (a rolled-back
/// transaction's never do).
/// </summary>
public sealed class PageCacheSync(IServiceScopeFactory scopes, PageCacheEviction eviction, IOptions<PageCacheOptions> options,
    TimeProvider clock, ILogger<PageCacheSync> logger) : PeriodicWork(clock, logger)
{
    private static readonly TimeSpan GapLifetime = TimeSpan.FromMinutes(5);
    private const int MaxGaps = 500;
    private long? _last;
    private readonly List<(long From, long To, DateTime Seen)> _gaps = [];
    private HashSet<string> _again = [];

    protected override TimeSpan Interval => TimeSpan.FromMilliseconds(options.Value.PollMilliseconds);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled) return;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<YincaiDb>();
        if (_last is null)
        {
            // Nothing is cached before this copy starts: only what changes from now on matters.
            _last = await db.ChangeFeed.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
            return;
        }
        var now = Clock.GetUtcNow().UtcDateTime;
        _gaps.RemoveAll(g => now - g.Seen > GapLifetime);
        var entries = await db.ChangeFeed.AsNoTracking().Where(Unseen(_last.Value)).OrderBy(e => e.Id).Take(10_000)
            .Select(e => new { e.Id, e.Kind }).ToListAsync(cancellationToken);
        foreach (var e in entries)
        {
            if (e.Id > _last)
            {
                if (e.Id > _last + 1) _gaps.Add((_last.Value + 1, e.Id - 1, now));
                _last = e.Id;
            }
            else CloseGap(e.Id);
        }
        if (_gaps.Count > MaxGaps) _gaps.RemoveRange(0, _gaps.Count - MaxGaps);
        var kinds = entries.Select(e => e.Kind).ToHashSet();
        await eviction.EvictAsync(kinds.Union(_again), cancellationToken);
        _again = kinds;
    }

    private Expression<Func<ChangeFeedEntry, bool>> Unseen(long last)
    {
        // Without gaps (the usual case) one parameterised query, compiled once.
        if (_gaps.Count == 0) return e => e.Id > last;
        var e = Expression.Parameter(typeof(ChangeFeedEntry), "e");
        var id = Expression.Property(e, nameof(ChangeFeedEntry.Id));
        Expression body = Expression.GreaterThan(id, Expression.Constant(last));
        foreach (var (from, to, _) in _gaps)
            body = Expression.OrElse(body, Expression.AndAlso(
                Expression.GreaterThanOrEqual(id, Expression.Constant(from)), Expression.LessThanOrEqual(id, Expression.Constant(to))));
        return Expression.Lambda<Func<ChangeFeedEntry, bool>>(body, e);
    }

    private void CloseGap(long id)
    {
        var i = _gaps.FindIndex(g => g.From <= id && id <= g.To);
        if (i < 0) return;
        var (from, to, seen) = _gaps[i];
        _gaps.RemoveAt(i);
        if (from < id) _gaps.Add((from, id - 1, seen));
        if (id < to) _gaps.Add((id + 1, to, seen));
    }
}
