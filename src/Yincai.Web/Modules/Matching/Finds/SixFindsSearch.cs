using Yincai.Platform;

namespace Yincai.Modules.Matching.Finds;

/// <summary>
/// The one-stop "six finds" search (六找, STN-12): asks every registered <see cref="ISixFindsSource"/> and groups what
/// they find by kind, in the notice's order (policies, platforms, projects, funds, talents, jobs), each kind shown even
/// when nothing was found. Sources run one after another: they share the request's DbContext.
/// </summary>
public sealed class SixFindsSearch(IEnumerable<ISixFindsSource> sources, CurrentUser viewer)
{
    /// <summary>Hits per kind on the results page.</summary>
    public const int GroupSize = 5;

    /// <summary>Hits on the page of one kind, for kinds whose records have no list page of their own.</summary>
    public const int KindPageSize = 50;

    public async Task<IReadOnlyList<SixFindsGroup>> SearchAsync(SearchTerms query, SixFindsKind? only, CancellationToken cancellationToken)
    {
        var take = only is null ? GroupSize : KindPageSize;
        var groups = new List<SixFindsGroup>();
        if (query.IsEmpty) return groups;
        foreach (var kind in Enum.GetValues<SixFindsKind>().Where(k => only is null || k == only))
        {
            var hits = new List<SixFindsHit>();
            var more = new List<SixFindsLink>();
            var (total, capped, withoutList) = (0, false, false);
            var restriction = SixFindsRestriction.None;
            foreach (var source in sources.Where(s => s.Kind == kind).OrderBy(s => s.Order))
            {
                var found = await source.SearchAsync(query, viewer, take - hits.Count, cancellationToken);
                hits.AddRange(found.Hits.Take(take - hits.Count));
                (total, capped) = (total + found.Total, capped || found.TotalIsCapped);
                if (found.More is { } link) more.Add(link);
                else if (found.Total > 0 && found.Restriction == SixFindsRestriction.None) withoutList = true;
                if (found.Restriction != SixFindsRestriction.None && found.Total > 0) restriction = found.Restriction;
            }
            groups.Add(new SixFindsGroup(kind, hits, Math.Min(total, SixFinds.CountCap), capped || total > SixFinds.CountCap, more,
                withoutList && only is null, restriction));
        }
        return groups;
    }
}
