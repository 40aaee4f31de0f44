using System.Globalization;
using System.Text;

namespace Yincai.Modules.Matching.Scoring;

/// <summary>
/// Keyword terms of free text for matching Chinese and English alike: a run of CJK characters gives its character
/// bigrams (a lone character itself), a run of Latin letters or digits gives the lower-cased word. Chinese is never
/// split on whitespace, which it does not have. Terms are hashed (FNV-1a, stable across processes) into a sorted set.
/// </summary>
public static class TextGrams
{
    public const int MaxTerms = 64;

    public static int[] Of(IEnumerable<string?> texts, int max = MaxTerms)
    {
        var set = new HashSet<int>();
        foreach (var text in texts)
        {
            if (string.IsNullOrEmpty(text)) continue;
            foreach (var term in Terms(text))
            {
                set.Add(Hash(term));
                if (set.Count >= max) break;
            }
            if (set.Count >= max) break;
        }
        var grams = set.ToArray();
        Array.Sort(grams);
        return grams;
    }

    /// <summary>The terms of one text, in order (duplicates kept).</summary>
    public static IEnumerable<string> Terms(string text)
    {
        var normal = text.Normalize(NormalizationForm.FormKC);
        var i = 0;
        while (i < normal.Length)
        {
            var c = normal[i];
            if (IsCjk(c))
            {
                var start = i;
                while (i < normal.Length && IsCjk(normal[i])) i++;
                if (i - start == 1) yield return normal.Substring(start, 1);
                for (var k = start; k + 1 < i; k++) yield return normal.Substring(k, 2);
            }
            else if (char.IsAsciiLetterOrDigit(c))
            {
                var start = i;
                while (i < normal.Length && (char.IsAsciiLetterOrDigit(normal[i]) || normal[i] is '+' or '#')) i++;
                yield return normal[start..i].ToLower(CultureInfo.InvariantCulture);
            }
            else i++;
        }
    }

    /// <summary>How many terms two sorted sets share.</summary>
    public static int Overlap(int[] a, int[] b)
    {
        int i = 0, j = 0, n = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { n++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return n;
    }

    public static int Hash(string term)
    {
        var h = 2166136261u;
        foreach (var c in term)
        {
            h = (h ^ c) * 16777619u;
        }
        return (int)h;
    }

    private static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf' or >= '\uf900' and <= '\ufaff';
}
