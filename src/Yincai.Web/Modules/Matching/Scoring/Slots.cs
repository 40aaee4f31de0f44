using System.Numerics;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Talents.Contracts;

namespace Yincai.Modules.Matching.Scoring;

/// <summary>
/// What bounds the keyword similarity of a row without reading its terms: a 256-bit signature (a bit a term, by
/// hash), the heaviest weight and the vector's length. The cosine is Σ a·b over shared terms / (|A|·|B|); every
/// shared term sets a bit both signatures have, and its weight on the row's side is at most the heaviest.
/// </summary>
public readonly struct KeywordSlot
{
    public readonly Signature Bits;
    public readonly float Heaviest;
    public readonly float Norm;

    public KeywordSlot(Keywords keywords)
    {
        foreach (var packed in keywords.Packed)
        {
            Bits.Set(Bit(Keywords.KeyOf(packed)));
            Heaviest = Math.Max(Heaviest, Keywords.WeightOfPacked(packed));
        }
        Norm = keywords.Norm;
    }

    /// <summary>The signature bit of a term key (<see cref="Keywords.Key"/>).</summary>
    public static int Bit(int key) => (int)(((uint)key * 0x9E3779B1u) >> (32 - Signature.Log2Bits));
}

/// <summary>A set of <see cref="Size"/> bits, a term's by hash. Why 256: a job's 40 terms set a seventh of them, so a query of
/// 20 terms meets about three by chance, each loosening the bound (128 bits: a quarter set, five met; on the slowest queries at
/// a million, 256 bits left 40 % fewer rows to compare exactly, `bench/README.md`).</summary>
public struct Signature
{
    public const int Log2Bits = 8;
    public const int Size = 1 << Log2Bits;
    private ulong _w0, _w1, _w2, _w3;

    public void Set(int bit)
    {
        var mask = 1UL << (bit & 63);
        switch (bit >> 6)
        {
            case 0: _w0 |= mask; break;
            case 1: _w1 |= mask; break;
            case 2: _w2 |= mask; break;
            default: _w3 |= mask; break;
        }
    }

    public void Add(in Signature other)
    {
        _w0 |= other._w0;
        _w1 |= other._w1;
        _w2 |= other._w2;
        _w3 |= other._w3;
    }

    /// <summary>Σ of <paramref name="first"/> and of <paramref name="second"/> over the bits both sets have.</summary>
    public readonly (float First, float Second) SumShared(in Signature other, float[] first, float[] second)
    {
        var (a, b) = (0f, 0f);
        Sum(_w0 & other._w0, 0, first, second, ref a, ref b);
        Sum(_w1 & other._w1, 64, first, second, ref a, ref b);
        Sum(_w2 & other._w2, 128, first, second, ref a, ref b);
        Sum(_w3 & other._w3, 192, first, second, ref a, ref b);
        return (a, b);
    }

    private static void Sum(ulong bits, int offset, float[] first, float[] second, ref float a, ref float b)
    {
        for (; bits != 0; bits &= bits - 1)
        {
            var bit = offset + BitOperations.TrailingZeroCount(bits);
            a += first[bit];
            b += second[bit];
        }
    }
}

/// <summary>One query's side of <see cref="KeywordSlot"/>: its weights and their squares summed by signature bit. A row
/// shares at most the query's terms of the bits both have, so the cosine is at most both Σa·b_max / (|A|·|B|) and, by
/// Cauchy–Schwarz, √(Σa² over those terms) / |A|: the first is tight for a row of few heavy terms, the second when the
/// query shares few of its own.</summary>
public sealed class KeywordBound
{
    private readonly float[] _weightOfBit = new float[Signature.Size];
    private readonly float[] _squareOfBit = new float[Signature.Size];
    private readonly KeywordSlot _query;

    public KeywordBound(Keywords query)
    {
        _query = new KeywordSlot(query);
        foreach (var packed in query.Packed)
        {
            var (bit, weight) = (KeywordSlot.Bit(Keywords.KeyOf(packed)), Keywords.WeightOfPacked(packed));
            _weightOfBit[bit] += weight;
            _squareOfBit[bit] += weight * weight;
        }
    }

    /// <summary>At least the similarity of the query to the row (never below it; at most 1).</summary>
    public float Most(in KeywordSlot row)
    {
        if (_query.Norm == 0 || row.Norm == 0) return 0f;
        var (sum, squares) = _query.Bits.SumShared(row.Bits, _weightOfBit, _squareOfBit);
        return Math.Min(1f, Math.Min(sum * row.Heaviest / row.Norm, MathF.Sqrt(squares)) / _query.Norm * (1 + 1e-5f));
    }

    /// <summary>At least the similarity of the query to any row of a block.</summary>
    internal float Most(in KeywordBlock block)
    {
        if (_query.Norm == 0 || block.Ratio == 0) return 0f;
        var (sum, squares) = _query.Bits.SumShared(block.Bits, _weightOfBit, _squareOfBit);
        return Math.Min(1f, Math.Min(sum * block.Ratio, MathF.Sqrt(squares)) / _query.Norm * (1 + 1e-4f));
    }
}

/// <summary>A job's aspects that vary inside one part of a group (<see cref="MatchIndex"/>), kept in line.</summary>
internal readonly struct JobSlot : IRowSlot<JobSlot, JobBlock>
{
    public const int InlineMajors = 3;

    public readonly RegionRef Region;
    public readonly int SalaryMax;
    public readonly int MinExperienceYears;
    public readonly int Occupation;
    private readonly int _major0, _major1, _major2;

    /// <summary>Above <see cref="InlineMajors"/>: more majors than kept here, so the bound takes the major as met.</summary>
    public readonly int MajorCount;
    public readonly KeywordSlot Keywords;

    public JobSlot(JobFeatures job)
    {
        Region = job.Region;
        SalaryMax = job.SalaryMax;
        MinExperienceYears = job.MinExperienceYears;
        Occupation = job.Occupation;
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

    /// <summary>Jobs asking for the same majors together (a group holds one city and industry), then of the same occupation,
    /// then by the experience asked, the best pay first and the place: what else tells the jobs of a group apart, so that a
    /// block's bound is near its rows' own.</summary>
    public static (long, long) SortKey(in JobSlot slot) =>
        ((slot.MajorCount == 0 ? 0 : slot.MajorCount > InlineMajors ? 999_999_999_999L : (slot._major0 % 1_000_000) * 1_000_000L + slot._major1 % 1_000_000) * 100_000L
            + Math.Clamp(slot.Occupation, 0, 99_999),
            Math.Clamp(slot.MinExperienceYears, 0, 99) * 10_000_000_000_000L + (999_999 - Math.Clamp(slot.SalaryMax, 0, 999_999)) * 10_000_000L
            + slot.Region.Code * 10L + slot.Region.Digits);

    public static JobBlock Summarize(ReadOnlySpan<JobSlot> slots, long groupKey) => JobBlock.Of(slots);
}

/// <summary>A talent's aspects that vary inside one part of a group, kept in line.</summary>
internal readonly struct TalentSlot : IRowSlot<TalentSlot, TalentBlock>
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

    /// <summary>The wanted positions' occupations (at most <see cref="PositionCount"/> of them).</summary>
    private readonly int _occupation0, _occupation1, _occupation2;
    public readonly int PositionCount;

    public TalentSlot(TalentFeatures talent)
    {
        RegionCount = talent.Regions.Length;
        if (RegionCount > 0) _region0 = talent.Regions[0];
        if (RegionCount > 1) _region1 = talent.Regions[1];
        DivisionCount = talent.Divisions.Length;
        if (DivisionCount > 0) _division0 = talent.Divisions[0];
        if (DivisionCount > 1) _division1 = talent.Divisions[1];
        Major = talent.Major;
        SalaryMin = talent.SalaryLeast ?? 0;
        GraduationYear = talent.GraduationYear ?? 0;
        Keywords = new KeywordSlot(talent.Keywords);
        PositionCount = Math.Min(talent.Positions.Length, 3);
        if (PositionCount > 0) _occupation0 = talent.Positions[0].Occupation;
        if (PositionCount > 1) _occupation1 = talent.Positions[1].Occupation;
        if (PositionCount > 2) _occupation2 = talent.Positions[2].Occupation;
        // More positions than kept: any occupation counts as wanted (the bound stays above the score).
        if (talent.Positions.Length > 3) PositionCount = -1;
    }

    /// <summary>The wanted occupations; none when there are none or more than the slot keeps (<see cref="PositionCount"/> -1).</summary>
    public ReadOnlySpan<int> Occupations(Span<int> buffer)
    {
        buffer[0] = _occupation0;
        buffer[1] = _occupation1;
        buffer[2] = _occupation2;
        return buffer[..Math.Max(PositionCount, 0)];
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

    /// <summary>Talents wanting the same first occupation together, then wishing for the same industries, then of the same
    /// major (a group holds one city and major class), then by graduation, the least pay wished first and the place.</summary>
    public static (long, long) SortKey(in TalentSlot slot) =>
        ((slot.PositionCount <= 0 ? 0 : Math.Clamp(slot._occupation0, 0, 99_999)) * 1_000_000_000_000L
            + (slot.DivisionCount is 0 or > Inline ? 0 : slot._division0 * 1_000L + slot._division1) * 10_000_000L + slot.Major % 10_000_000,
            Math.Clamp(slot.GraduationYear, 0, 9_999) * 10_000_000_000_000L + Math.Clamp(slot.SalaryMin, 0, 999_999) * 10_000_000L
            + slot._region0.Code * 10L + slot._region0.Digits);

    public static TalentBlock Summarize(ReadOnlySpan<TalentSlot> slots, long groupKey) => TalentBlock.Of(slots, (int)(groupKey / 10000));
}

/// <summary>Up to <see cref="Capacity"/> distinct values of one aspect over a block of rows, or "many" (a bound then
/// takes the aspect as met).</summary>
internal struct DistinctValues<T> where T : unmanaged, IEquatable<T>
{
    public const int Capacity = 8;

    private Buffer _values;
    private int _count;

    public readonly bool IsMany => _count > Capacity;

    public readonly bool IsEmpty => _count == 0;

    /// <summary>The values, copied into <paramref name="buffer"/> (<see cref="Capacity"/> long); none when many.</summary>
    public readonly ReadOnlySpan<T> Values(Span<T> buffer)
    {
        if (IsMany) return [];
        for (var i = 0; i < _count; i++) buffer[i] = _values[i];
        return buffer[.._count];
    }

    public void Add(T value)
    {
        if (IsMany) return;
        for (var i = 0; i < _count; i++)
            if (_values[i].Equals(value)) return;
        if (_count < Capacity) _values[_count] = value;
        _count++;
    }

    /// <summary>Whether <paramref name="value"/> may be among the values (always, when many).</summary>
    public readonly bool MayContain(T value)
    {
        if (IsMany) return true;
        for (var i = 0; i < _count; i++)
            if (_values[i].Equals(value)) return true;
        return false;
    }

    [System.Runtime.CompilerServices.InlineArray(Capacity)]
    private struct Buffer
    {
        private T _first;
    }
}

/// <summary>
/// The majors a block of jobs asks for, as exactly as eight values allow: the majors themselves, and when there are more,
/// their classes (专业类), and when there are more of those, their categories (学科门类). A major's fit is decided by
/// whether a job names it, its class or its category (<see cref="FitScorer.MajorFit"/>), so each level bounds it.
/// </summary>
internal struct MajorSet
{
    private DistinctValues<int> _majors;
    private DistinctValues<int> _classes;
    private DistinctValues<int> _categories;

    public readonly bool IsEmpty => _majors.IsEmpty;

    public void Add(int major)
    {
        _majors.Add(major);
        _classes.Add(major / 100);
        _categories.Add(major / 10000);
    }

    /// <summary>As much as a major could get from any of the majors asked (0 when none was asked).</summary>
    public readonly float Most(FitScorer scorer, int major)
    {
        if (IsEmpty || major == 0) return 0f;
        var w = scorer.Weights;
        var category = _categories.MayContain(major / 10000);
        var sameClass = _classes.MayContain(major / 100) && category;
        if (_majors.MayContain(major) && sameClass) return 1f;
        return sameClass ? w.SameMajorClass : category ? w.SameMajorCategory : 0f;
    }
}

/// <summary>What a block of rows gives at most on the keywords: the union of their signatures and the largest
/// heaviest-weight-to-length ratio (<see cref="KeywordBound.Most(in KeywordBlock)"/>).</summary>
internal struct KeywordBlock
{
    public Signature Bits;
    public float Ratio;

    public void Add(in KeywordSlot row)
    {
        Bits.Add(row.Bits);
        if (row.Norm > 0) Ratio = Math.Max(Ratio, row.Heaviest / row.Norm);
    }
}

/// <summary>A bound on every job of a block of a part (<see cref="MatchIndex"/>): the distinct places and majors, the best
/// pay, the least experience asked and the keywords' union. Each aspect of a row's bound is a maximum over its own values,
/// so the same bound over the block's values is at least every row's.</summary>
internal struct JobBlock
{
    public DistinctValues<RegionRef> Regions;
    public MajorSet Majors;
    /// <summary>The occupations of the rows (0: a row names none).</summary>
    public DistinctValues<int> Occupations;
    public bool AnyMajor;
    public bool ManyMajors;
    public bool Negotiable;
    public int SalaryMax;
    public int MinExperienceYears;
    public KeywordBlock Keywords;

    public static JobBlock Of(ReadOnlySpan<JobSlot> slots)
    {
        var block = new JobBlock { MinExperienceYears = int.MaxValue };
        Span<int> majors = stackalloc int[JobSlot.InlineMajors];
        foreach (ref readonly var slot in slots)
        {
            block.Regions.Add(slot.Region);
            block.Occupations.Add(slot.Occupation);
            if (slot.MajorCount == 0) block.AnyMajor = true;
            else if (slot.MajorCount > JobSlot.InlineMajors) block.ManyMajors = true;
            else foreach (var major in slot.Majors(majors)) block.Majors.Add(major);
            if (slot.SalaryMax <= 0) block.Negotiable = true;
            block.SalaryMax = Math.Max(block.SalaryMax, slot.SalaryMax);
            block.MinExperienceYears = Math.Min(block.MinExperienceYears, slot.MinExperienceYears);
            block.Keywords.Add(slot.Keywords);
        }
        return block;
    }

    /// <summary>Whether a job of the block may score <paramref name="needed"/> for the talent on region (every job of the
    /// group has <paramref name="regionOfGroup"/> when it is not negative), occupation (at most <paramref name="occupationMost"/>;
    /// <paramref name="wanted"/>: the talent's wanted occupations), major, pay, experience and keywords. The keywords cost the
    /// most to bound, so they are bounded last, and only when the rest leaves it open.</summary>
    public readonly bool MayReach(float needed, FitScorer scorer, TalentFeatures talent, KeywordBound keywords, ReadOnlySpan<int> wanted,
        float occupationMost, float regionOfGroup)
    {
        var w = scorer.Weights;
        if (!Occupations.IsMany)
        {
            var occupation = 0f;
            Span<int> codes = stackalloc int[DistinctValues<int>.Capacity];
            foreach (var code in Occupations.Values(codes)) occupation = Math.Max(occupation, scorer.OccupationBound(wanted, code));
            occupationMost = Math.Min(occupationMost, w.Occupation * occupation);
        }
        var region = regionOfGroup >= 0f ? regionOfGroup : 1f;
        if (regionOfGroup < 0f && !Regions.IsMany && talent.Regions.Length > 0)
        {
            region = 0f;
            Span<RegionRef> places = stackalloc RegionRef[DistinctValues<RegionRef>.Capacity];
            foreach (var place in Regions.Values(places)) region = Math.Max(region, scorer.RegionFit(talent.Regions, place));
        }
        var major = ManyMajors ? 1f : Math.Max(AnyMajor ? scorer.MajorFit(talent.Major, []) : 0f, Majors.Most(scorer, talent.Major));
        var salary = Negotiable ? 1f : scorer.SalaryFit(talent.SalaryLeast, SalaryMax);
        // The gaps every row of the block has at least: the experience short of the least asked, a major when every row asks
        // for majors and none fits, no shared keyword when none of the rows can share one.
        var rest = w.Region * region + occupationMost + w.Major * major + w.Salary * salary
            + (scorer.ExperienceMet(talent.GraduationYear, MinExperienceYears) ? w.Experience : 0f)
            - scorer.Gaps(talent.GraduationYear, MinExperienceYears, !AnyMajor && !ManyMajors, major);
        return rest + w.Skills >= needed && rest + scorer.SkillPoints(keywords.Most(Keywords)) >= needed;
    }
}

/// <summary>A bound on every talent of a block of a part, as <see cref="JobBlock"/> is for jobs.</summary>
internal struct TalentBlock
{
    public DistinctValues<RegionRef> Regions;
    /// <summary>The wished industry divisions (0–99) as bits.</summary>
    public ulong DivisionsLow, DivisionsHigh;
    public DistinctValues<int> Majors;

    /// <summary>The wanted positions' occupations; a talent naming none (open to all) or more than a slot keeps is a flag.</summary>
    public DistinctValues<int> Occupations;
    public bool NoPositions;
    public bool ManyPositions;
    public bool AnyRegion;
    public bool AnyDivision;

    /// <summary>The least pay wished (0: a talent wished none).</summary>
    public int SalaryMin;

    /// <summary>The earliest graduation (0: none known).</summary>
    public int GraduationYear;
    public KeywordBlock Keywords;

    /// <summary>The bound of a block of the group of wished city <paramref name="city"/> (3702; 3700 for the whole
    /// province; 0 for talents who wished no place). Only the wishes that put a talent in this group count towards the
    /// places: a talent's best wish puts it in that wish's group too, where the bound counts it, so a lesser bound here
    /// never loses the talent.</summary>
    public static TalentBlock Of(ReadOnlySpan<TalentSlot> slots, int city)
    {
        var block = new TalentBlock { SalaryMin = int.MaxValue };
        Span<RegionRef> regions = stackalloc RegionRef[TalentSlot.Inline];
        Span<int> divisions = stackalloc int[TalentSlot.Inline];
        Span<int> occupations = stackalloc int[3];
        foreach (ref readonly var slot in slots)
        {
            if (slot.PositionCount == 0) block.NoPositions = true;
            else if (slot.PositionCount < 0) block.ManyPositions = true;
            else foreach (var occupation in slot.Occupations(occupations)) block.Occupations.Add(occupation);
            if (slot.RegionCount == 0 || slot.RegionCount > TalentSlot.Inline) block.AnyRegion = true;
            else foreach (var region in slot.Regions(regions))
                if ((region.Digits == 2 ? region.Province * 100 : region.City) == city) block.Regions.Add(region);
            if (slot.DivisionCount == 0 || slot.DivisionCount > TalentSlot.Inline) block.AnyDivision = true;
            else foreach (var division in slot.Divisions(divisions))
            {
                if (division is < 0 or >= 100) block.AnyDivision = true;
                else if (division < 64) block.DivisionsLow |= 1UL << division;
                else block.DivisionsHigh |= 1UL << (division - 64);
            }
            block.Majors.Add(slot.Major);
            block.SalaryMin = Math.Min(block.SalaryMin, slot.SalaryMin);
            if (slot.GraduationYear != 0)
                block.GraduationYear = block.GraduationYear == 0 ? slot.GraduationYear : Math.Min(block.GraduationYear, slot.GraduationYear);
            block.Keywords.Add(slot.Keywords);
        }
        return block;
    }

    /// <summary>Whether a talent of the block may score <paramref name="needed"/> for the job on region, industry, occupation
    /// (at most <paramref name="occupationMost"/>), major, pay, experience and keywords (bounded last, as for jobs).</summary>
    /// <param name="section">The divisions of the job's section as bits (<see cref="FitScorer.SectionBits"/>).</param>
    public readonly bool MayReach(float needed, FitScorer scorer, JobFeatures job, KeywordBound keywords, (ulong Low, ulong High) section,
        float occupationMost)
    {
        var w = scorer.Weights;
        if (!ManyPositions && !Occupations.IsMany && job.Occupation != 0)
        {
            Span<int> codes = stackalloc int[DistinctValues<int>.Capacity];
            var occupation = NoPositions ? w.OccupationOpen : 0f;
            if (!Occupations.IsEmpty) occupation = Math.Max(occupation, scorer.OccupationBound(Occupations.Values(codes), job.Occupation));
            occupationMost = Math.Min(occupationMost, w.Occupation * occupation);
        }
        Span<RegionRef> regions = stackalloc RegionRef[DistinctValues<RegionRef>.Capacity];
        var region = AnyRegion || Regions.IsMany ? 1f : scorer.RegionFit(Regions.Values(regions), job.Region);
        var division = job.Division;
        var industry = AnyDivision || (division is >= 0 and < 64 && (DivisionsLow & (1UL << division)) != 0)
            || (division is >= 64 and < 100 && (DivisionsHigh & (1UL << (division - 64))) != 0) ? 1f
            : ((DivisionsLow & section.Low) | (DivisionsHigh & section.High)) != 0 ? w.SameIndustrySection : 0f;
        Span<int> values = stackalloc int[DistinctValues<int>.Capacity];
        var major = 0f;
        if (Majors.IsMany) major = 1f;
        else foreach (var m in Majors.Values(values)) major = Math.Max(major, scorer.MajorFit(m, job.Majors));
        var salary = scorer.SalaryFit(SalaryMin == 0 ? null : SalaryMin, job.SalaryMax);
        // The gaps every talent of the block has at least (the earliest graduation has the most experience; one not known
        // has none), as for jobs.
        var graduated = GraduationYear == 0 ? (int?)null : GraduationYear;
        var rest = w.Region * region + w.Industry * industry + occupationMost + w.Major * major + w.Salary * salary
            + (scorer.ExperienceMet(graduated, job.MinExperienceYears) ? w.Experience : 0f)
            - scorer.Gaps(graduated, job.MinExperienceYears, job.Majors.Length > 0 && !Majors.IsMany, major);
        return rest + w.Skills >= needed && rest + scorer.SkillPoints(keywords.Most(Keywords)) >= needed;
    }
}
