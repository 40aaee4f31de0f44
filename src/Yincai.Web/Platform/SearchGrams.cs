using Microsoft.EntityFrameworkCore;

namespace Yincai.Platform;

/// <summary>
/// The keyword index's pre-filter on PostgreSQL (issue 16): a GIN index over the distinct two-character runs (bigrams)
/// of a folded search text, <c>yincai_bigrams(text)</c>, made by the migration SearchIndexes. Chinese queries are
/// mostly two-character words (软件, 会计), which give pg_trgm no trigram to look up; every bigram of a term is
/// in the text whenever the term is, so the index narrows the rows and the exact LIKE that follows keeps results exact.
/// A term of one character has no bigram and is searched by LIKE alone (on the list's ordered index).
/// </summary>
public static class SearchGrams
{
    /// <summary>Whether every one of <paramref name="grams"/> is a bigram of <paramref name="text"/>: the SQL function
    /// <c>yincai_has_bigrams</c>, which PostgreSQL inlines to <c>yincai_bigrams(text) @&gt; grams</c>, the indexed form.</summary>
    public static bool Cover(string text, string[] grams) => grams.All(g => text.Contains(g, StringComparison.Ordinal));

    /// <summary>The distinct bigrams of a folded term, as <c>yincai_bigrams</c> makes them.</summary>
    public static string[] Of(string term) =>
        Enumerable.Range(0, Math.Max(0, term.Length - 1)).Select(i => term.Substring(i, 2)).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>Maps <see cref="Cover"/> to its SQL function; PostgreSQL only (SQLite searches with LIKE alone).</summary>
    public static void Map(ModelBuilder b) =>
        b.HasDbFunction(typeof(SearchGrams).GetMethod(nameof(Cover))!).HasName("yincai_has_bigrams");
}
