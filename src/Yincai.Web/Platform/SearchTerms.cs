namespace Yincai.Platform;

/// <summary>
/// What someone typed into a search box, made comparable: trimmed, full-width forms folded to half-width (ＡＩ → ai,
/// the ideographic space → space), Latin lower-cased, then split on white space into terms. A text matches when every
/// term occurs in it as an ordinal substring, so Chinese needs no word breaks and "人才驿站" stays one term.
/// </summary>
public sealed record SearchTerms
{
    /// <summary>More is noise or abuse: each term is one more LIKE over every searched column.</summary>
    public const int MaxTerms = 6;

    public const int MaxLength = 100;

    private SearchTerms(IReadOnlyList<string> terms) => Terms = terms;

    public static SearchTerms None { get; } = new([]);

    public IReadOnlyList<string> Terms { get; }

    public bool IsEmpty => Terms.Count == 0;

    /// <summary>The terms joined by one space: the normalised query, for links that carry it on.</summary>
    public string Text => string.Join(' ', Terms);

    public static SearchTerms Parse(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return None;
        var text = Normalize(raw.Trim());
        if (text.Length > MaxLength) text = text[..MaxLength];
        var terms = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Distinct(StringComparer.Ordinal).Take(MaxTerms).ToList();
        return terms.Count == 0 ? None : new SearchTerms(terms);
    }

    /// <summary>
    /// The distinct character bigrams of a folded text, each as one number: the two characters' code points, 16 bits each,
    /// so a bigram says exactly which two characters stand side by side. Pairs with a space (no term holds one) or with a
    /// character beyond the BMP (it would not fit; such a term is matched by LIKE) are left out. Used for the stored column
    /// and for the query, so both agree; the migrations SearchBigrams (jobs) and TalentSearchText (talents) compute the same
    /// in SQL for the rows stored before.
    /// </summary>
    public static int[] Bigrams(string foldedText)
    {
        var grams = new HashSet<int>();
        var previous = -1;
        foreach (var rune in foldedText.EnumerateRunes())
        {
            var current = rune.Value == ' ' || !rune.IsBmp ? -1 : rune.Value;
            if (previous >= 0 && current >= 0) grams.Add(previous << 16 | current);
            previous = current;
        }
        var sorted = grams.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    /// <summary>The bigram of a term of exactly two BMP characters (the usual Chinese word, which has no trigram for pg_trgm),
    /// else none: such a term is matched by a stored bigram column alone, any other by LIKE.</summary>
    public static int[] BigramsOfPair(string term) =>
        term.Length == 2 && !char.IsSurrogate(term[0]) && !char.IsSurrogate(term[1]) ? Bigrams(term) : [];

    /// <summary>Folds one character at a time, so a position in the result is the same position in the input
    /// (snippets are cut from the original text at the offsets found in the folded one).</summary>
    public static string Normalize(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++) span[i] = Fold(source[i]);
    });

    private static char Fold(char c)
    {
        if (c is >= '\uFF01' and <= '\uFF5E') c = (char)(c - 0xFEE0);
        else if (c == '\u3000') c = ' ';
        return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
    }

    /// <summary>Whether every term occurs in <paramref name="normalizedText"/> (already passed through <see cref="Normalize"/>).</summary>
    public bool AllOccurIn(string normalizedText) =>
        Terms.All(t => normalizedText.Contains(t, StringComparison.Ordinal));

    /// <summary>Cuts <paramref name="text"/> into runs that match a term and runs that do not, for highlighting.</summary>
    public IReadOnlyList<(string Text, bool IsMatch)> Mark(string text)
    {
        if (IsEmpty || text.Length == 0) return [(text, false)];
        var folded = Normalize(text);
        var marked = new bool[text.Length];
        foreach (var term in Terms)
            for (var at = folded.IndexOf(term, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(term, at + term.Length, StringComparison.Ordinal))
                Array.Fill(marked, true, at, term.Length);
        var runs = new List<(string, bool)>();
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
            if (i == text.Length || marked[i] != marked[start])
            {
                runs.Add((text[start..i], marked[start]));
                start = i;
            }
        return runs;
    }
}
