namespace Yincai.Platform.PageCache;

/// <summary>
/// Which public pages were asked for before, lately: a page is stored in the cache on its second request within about
/// <see cref="PageCacheOptions.MaxAgeSeconds"/>, not its first. Most keyword searches at a job fair are asked once (each
/// visitor types their own words); stored, each cost the best compression and a place in the cache that pushed out the
/// pages asked for again and again. Two generations of hashes, each at most <see cref="MostPerGeneration"/> (a hash that
/// meets another's only stores a page early).
/// </summary>
public sealed class SecondRequests(TimeProvider clock)
{
    public const int MostPerGeneration = 100_000;

    private readonly Lock _turn = new();
    private HashSet<int> _current = [];
    private HashSet<int> _previous = [];
    private long _since = clock.GetTimestamp();

    /// <summary>Notes <paramref name="key"/> and says whether it was noted before, in this generation or the last.</summary>
    public bool SeenBefore(string key, TimeSpan generation)
    {
        var hash = StringComparer.Ordinal.GetHashCode(key);
        lock (_turn)
        {
            if (_current.Count >= MostPerGeneration || clock.GetElapsedTime(_since) >= generation)
            {
                (_previous, _current) = (_current, _previous);
                _current.Clear();
                _since = clock.GetTimestamp();
            }
            return !_current.Add(hash) || _previous.Contains(hash);
        }
    }
}
