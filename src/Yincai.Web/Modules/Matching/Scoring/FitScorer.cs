using System.Text.Json.Serialization;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Talents.Contracts;

namespace Yincai.Modules.Matching.Scoring;

[JsonConverter(typeof(JsonStringEnumConverter<FitAspect>))]
public enum FitAspect
{
    Region, Industry, JobType, Degree, Major, Skills, Salary, Experience, LessDevelopedPhd, Keywords, Budget, Occupation,
    // Hard gaps (negative points).
    ExperienceGap, DegreeGap, MajorGap, SkillsGap,
}

[JsonConverter(typeof(JsonStringEnumConverter<FitLevel>))]
public enum FitLevel { Met, Partial, Missed, Open }

/// <summary>One reason of a score: the aspect, how well it is met, the points it gave, and what it is about (a region
/// or major code, the degree asked for, the shared keywords), for the page to put into words.</summary>
public sealed record FitReason(FitAspect Aspect, FitLevel Level, float Points, IReadOnlyList<string> Detail);

/// <summary>
/// The person-job and project fit as pure functions over <see cref="JobFeatures"/>, <see cref="TalentFeatures"/> and
/// <see cref="ProjectFeatures"/> (STYLE.md: no DbContext in scoring). <see cref="Score"/> is the hot path the index
/// runs a million times; <see cref="Explain"/> gives the same total as reasons. Relatedness comes from the catalogs'
/// hierarchy: a major of the same class scores above one of the same category, above an unrelated one; an industry
/// of the same section above an unrelated one.
/// </summary>
public sealed class FitScorer(MatchWeights weights, IndustrySections sections, int currentYear)
{
    public MatchWeights Weights => weights;

    public int CurrentYear => currentYear;

    public float Score(TalentFeatures t, JobFeatures j) => WithSkills(Partial(t, j), Keywords.Similarity(t.Keywords, j.Keywords));

    /// <summary>A <see cref="Partial"/> score with the keywords' similarity added (and the gap of sharing none taken off).
    /// Gaps can take a score below 0; it ranks as it is and is shown as 0.</summary>
    public float WithSkills(float partial, float similarity) => partial + SkillPoints(similarity);

    /// <summary>Everything but the keywords, which cost the most to compare; the other hard gaps taken off.</summary>
    public float Partial(TalentFeatures t, JobFeatures j)
    {
        var (occupation, position) = OccupationFit(t, j);
        var asked = j.MinExperienceYears;
        var major = MajorFit(t.Major, j.Majors);
        return weights.Region * RegionFit(t.Regions, j.Region)
            + weights.Occupation * occupation
            + weights.Industry * IndustryFit(t.Divisions, j.Division)
            + weights.JobType * TypeFit(t.Types, j.Type)
            + weights.Degree * DegreeFit(t.Degree, j.MinDegree)
            + weights.Major * major
            + weights.Salary * SalaryFit(SalaryWished(t, position), j.SalaryMax)
            + (ExperienceMet(t.GraduationYear, asked) ? weights.Experience : 0f)
            + Bonus(t, j)
            - Gaps(t.GraduationYear, asked, j.Majors.Length > 0, major)
            - DegreeGap(t.Degree, j.MinDegree);
    }

    /// <summary>The PhD bonus (ENT-07) lifts a job in a less developed area the PhD would go to: one in a place they wished
    /// for (or anywhere, when they wished none), not one in a city they did not choose.</summary>
    public float Bonus(TalentFeatures t, JobFeatures j) =>
        t.Degree == DegreeLevel.Doctorate && j.LessDeveloped && RegionFit(t.Regions, j.Region) >= 1f ? weights.LessDevelopedPhdBonus : 0f;

    /// <summary>1 for the type wished first (or none wished), less for a later wish, 0 for a type not wished.</summary>
    public float TypeFit(ReadOnlySpan<JobType> wished, JobType type)
    {
        if (wished.Length == 0) return 1f;
        var rank = wished.IndexOf(type);
        return rank switch { < 0 => 0f, 0 => 1f, 1 => weights.SecondJobType, _ => weights.LaterJobType };
    }

    /// <summary>How well the job's occupation is one the talent wants, and which position that is (-1: none).</summary>
    public (float Fit, int Position) OccupationFit(TalentFeatures t, JobFeatures j) => OccupationFit(t.Positions, j.Occupation, j.Region);

    /// <summary><see cref="OccupationFit(TalentFeatures, JobFeatures)"/> for a job of <paramref name="occupation"/> (0: none
    /// given) in <paramref name="place"/>.</summary>
    public (float Fit, int Position) OccupationFit(ReadOnlySpan<PositionWish> positions, int occupation, RegionRef place)
    {
        if (positions.Length == 0 || occupation == 0) return (weights.OccupationOpen, -1);
        var (best, at) = (0f, -1);
        for (var i = 0; i < positions.Length; i++)
        {
            var p = positions[i];
            var fit = OccupationFit(p.Occupation, occupation);
            if (!p.City.IsNone && !p.City.Overlaps(place)) fit *= weights.PositionElsewhere;
            if (fit > best) (best, at) = (fit, i);
        }
        return (best, at);
    }

    /// <summary>How near a wanted occupation is the job's: the same, another 小类 of the same 中类 (or one of them only a
    /// 中类), the same 大类, else nothing; where the position is wanted left out.</summary>
    public float OccupationFit(int wanted, int occupation) =>
        wanted == occupation ? 1f
        : wanted / 100 == occupation / 100 ? (wanted % 100 == 0 || occupation % 100 == 0 ? weights.OccupationWithin : weights.SameOccupationMiddle)
        : wanted / 10000 == occupation / 10000 ? weights.SameOccupationGroup
        : 0f;

    /// <summary>The most <see cref="OccupationFit(TalentFeatures, JobFeatures)"/> gives for a job of <paramref name="occupation"/>
    /// to a talent wanting <paramref name="wanted"/>, wherever the positions are wanted.</summary>
    public float OccupationBound(ReadOnlySpan<int> wanted, int occupation)
    {
        if (wanted.Length == 0 || occupation == 0) return weights.OccupationOpen;
        var best = 0f;
        foreach (var w in wanted) best = Math.Max(best, OccupationFit(w, occupation) * Math.Max(1f, weights.PositionElsewhere));
        return best;
    }

    /// <summary>The hard gaps a talent's experience and major leave on a job (<see cref="Partial"/>), the degree's left out.</summary>
    public float Gaps(int? graduationYear, int yearsAsked, bool majorsAsked, float majorFit) =>
        ExperienceGap(graduationYear, yearsAsked) + (majorsAsked && majorFit == 0f ? weights.MajorGap : 0f);

    /// <summary>The keywords' points at a similarity, the gap of sharing none taken off (<see cref="WithSkills"/>).</summary>
    public float SkillPoints(float similarity) => weights.Skills * similarity - (similarity < weights.SkillsGapBelow ? weights.SkillsGap : 0f);

    /// <summary>The degree's gap for a talent of <paramref name="degree"/> on a job asking <paramref name="asked"/>.</summary>
    public float DegreeGap(DegreeLevel degree, DegreeLevel asked) => degree < asked ? weights.DegreeGap : 0f;

    /// <summary>The least pay the talent wants for this job: that of the position it is, when the position says one.</summary>
    private static int? SalaryWished(TalentFeatures t, int position) =>
        position >= 0 && t.Positions[position].SalaryMin > 0 ? t.Positions[position].SalaryMin : t.SalaryMin;

    /// <summary>The experience's points less its gap, for a job asking <paramref name="years"/>.</summary>
    public float ExperiencePoints(int? graduationYear, int years) =>
        (ExperienceMet(graduationYear, years) ? weights.Experience : 0f) - ExperienceGap(graduationYear, years);

    /// <summary>The points taken off for the years of experience the talent lacks.</summary>
    public float ExperienceGap(int? graduationYear, int years)
    {
        if (years <= 0) return 0f;
        var has = graduationYear is { } y ? Math.Max(0, currentYear - y) : 0;
        return has >= years ? 0f : Math.Min(weights.ExperienceGapMost, (years - has) * weights.ExperienceGapPerYear);
    }

    /// <summary>The most any job of one city and division can score for the talent.</summary>
    public float JobBucketBound(TalentFeatures t, int city, int division) =>
        weights.Region * RegionBound(t.Regions, city) + weights.Industry * IndustryFit(t.Divisions, division)
        + weights.JobTotal - weights.Region - weights.Industry - weights.Occupation * (1f - OccupationMost(t))
        + (t.Degree == DegreeLevel.Doctorate ? weights.LessDevelopedPhdBonus : 0f);

    /// <summary>The most the occupation aspect gives the talent on any job.</summary>
    public float OccupationMost(TalentFeatures t) => t.Positions.Length == 0 ? Math.Min(1f, weights.OccupationOpen) : 1f;

    /// <summary>The most the occupation aspect gives any talent on the job.</summary>
    public float OccupationMost(JobFeatures j) => j.Occupation == 0 ? Math.Min(1f, weights.OccupationOpen) : 1f;

    /// <summary>The most any talent of one wished-for city (0: anywhere) and major class (0: none known) can score for
    /// the job.</summary>
    public float TalentBucketBound(JobFeatures j, int city, int majorClass) =>
        weights.Region * (city == 0 ? 1f : RegionBound([CityRef(city)], j.Region.City))
        + weights.Major * MajorClassBound(majorClass, j.Majors)
        + weights.JobTotal - weights.Region - weights.Major - weights.Occupation * (1f - OccupationMost(j))
        + (j.LessDeveloped ? weights.LessDevelopedPhdBonus : 0f);

    public static RegionRef CityRef(int city) => city % 100 == 0
        ? new RegionRef(city * 100, 2)
        : new RegionRef(city * 100, 4);

    public float RegionFit(ReadOnlySpan<RegionRef> wished, RegionRef place)
    {
        if (wished.Length == 0) return 1f;
        var best = 0f;
        foreach (var w in wished)
        {
            if (w.Overlaps(place)) return 1f;
            if (w.SameProvince(place)) best = weights.SameProvince;
        }
        return best;
    }

    /// <summary>The region fit every job of <paramref name="city"/> (3702; 3700: province-wide jobs) has for the wishes, or
    /// -1 when it differs from job to job there (a county of that city is wished).</summary>
    public float RegionFitInCity(ReadOnlySpan<RegionRef> wished, int city)
    {
        if (city % 100 != 0)
            foreach (var w in wished)
                if (w.Digits == 6 && w.City == city) return -1f;
        return RegionBound(wished, city);
    }

    private float RegionBound(ReadOnlySpan<RegionRef> wished, int city)
    {
        if (wished.Length == 0) return 1f;
        return RegionFit(wished, CityRef(city));
    }

    public float IndustryFit(ReadOnlySpan<int> wished, int division)
    {
        if (wished.Length == 0) return 1f;
        var best = 0f;
        var section = sections.Of(division);
        foreach (var w in wished)
        {
            if (w == division) return 1f;
            if (section != '\0' && sections.Of(w) == section) best = weights.SameIndustrySection;
        }
        return best;
    }

    /// <summary>The divisions (0–99) of the section <paramref name="division"/> belongs to, as bits: what a block of
    /// talents' wished divisions is compared with for the same-section points.</summary>
    public (ulong Low, ulong High) SectionBits(int division)
    {
        var section = sections.Of(division);
        var (low, high) = (0UL, 0UL);
        if (section == '\0') return (low, high);
        for (var d = 0; d < 100; d++)
            if (sections.Of(d) == section)
            {
                if (d < 64) low |= 1UL << d;
                else high |= 1UL << (d - 64);
            }
        return (low, high);
    }

    public float MajorFit(int major, ReadOnlySpan<int> asked)
    {
        if (asked.Length == 0) return weights.AnyMajor;
        if (major == 0) return 0f;
        var best = 0f;
        foreach (var a in asked)
        {
            if (a == major) return 1f;
            if (a / 100 == major / 100) best = Math.Max(best, weights.SameMajorClass);
            else if (a / 10000 == major / 10000) best = Math.Max(best, weights.SameMajorCategory);
        }
        return best;
    }

    private float MajorClassBound(int majorClass, int[] asked)
    {
        if (asked.Length == 0) return weights.AnyMajor;
        if (majorClass == 0) return 0f;
        var best = 0f;
        foreach (var a in asked)
        {
            if (a / 100 == majorClass) return 1f;
            if (a / 10000 == majorClass / 100) best = weights.SameMajorCategory;
        }
        return best;
    }

    /// <summary>
    /// 1 when the talent has the degree the job asks and no more; 0 below it; a share of it above (over-qualified),
    /// counted from the degree asked, or from a bachelor's for a job that asks none or a vocational one.
    /// </summary>
    public float DegreeFit(DegreeLevel degree, DegreeLevel asked)
    {
        if (degree < asked) return 0f;
        var above = (int)degree - Math.Max((int)asked, (int)DegreeLevel.Bachelor);
        return above switch
        {
            <= 0 => 1f,
            1 => weights.OverQualifiedByOne,
            _ => weights.OverQualifiedByTwo,
        };
    }

    public float SalaryFit(int? wanted, int offeredMax)
    {
        if (wanted is not > 0 || offeredMax <= 0 || offeredMax >= wanted) return 1f;
        return offeredMax >= wanted * weights.SalaryNear ? 0.5f : 0f;
    }

    public bool ExperienceMet(int? graduationYear, int years) =>
        years <= 0 || (graduationYear is { } y && currentYear - y >= years);

    /// <summary>The reasons of <see cref="Score"/>, aspect by aspect; their points add up to the score. The skills the
    /// talent listed and the job's tags, as typed, name the keywords both sides share.</summary>
    public IReadOnlyList<FitReason> Explain(TalentFeatures t, JobFeatures j, IReadOnlyList<string> talentSkills, IReadOnlyList<string> jobTags)
    {
        var reasons = new List<FitReason>(14);
        var (occupation, position) = OccupationFit(t, j);
        reasons.Add(new(FitAspect.Occupation, t.Positions.Length == 0 || j.Occupation == 0 ? FitLevel.Open : Level(occupation),
            weights.Occupation * occupation, j.Occupation == 0 ? [] : [OccupationCode(j.Occupation)]));
        var region = RegionFit(t.Regions, j.Region);
        reasons.Add(new(FitAspect.Region, t.Regions.Length == 0 ? FitLevel.Open : Level(region), weights.Region * region, [j.Region.ToString()]));
        var industry = IndustryFit(t.Divisions, j.Division);
        reasons.Add(new(FitAspect.Industry, t.Divisions.Length == 0 ? FitLevel.Open : Level(industry), weights.Industry * industry, [j.Division.ToString("D2")]));
        var type = TypeFit(t.Types, j.Type);
        reasons.Add(new(FitAspect.JobType, t.Types.Length == 0 ? FitLevel.Open : Level(type), weights.JobType * type, [j.Type.ToString()]));
        var degree = DegreeFit(t.Degree, j.MinDegree);
        reasons.Add(new(FitAspect.Degree, degree < 1f ? Level(degree) : j.MinDegree == DegreeLevel.None ? FitLevel.Open : FitLevel.Met,
            weights.Degree * degree, [j.MinDegree.ToString(), t.Degree.ToString()]));
        var major = MajorFit(t.Major, j.Majors);
        var closest = j.Majors.Length == 0 || t.Major == 0 ? null
            : j.Majors.OrderByDescending(m => MajorFit(t.Major, [m])).Select(m => m.ToString("D6")).First();
        reasons.Add(new(FitAspect.Major, j.Majors.Length == 0 ? FitLevel.Open : Level(major), weights.Major * major,
            closest is null ? [] : [closest, t.Major.ToString("D6")]));
        var shared = talentSkills.Where(j.Keywords.SharesAny)
            .Concat(jobTags.Where(t.Keywords.SharesAny))
            .Distinct(StringComparer.OrdinalIgnoreCase).Take(8).ToList();
        var skills = Keywords.Similarity(t.Keywords, j.Keywords);
        reasons.Add(new(FitAspect.Skills, Level(skills), weights.Skills * skills, shared));
        var wished = SalaryWished(t, position);
        var salary = SalaryFit(wished, j.SalaryMax);
        reasons.Add(new(FitAspect.Salary, wished is not > 0 || j.SalaryMax <= 0 ? FitLevel.Open : Level(salary), weights.Salary * salary,
            [j.SalaryMin.ToString(), j.SalaryMax.ToString(), (wished ?? 0).ToString()]));
        var experienceMet = ExperienceMet(t.GraduationYear, j.MinExperienceYears);
        reasons.Add(new(FitAspect.Experience, j.MinExperienceYears <= 0 ? FitLevel.Open : experienceMet ? FitLevel.Met : FitLevel.Missed,
            experienceMet ? weights.Experience : 0, [j.MinExperienceYears.ToString()]));
        var bonus = Bonus(t, j);
        if (bonus > 0) reasons.Add(new(FitAspect.LessDevelopedPhd, FitLevel.Met, bonus, [(j.Region.City * 100).ToString("D6")]));
        var experienceGap = ExperienceGap(t.GraduationYear, j.MinExperienceYears);
        if (experienceGap > 0)
            reasons.Add(new(FitAspect.ExperienceGap, FitLevel.Missed, -experienceGap,
                [j.MinExperienceYears.ToString(), (t.GraduationYear is { } y ? Math.Max(0, currentYear - y) : 0).ToString()]));
        if (t.Degree < j.MinDegree)
            reasons.Add(new(FitAspect.DegreeGap, FitLevel.Missed, -weights.DegreeGap, [j.MinDegree.ToString(), t.Degree.ToString()]));
        if (j.Majors.Length > 0 && major == 0f)
            reasons.Add(new(FitAspect.MajorGap, FitLevel.Missed, -weights.MajorGap, []));
        if (skills < weights.SkillsGapBelow)
            reasons.Add(new(FitAspect.SkillsGap, FitLevel.Missed, -weights.SkillsGap, []));
        return reasons;
    }

    /// <summary>The code of a <see cref="JobFeatures.Occupation"/>: 20200 → "2-02", 20210 → "2-02-10".</summary>
    public static string OccupationCode(int occupation) => occupation % 100 == 0
        ? $"{occupation / 10000}-{occupation / 100 % 100:D2}"
        : $"{occupation / 10000}-{occupation / 100 % 100:D2}-{occupation % 100:D2}";

    public float ProjectScore(ProjectFeatures a, ProjectFeatures b) =>
        weights.ProjectRegion * ProjectRegionFit(a, b) + weights.ProjectIndustry * ProjectIndustryFit(a, b)
        + weights.ProjectKeywords * Keywords.Similarity(a.Keywords, b.Keywords) + weights.ProjectBudget * BudgetFit(a, b);

    /// <summary>The reasons of <see cref="ProjectScore"/>; <paramref name="a"/> is the side looking.</summary>
    public IReadOnlyList<FitReason> ExplainProject(ProjectFeatures a, ProjectFeatures b, IReadOnlyList<string> sharedKeywords)
    {
        var region = ProjectRegionFit(a, b);
        var industry = ProjectIndustryFit(a, b);
        var keywords = Keywords.Similarity(a.Keywords, b.Keywords);
        var budget = BudgetFit(a, b);
        var (sought, offered) = Money(a, b);
        return
        [
            new(FitAspect.Region, a.Regions.Length == 0 ? FitLevel.Open : Level(region), weights.ProjectRegion * region,
                b.Regions.Select(r => r.ToString()).Take(1).ToList()),
            new(FitAspect.Industry, a.Divisions.Length == 0 ? FitLevel.Open : Level(industry), weights.ProjectIndustry * industry,
                b.Divisions.Select(d => d.ToString("D2")).Take(1).ToList()),
            new(FitAspect.Keywords, Level(keywords), weights.ProjectKeywords * keywords, sharedKeywords),
            new(FitAspect.Budget, sought is null || offered is null ? FitLevel.Open : Level(budget), weights.ProjectBudget * budget,
                [offered?.ToString() ?? "", sought?.ToString() ?? ""]),
        ];
    }

    private float ProjectRegionFit(ProjectFeatures a, ProjectFeatures b)
    {
        if (a.Regions.Length == 0 || b.Regions.Length == 0) return 1f;
        return b.Regions.Max(r => RegionFit(a.Regions, r));
    }

    private float ProjectIndustryFit(ProjectFeatures a, ProjectFeatures b)
    {
        if (a.Divisions.Length == 0 || b.Divisions.Length == 0) return 1f;
        return b.Divisions.Max(d => IndustryFit(a.Divisions, d));
    }

    private static (int? Sought, int? Offered) Money(ProjectFeatures a, ProjectFeatures b) =>
        (a.MoneySought ?? b.MoneySought, a.MoneyOffered ?? b.MoneyOffered);

    /// <summary>Funding a project seeks against the budget a demand offers; open when either says nothing.</summary>
    private float BudgetFit(ProjectFeatures a, ProjectFeatures b)
    {
        var (sought, offered) = Money(a, b);
        if (sought is not > 0 || offered is not > 0 || offered >= sought) return 1f;
        return offered >= sought * weights.SalaryNear ? 0.5f : 0f;
    }

    private static FitLevel Level(float fraction) => fraction >= 0.999f ? FitLevel.Met : fraction > 0 ? FitLevel.Partial : FitLevel.Missed;
}

/// <summary>The GB/T 4754 section (门类 letter) of each division (大类 number), for industry relatedness.</summary>
public sealed class IndustrySections
{
    private readonly char[] _sectionOf = new char[100];

    public IndustrySections(IEnumerable<(int Division, char Section)> divisions)
    {
        foreach (var (division, section) in divisions)
            if (division is >= 0 and < 100) _sectionOf[division] = section;
    }

    public char Of(int division) => division is >= 0 and < 100 ? _sectionOf[division] : '\0';
}
