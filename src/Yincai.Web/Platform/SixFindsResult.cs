namespace Yincai.Platform;

/// <summary>What one <see cref="ISixFindsSource"/> found.</summary>
/// <param name="Total">How many match, at most <see cref="SixFinds.CountCap"/>.</param>
/// <param name="TotalIsCapped">More than <see cref="SixFinds.CountCap"/> match (shown as "1000+").</param>
/// <param name="More">The source's own list with the query; null when the viewer has none to open.</param>
public sealed record SixFindsResult(IReadOnlyList<SixFindsHit> Hits, int Total, bool TotalIsCapped, SixFindsLink? More,
    SixFindsRestriction Restriction = SixFindsRestriction.None)
{
    public static SixFindsResult Empty { get; } = new([], 0, false, null);
}
