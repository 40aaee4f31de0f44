namespace Yincai.Platform;

/// <summary>
/// One module's contribution to the one-stop "six finds" search (STN-12): a module registers one per kind of record it
/// holds (<c>services.AddScoped&lt;ISixFindsSource, OfficeFinds&gt;()</c>), and sources of the same
/// <see cref="Kind"/> share one group, in <see cref="Order"/>. It lives here, beside <see cref="NavigationItem"/>,
/// because every module implements it and modules may not reach into each other.
/// </summary>
public interface ISixFindsSource
{
    SixFindsKind Kind { get; }

    /// <summary>Position among the sources of the same kind: lower comes first.</summary>
    int Order { get; }

    /// <summary>
    /// At most <paramref name="take"/> hits for which every term occurs, newest or most relevant first, and how many
    /// there are, counted no further than <see cref="SixFinds.CountCap"/>. Decides itself what
    /// <paramref name="viewer"/> may see: a hit that person may not open is not returned (the count may be, with a
    /// <see cref="SixFindsResult.Restriction"/>).
    /// </summary>
    Task<SixFindsResult> SearchAsync(SearchTerms query, CurrentUser viewer, int take, CancellationToken cancellationToken);
}
