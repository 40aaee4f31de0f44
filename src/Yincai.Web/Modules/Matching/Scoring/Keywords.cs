namespace Yincai.Modules.Matching.Scoring;

/// <summary>
/// The keyword terms of one side of a match (<see cref="TextGrams"/> hashes), each with a weight: how much the field
/// it came from says about the side (a skill the talent listed, a tag of the job, above a word somewhere in the job's
/// description). Two sides compare by the cosine of their weighted vectors, so that a job asking for four of a
/// talent's five skills scores above one that shares a stock phrase, and a long text does not win by length.
/// A million jobs keep tens of millions of terms, so each term is one int: the hash's upper 24 bits and the weight in
/// 1/255 steps in the low 8, sorted by term.
/// </summary>
public readonly struct Keywords
{
    private const int WeightBits = 8;
    private const float WeightSteps = 255f;
    private readonly int[]? _packed;

    public static Keywords None => default;

    private Keywords(int[] packed)
    {
        _packed = packed;
        var sum = 0f;
        foreach (var p in packed)
        {
            var w = WeightOf(p);
            sum += w * w;
        }
        Norm = MathF.Sqrt(sum);
    }

    /// <summary>The vector's length, √Σw².</summary>
    public float Norm { get; }

    public int Count => _packed?.Length ?? 0;

    /// <summary>The terms, as 24-bit term keys (<see cref="Key"/>), sorted.</summary>
    public IEnumerable<int> Terms => (_packed ?? []).Select(p => p >> WeightBits);

    public IEnumerable<float> Weights => (_packed ?? []).Select(WeightOf);

    public static int Key(int hash) => hash >> WeightBits;

    private static float WeightOf(int packed) => (packed & 0xFF) / WeightSteps;

    /// <summary>Whether a term (a <see cref="TextGrams.Hash"/>) is among these.</summary>
    public bool Contains(int hash)
    {
        var packed = _packed ?? [];
        var key = Key(hash);
        int lo = 0, hi = packed.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var k = packed[mid] >> WeightBits;
            if (k == key) return true;
            if (k < key) lo = mid + 1;
            else hi = mid - 1;
        }
        return false;
    }

    /// <summary>Whether any term of a text is among these.</summary>
    public bool SharesAny(string? text)
    {
        if (text is null) return false;
        foreach (var term in TextGrams.Terms(text))
            if (Contains(TextGrams.Hash(term))) return true;
        return false;
    }

    /// <summary>Every text one item (a skill, a tag) at weight 1 (a plain set of keywords).</summary>
    public static Keywords Of(IEnumerable<string?> texts, int max = TextGrams.MaxTerms) => Weigh([(texts, 1f, true)], max);

    /// <summary>The terms of several fields, each term at the weight (0 to 1) of the heaviest field it occurs in. Fields
    /// come heaviest first, as terms past <paramref name="max"/> are dropped.</summary>
    public static Keywords Weigh(IEnumerable<(IEnumerable<string?> Texts, float Weight)> fields, int max = TextGrams.MaxTerms) =>
        Weigh(fields.Select(f => (f.Texts, f.Weight, false)), max);

    /// <summary>As <see cref="Weigh(IEnumerable{ValueTuple{IEnumerable{string}, float}}, int)"/>; a field of
    /// <c>Items</c> (skills, tags) weighs each of its texts as one: its terms share the field's weight (w/√n each), so that
    /// "机器学习", three bigrams, counts as much as "Java", one word, and not three times as much.</summary>
    public static Keywords Weigh(IEnumerable<(IEnumerable<string?> Texts, float Weight, bool Items)> fields, int max = TextGrams.MaxTerms)
    {
        var weights = new Dictionary<int, int>();
        var terms = new HashSet<int>();
        foreach (var (texts, weight, items) in fields)
        {
            if (MathF.Round(Math.Clamp(weight, 0f, 1f) * WeightSteps) == 0) continue;
            foreach (var text in texts)
            {
                if (string.IsNullOrEmpty(text)) continue;
                terms.Clear();
                foreach (var term in TextGrams.Terms(text)) terms.Add(Key(TextGrams.Hash(term)));
                var share = items && terms.Count > 1 ? weight / MathF.Sqrt(terms.Count) : weight;
                var step = Math.Max(1, (int)MathF.Round(Math.Clamp(share, 0f, 1f) * WeightSteps));
                foreach (var key in TextGrams.Terms(text).Select(t => Key(TextGrams.Hash(t))))
                {
                    if (weights.TryGetValue(key, out var known)) { if (step > known) weights[key] = step; }
                    else if (weights.Count < max) weights[key] = step;
                }
            }
        }
        if (weights.Count == 0) return None;
        var packed = weights.Select(kv => (kv.Key << WeightBits) | kv.Value).ToArray();
        Array.Sort(packed);
        return new Keywords(packed);
    }

    /// <summary>Cosine of the two weighted vectors: 1 for the same terms in the same proportions, 0 when nothing is
    /// shared or either side is empty.</summary>
    public static float Similarity(Keywords a, Keywords b)
    {
        if (a.Norm == 0 || b.Norm == 0) return 0f;
        var (x, y) = (a._packed!, b._packed!);
        int i = 0, j = 0;
        var dot = 0;
        while (i < x.Length && j < y.Length)
        {
            var kx = x[i] >> WeightBits;
            var ky = y[j] >> WeightBits;
            if (kx == ky) { dot += (x[i] & 0xFF) * (y[j] & 0xFF); i++; j++; }
            else if (kx < ky) i++;
            else j++;
        }
        return Math.Min(1f, dot / (WeightSteps * WeightSteps) / (a.Norm * b.Norm));
    }

    /// <summary>Keywords read back from their <see cref="Packed"/> terms (a snapshot of the index).</summary>
    internal static Keywords FromPacked(int[] packed) => packed.Length == 0 ? None : new Keywords(packed);

    /// <summary>The packed terms, for <see cref="KeywordSlot"/>.</summary>
    internal ReadOnlySpan<int> Packed => _packed;

    internal static int KeyOf(int packed) => packed >> WeightBits;

    internal static float WeightOfPacked(int packed) => WeightOf(packed);
}
