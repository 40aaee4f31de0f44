using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Yincai.Platform.PageCache;

namespace Yincai.Platform;

/// <summary>One row of a small set the six finds search in memory: what a hit shows, and the text searched, folded once.</summary>
public sealed record SixFindsRow<T>(T Item, string Text);

/// <summary>
/// The small public sets of the six finds (offices, named stations, open project demands and talents' projects: hundreds
/// to a few thousand rows in a province) held in memory, so that a search asks the database nothing for them: at a million
/// jobs their four statements were more than half of what a search cost (bench/README.md). A set is loaded through the
/// request's <see cref="YincaiDb"/>, so the data layer's region filter decides what it holds, and is kept per scope. It is
/// dropped when a record of its kind changes (on this copy after the commit, on every copy from the change feed, as cached
/// pages are: <see cref="PageCacheEviction"/>) and kept at most <see cref="PageCacheOptions.MaxAgeSeconds"/>; with the page
/// cache off, every search reads it again.
/// </summary>
public sealed class SixFindsRows(IOptionsMonitor<PageCacheOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<(string Kind, string? Scope), Entry> _sets = new();
    private readonly ConcurrentDictionary<string, long> _generations = new();

    /// <summary>
    /// The set of records of <paramref name="kind"/> (a <see cref="ChangeFeedEntry.Kind"/>) that <paramref name="scope"/>
    /// sees, from memory or from <paramref name="load"/>. Concurrent searches share one load; a load that began before a
    /// change of its kind is used by its own search but not kept.
    /// </summary>
    public async Task<IReadOnlyList<SixFindsRow<T>>> GetAsync<T>(string kind, string? scope,
        Func<CancellationToken, Task<List<SixFindsRow<T>>>> load, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        if (!settings.Enabled) return await load(cancellationToken);
        var key = (kind, scope);
        var now = clock.GetTimestamp();
        if (_sets.TryGetValue(key, out var held) && held.Generation == Generation(kind)
            && clock.GetElapsedTime(held.LoadedAt, now) < TimeSpan.FromSeconds(settings.MaxAgeSeconds))
            return (IReadOnlyList<SixFindsRow<T>>)await held.Rows.WaitAsync(cancellationToken);

        foreach (var (stale, set) in _sets)
            if (clock.GetElapsedTime(set.LoadedAt, now) >= TimeSpan.FromSeconds(settings.MaxAgeSeconds))
                _sets.TryRemove(new KeyValuePair<(string, string?), Entry>(stale, set));
        var generation = Generation(kind);
        // Loaded through this search's context, so it waits for the load to end even if it is cancelled; others need not.
        var entry = new Entry(LoadAsync(load), now, generation);
        _sets[key] = entry;
        try
        {
            return (IReadOnlyList<SixFindsRow<T>>)await entry.Rows;
        }
        catch
        {
            _sets.TryRemove(new KeyValuePair<(string, string?), Entry>(key, entry));
            throw;
        }
    }

    private static async Task<object> LoadAsync<T>(Func<CancellationToken, Task<List<SixFindsRow<T>>>> load) =>
        await load(CancellationToken.None);

    /// <summary>Drops the sets of these kinds, and keeps no load of them that began before.</summary>
    public void Evict(IEnumerable<string> kinds)
    {
        foreach (var kind in kinds)
        {
            _generations.AddOrUpdate(kind, 1, (_, g) => g + 1);
            foreach (var key in _sets.Keys.Where(k => k.Kind == kind)) _sets.TryRemove(key, out _);
        }
    }

    /// <summary>The rows holding every term, in the set's order: the first <paramref name="take"/> of them, and how many
    /// there are, counted no further than <see cref="SixFinds.CountCap"/>.</summary>
    public static (List<T> Hits, int Total, bool Capped) Match<T>(IEnumerable<SixFindsRow<T>> rows, SearchTerms query, int take)
    {
        var (hits, counted) = (new List<T>(), 0);
        foreach (var row in rows)
        {
            if (!query.AllOccurIn(row.Text)) continue;
            if (hits.Count < take) hits.Add(row.Item);
            if (++counted > SixFinds.CountCap) break;
        }
        return (hits, Math.Min(counted, SixFinds.CountCap), counted > SixFinds.CountCap);
    }

    /// <summary>The text a row is searched by: its fields folded as <see cref="SearchTerms"/> folds a query, one space apart
    /// (no term holds a space, so none is found across two fields).</summary>
    public static string Fold(params ReadOnlySpan<string?> fields) => SearchTerms.Normalize(string.Join(' ', fields));

    private long Generation(string kind) => _generations.GetValueOrDefault(kind);

    private sealed record Entry(Task<object> Rows, long LoadedAt, long Generation);
}
