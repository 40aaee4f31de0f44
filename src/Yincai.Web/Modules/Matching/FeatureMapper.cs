using Microsoft.Extensions.Options;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Modules.Matching.Scoring;

namespace Yincai.Modules.Matching;

/// <summary>Turns database rows into the compact features the index keeps, and makes the scorer of the day.</summary>
public sealed class FeatureMapper
{
    private const int DescriptionChars = 200;
    private readonly RegionRef[] _lessDeveloped;
    private readonly MatchWeights _weights;

    public FeatureMapper(IndustryCatalog industries, IOptions<MatchingOptions> options)
    {
        Sections = new IndustrySections(industries.Divisions
            .Select(d => (int.Parse(d.Code, System.Globalization.CultureInfo.InvariantCulture), d.Section[0])));
        _lessDeveloped = options.Value.LessDevelopedRegions.Select(RegionRef.Parse).Where(r => !r.IsNone).ToArray();
        _weights = options.Value.Weights;
    }

    public IndustrySections Sections { get; }

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
            MinDegree = r.MinDegree,
            Majors = r.MajorCodes.Select(Major).Where(m => m > 0).ToArray(),
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
        RegionCode = r.RegionCode,
        NativePlaceCode = r.NativePlaceCode,
        Regions = WishedRegions(r),
        Divisions = WishedDivisions(r),
        Types = r.IntendedJobTypes.Distinct().ToArray(),
        Degree = r.HighestDegree,
        Major = Major(r.MajorCode),
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
    public const float TagWeight = 1f, TitleWeight = 0.3f, DescriptionWeight = 0.1f, SkillWeight = 1f, MajorNameWeight = 0.3f;
    public const float ProjectTitleWeight = 1f, ProjectTextWeight = 0.3f;

    /// <summary>Terms kept of a job: its title and tags whole, the description up to this.</summary>
    public const int JobTerms = 40;

    private static Keywords JobKeywords(JobRow r) =>
        Keywords.Weigh([(r.Tags, TagWeight), ([r.Title], TitleWeight), ([Clip(r.Description)], DescriptionWeight)], JobTerms);

    private static Keywords TalentKeywords(TalentRow r) =>
        Keywords.Weigh([(r.Skills, SkillWeight), ([r.MajorName], MajorNameWeight)]);

    private static RegionRef[] WishedRegions(TalentRow r) =>
        r.IntendedRegionCodes.Select(RegionRef.Parse).Where(x => !x.IsNone).Distinct().ToArray();

    private static int[] WishedDivisions(TalentRow r) => r.IntendedIndustryCodes.Select(Division).Where(d => d > 0).Distinct().ToArray();

    /// <summary>The GB/T 4754 division of a code of any level below the section ("6513" → 65).</summary>
    public static int Division(string? code) =>
        code is { Length: >= 2 } && char.IsAsciiDigit(code[0]) && char.IsAsciiDigit(code[1]) ? (code[0] - '0') * 10 + code[1] - '0' : 0;

    /// <summary>A six-digit major code as a number, without the T/K suffix ("080901K" → 80901).</summary>
    public static int Major(string? code)
    {
        var trimmed = code?.Trim().TrimEnd('T', 'K');
        return trimmed is { Length: 6 } && int.TryParse(trimmed, out var n) ? n : 0;
    }

    private static string Clip(string text) => text.Length <= DescriptionChars ? text : text[..DescriptionChars];
}
