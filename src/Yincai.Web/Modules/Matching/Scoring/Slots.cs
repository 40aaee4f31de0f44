using System.Numerics;

namespace Yincai.Modules.Matching.Scoring;

/// <summary>
/// What bounds the keyword similarity of a row without reading its terms: a 128-bit signature (a bit a term, by
/// hash), the heaviest weight and the vector's length. The cosine is Σ a·b over shared terms / (|A|·|B|); every
/// shared term sets a bit both signatures have, and its weight on the row's side is at most the heaviest.
/// </summary>
public readonly struct KeywordSlot
{
    public readonly ulong Low;
    public readonly ulong High;
    public readonly float Heaviest;
    public readonly float Norm;

    public KeywordSlot(Keywords keywords)
    {
        foreach (var packed in keywords.Packed)
        {
            var bit = Bit(Keywords.KeyOf(packed));
            if (bit < 64) Low |= 1UL << bit;
            else High |= 1UL << (bit - 64);
            Heaviest = Math.Max(Heaviest, Keywords.WeightOfPacked(packed));
        }
        Norm = keywords.Norm;
    }

    /// <summary>The signature bit of a term key (<see cref="Keywords.Key"/>).</summary>
    public static int Bit(int key) => (int)(((uint)key * 0x9E3779B1u) >> 25);
}

/// <summary>One query's side of <see cref="KeywordSlot"/>: its weights summed by signature bit.</summary>
public sealed class KeywordBound
{
    private readonly float[] _weightOfBit = new float[128];
    private readonly KeywordSlot _query;

    public KeywordBound(Keywords query)
    {
        _query = new KeywordSlot(query);
        foreach (var packed in query.Packed) _weightOfBit[KeywordSlot.Bit(Keywords.KeyOf(packed))] += Keywords.WeightOfPacked(packed);
    }

    /// <summary>At least the similarity of the query to the row (never below it; at most 1).</summary>
    public float Most(in KeywordSlot row)
    {
        if (_query.Norm == 0 || row.Norm == 0) return 0f;
        var sum = 0f;
        for (var bits = _query.Low & row.Low; bits != 0; bits &= bits - 1) sum += _weightOfBit[BitOperations.TrailingZeroCount(bits)];
        for (var bits = _query.High & row.High; bits != 0; bits &= bits - 1) sum += _weightOfBit[64 + BitOperations.TrailingZeroCount(bits)];
        return Math.Min(1f, sum * row.Heaviest / (_query.Norm * row.Norm) * (1 + 1e-5f));
    }
}

/// <summary>A job's aspects that vary inside one part of a group (<see cref="MatchIndex"/>), kept in line.</summary>
internal readonly struct JobSlot
{
    public const int InlineMajors = 3;

    public readonly RegionRef Region;
    public readonly int SalaryMax;
    public readonly int MinExperienceYears;
    private readonly int _major0, _major1, _major2;

    /// <summary>Above <see cref="InlineMajors"/>: more majors than kept here, so the bound takes the major as met.</summary>
    public readonly int MajorCount;
    public readonly KeywordSlot Keywords;

    public JobSlot(JobFeatures job)
    {
        Region = job.Region;
        SalaryMax = job.SalaryMax;
        MinExperienceYears = job.MinExperienceYears;
        MajorCount = job.Majors.Length;
        if (MajorCount > 0) _major0 = job.Majors[0];
        if (MajorCount > 1) _major1 = job.Majors[1];
        if (MajorCount > 2) _major2 = job.Majors[2];
        Keywords = new KeywordSlot(job.Keywords);
    }

    public ReadOnlySpan<int> Majors(Span<int> buffer)
    {
        buffer[0] = _major0;
        buffer[1] = _major1;
        buffer[2] = _major2;
        return buffer[..Math.Min(MajorCount, InlineMajors)];
    }
}

/// <summary>A talent's aspects that vary inside one part of a group, kept in line.</summary>
internal readonly struct TalentSlot
{
    public const int Inline = 2;

    private readonly RegionRef _region0, _region1;
    private readonly int _division0, _division1;

    /// <summary>Above <see cref="Inline"/>: more than kept here, so the bound takes the aspect as met.</summary>
    public readonly int RegionCount;
    public readonly int DivisionCount;
    public readonly int Major;

    /// <summary>0: none given.</summary>
    public readonly int SalaryMin;
    public readonly int GraduationYear;
    public readonly KeywordSlot Keywords;

    public TalentSlot(TalentFeatures talent)
    {
        RegionCount = talent.Regions.Length;
        if (RegionCount > 0) _region0 = talent.Regions[0];
        if (RegionCount > 1) _region1 = talent.Regions[1];
        DivisionCount = talent.Divisions.Length;
        if (DivisionCount > 0) _division0 = talent.Divisions[0];
        if (DivisionCount > 1) _division1 = talent.Divisions[1];
        Major = talent.Major;
        SalaryMin = talent.SalaryMin ?? 0;
        GraduationYear = talent.GraduationYear ?? 0;
        Keywords = new KeywordSlot(talent.Keywords);
    }

    public ReadOnlySpan<RegionRef> Regions(Span<RegionRef> buffer)
    {
        buffer[0] = _region0;
        buffer[1] = _region1;
        return buffer[..Math.Min(RegionCount, Inline)];
    }

    public ReadOnlySpan<int> Divisions(Span<int> buffer)
    {
        buffer[0] = _division0;
        buffer[1] = _division1;
        return buffer[..Math.Min(DivisionCount, Inline)];
    }
}
