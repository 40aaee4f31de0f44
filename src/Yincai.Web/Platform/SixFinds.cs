using Microsoft.EntityFrameworkCore;

namespace Yincai.Platform;

/// <summary>What the six-finds sources share: the count cap and the cheap count that honours it.</summary>
public static class SixFinds
{
    /// <summary>
    /// Counting stops here: a group says "200+" rather than walk a million rows for an exact figure. A keyword's count
    /// walks the rows in page order checking each against the keyword, so its cost grows with the cap: at a million jobs
    /// a common keyword took 30–80 ms to count to 1,000 and 7–29 ms to 200 (bench/README.md). Ten pages of a keyword's
    /// hits are as far as anyone pages; past them a narrower keyword serves better.
    /// </summary>
    public const int CountCap = 200;

    /// <summary>Counts at most <see cref="CountCap"/> + 1 rows of <paramref name="filtered"/> (unordered, so nothing is
    /// sorted to be counted).</summary>
    public static async Task<(int Total, bool Capped)> CappedCountAsync<T>(IQueryable<T> filtered, CancellationToken cancellationToken)
    {
        var counted = await filtered.Take(CountCap + 1).CountAsync(cancellationToken);
        return (Math.Min(counted, CountCap), counted > CountCap);
    }

    /// <summary>The start of a long description, for a hit's snippet.</summary>
    public static string Shorten(string text, int length = 80) => text.Length <= length ? text : text[..length] + "…";

    /// <summary>A list page's URL with the query carried over as <c>q</c>.</summary>
    public static string WithQuery(string path, SearchTerms query) => path + "?q=" + Uri.EscapeDataString(query.Text);
}
