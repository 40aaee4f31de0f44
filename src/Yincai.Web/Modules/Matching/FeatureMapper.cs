using Microsoft.Extensions.Options;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Modules.Matching.Scoring;

namespace Yincai.Modules.Matching;

/// <summary>Turns database rows into the compact features the index keeps, and makes the scorer of the day. Values
/// that a million rows repeat (region codes, the same few job types or majors) are kept once and shared: they are
/// never changed after mapping, and at a million talents the copies alone were a tenth of the index.</summary>
public sealed class FeatureMapper
{
    private const int DescriptionChars = 200;
    private readonly RegionRef[] _lessDeveloped;
    private readonly MatchWeights _weights;
    private readonly Shared<string> _codes = new(StringComparer.Ordinal);
    private readonly Shared<int[]> _ints = new(Sequence<int>.Comparer);
    private readonly Shared<RegionRef[]> _regions = new(Sequence<RegionRef>.Comparer);
    private readonly Shared<JobType[]> _types = new(Sequence<JobType>.Comparer);

    private readonly MajorCatalog _majors;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _majorNumbers = new(StringComparer.Ordinal);

    public FeatureMapper(IndustryCatalog industries, IOptions<MatchingOptions> options, MajorCatalog? majors = null)
    {
        _majors = majors ?? new MajorCatalog();
        Sections = new IndustrySections(industries.Divisions
            .Select(d => (int.Parse(d.Code, System.Globalization.CultureInfo.InvariantCulture), d.Section[0])));
        _lessDeveloped = options.Value.LessDevelopedRegions.Select(RegionRef.Parse).Where(r => !r.IsNone).ToArray();
        _weights = options.Value.Weights;
    }

    public IndustrySections Sections { get; }

    /// <summary>What the features depend on besides the rows (the less developed regions): a snapshot of the index made
    /// under other settings is not used (<see cref="MatchIndexSnapshot"/>).</summary>
    public string Settings => string.Join(",", _lessDeveloped.Select(r => r.ToString()).Order(StringComparer.Ordinal));

    /// <summary>The shared instance of a value read back from a snapshot.</summary>
    public string Share(string code) => _codes.Get(code);
    public int[] Share(int[] values) => _ints.Get(values);
    public RegionRef[] Share(RegionRef[] values) => _regions.Get(values);
    public JobType[] Share(JobType[] values) => _types.Get(values);

    public FitScorer Scorer(int currentYear) => new(_weights, Sections, currentYear);

    public JobFeatures Job(JobRow r)
    {
        var region = RegionRef.Parse(r.RegionCode);
        return new JobFeatures
        {
            Id = r.Id,
            Region = region,
            Division = Division(r.IndustryCode),
            Type = r.Type,
            Occupation = Occupation(r.OccupationCode),
            MinDegree = r.MinDegree,
            Majors = _ints.Get(r.MajorCodes.Select(MajorOf).Where(m => m > 0).Distinct().ToArray()),
            MinExperienceYears = r.MinExperienceYears,
            SalaryMin = r.SalaryMinYuan,
            SalaryMax = r.SalaryMaxYuan,
            Keywords = JobKeywords(r),
            LessDeveloped = _lessDeveloped.Any(l => l.Overlaps(region) && region.Digits >= l.Digits),
        };
    }

    public TalentFeatures Talent(TalentRow r) => new()
    {
        Id = r.Id,
        RegionCode = _codes.Get(r.RegionCode),
        NativePlaceCode = r.NativePlaceCode is null ? null : _codes.Get(r.NativePlaceCode),
        Regions = _regions.Get(WishedRegions(r)),
        Divisions = _ints.Get(WishedDivisions(r)),
        Types = _types.Get(r.IntendedJobTypes.Distinct().ToArray()),
        Positions = Positions(r),
        Degree = r.HighestDegree,
        Major = MajorOf(r.MajorCode),
        GraduationYear = r.GraduationYear,
        SalaryMin = r.SalaryMinYuan,
        Keywords = TalentKeywords(r),
    };

    /// <summary>A talent looking for project demands by their intention, skills and major.</summary>
    public ProjectFeatures Seeker(TalentRow r) => new()
    {
        Id = r.Id,
        Regions = WishedRegions(r),
        Divisions = WishedDivisions(r),
        Keywords = TalentKeywords(r),
    };

    public ProjectFeatures Project(ProjectRow r) => new()
    {
        Id = r.Id,
        Regions = RegionRef.Parse(r.RegionCode) is { IsNone: false } region ? [region] : [],
        Divisions = Division(r.IndustryCode) is > 0 and var d ? [d] : [],
        Keywords = Keywords.Weigh([([r.Title], ProjectTitleWeight), ([Clip(r.Text)], ProjectTextWeight)]),
        MoneySought = r.MoneySought,
        MoneyOffered = r.MoneyOffered,
    };

    // Field weights (bench/README.md, issue #4): what the talent listed as skills and the job's tags say the most; the
    // job's title and the talent's major name less (the Major aspect scores the major already); the description least,
    // as it repeats the tags among stock phrases. Fields heaviest first: terms past the cap are dropped.
    public const float TagWeight = 1f, TitleWeight = 0.3f, DescriptionWeight = 0.1f, SkillWeight = 1f, MajorNameWeight = 0.3f,
        PositionTitleWeight = 0.5f;
    public const float ProjectTitleWeight = 1f, ProjectTextWeight = 0.3f;

    /// <summary>Terms kept of a job: its title and tags whole, the description up to this.</summary>
    public const int JobTerms = 40;

    // Tags and skills are items: each counts as one, whatever the number of its terms (Keywords.Weigh).
    private static Keywords JobKeywords(JobRow r) =>
        Keywords.Weigh([(r.Tags, TagWeight, true), ([r.Title], TitleWeight, false), ([Clip(r.Description)], DescriptionWeight, false)], JobTerms);

    private static Keywords TalentKeywords(TalentRow r) =>
        Keywords.Weigh([(r.Skills, SkillWeight, true), ((r.Positions ?? []).Select(p => p.Title), PositionTitleWeight, true),
            ([r.MajorName], MajorNameWeight, false)]);

    /// <summary>The intention's regions and the positions' own cities: every place the talent would go.</summary>
    private static RegionRef[] WishedRegions(TalentRow r) =>
        r.IntendedRegionCodes.Concat((r.Positions ?? []).Select(p => p.RegionCode ?? ""))
            .Select(RegionRef.Parse).Where(x => !x.IsNone).Distinct().ToArray();

    private static PositionWish[] Positions(TalentRow r) =>
        (r.Positions ?? []).Select(p => new PositionWish(Occupation(p.OccupationCode), RegionRef.Parse(p.RegionCode), p.SalaryMinYuan ?? 0))
            .Where(p => p.Occupation > 0).ToArray();

    /// <summary>A 中类 or 小类 code of the occupation classification as a number: "2-02" → 20200, "2-02-10" → 20210
    /// (中类 = /100, 大类 = /10000); 0 for anything else.</summary>
    public static int Occupation(string? code)
    {
        static bool Digit(char c) => char.IsAsciiDigit(c);
        if (code is not ({ Length: 4 } or { Length: 7 }) || !Digit(code[0]) || code[1] != '-' || !Digit(code[2]) || !Digit(code[3])) return 0;
        var middle = (code[0] - '0') * 10000 + ((code[2] - '0') * 10 + code[3] - '0') * 100;
        if (code.Length == 4) return middle;
        return code[4] == '-' && Digit(code[5]) && Digit(code[6]) ? middle + (code[5] - '0') * 10 + code[6] - '0' : 0;
    }

    private static int[] WishedDivisions(TalentRow r) => r.IntendedIndustryCodes.Select(Division).Where(d => d > 0).Distinct().ToArray();

    /// <summary>The GB/T 4754 division of a code of any level below the section ("6513" → 65).</summary>
    public static int Division(string? code) =>
        code is { Length: >= 2 } && char.IsAsciiDigit(code[0]) && char.IsAsciiDigit(code[1]) ? (code[0] - '0') * 10 + code[1] - '0' : 0;

    /// <summary>A major of any catalogue as the undergraduate major it is compared as (<see cref="MajorCatalog.ComparedAs"/>:
    /// a 专科 or graduate major relates to its nearest undergraduate class), as a number; a code the catalogues do not know as
    /// itself when it has six digits.</summary>
    public int MajorOf(string? code) =>
        code is null ? 0 : _majorNumbers.GetOrAdd(code, c => Major(_majors.ComparedAs(c) ?? c));

    /// <summary>A six-digit major code as a number, without the T/K suffix ("080901K" → 80901).</summary>
    public static int Major(string? code)
    {
        var trimmed = code?.Trim().TrimEnd('T', 'K');
        return trimmed is { Length: 6 } && int.TryParse(trimmed, out var n) ? n : 0;
    }

    private static string Clip(string text) => text.Length <= DescriptionChars ? text : text[..DescriptionChars];

    /// <summary>One instance of each value seen, shared by every row that has it (safe from two mapping threads).</summary>
    private sealed class Shared<T>(IEqualityComparer<T> comparer) where T : notnull
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<T, T> _values = new(comparer);

        public T Get(T value) => _values.GetOrAdd(value, value);
    }

    private sealed class Sequence<T> : IEqualityComparer<T[]>
    {
        public static readonly Sequence<T> Comparer = new();

        public bool Equals(T[]? x, T[]? y) => ReferenceEquals(x, y) || (x is not null && y is not null && x.AsSpan().SequenceEqual(y));

        public int GetHashCode(T[] values)
        {
            var hash = new HashCode();
            foreach (var v in values) hash.Add(v);
            return hash.ToHashCode();
        }
    }
}
