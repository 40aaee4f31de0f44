using Yincai.Platform;

namespace Yincai.Modules.Matching.Finds;

/// <summary>One of the six finds as the results show it: the first hits of its sources, their summed count (capped),
/// where to see more, and why hits are withheld, if they are.</summary>
public sealed record SixFindsGroup(SixFindsKind Kind, IReadOnlyList<SixFindsHit> Hits, int Total, bool TotalIsCapped,
    IReadOnlyList<SixFindsLink> More, bool HasKindPage, SixFindsRestriction Restriction);
