namespace Yincai.Modules.Matching;

/// <summary>A query reached the index before it was built. Pages and the API check readiness first and say matching is being
/// prepared; reaching this means a caller skipped that check.</summary>
public sealed class MatchingNotReadyException() : InvalidOperationException("The matching index is not built yet.");
