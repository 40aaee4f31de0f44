using Microsoft.Extensions.Options;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Matching;
using Yincai.Modules.Matching.Scoring;
using Yincai.Modules.Talents.Contracts;

namespace Yincai.UnitTests.Modules.Matching;

/// <summary>Jobs, talents and projects with sensible defaults, and the scorer of 2026 over the real GB/T 4754 catalog.</summary>
internal static class MatchSamples
{
    public const int Year = 2026;

    public static readonly FeatureMapper Mapper = new(new IndustryCatalog(), Options.Create(new MatchingOptions()));

    public static FitScorer Scorer() => Mapper.Scorer(Year);

    /// <summary>Ids that sort in the order of <paramref name="n"/>, for tests where ties are broken by id.</summary>
    public static Guid Id(int n) => new($"00000000-0000-0000-0000-{n:D12}");

    public static JobFeatures Job(
        string region = "370202", int division = 65, JobType type = JobType.FullTime, DegreeLevel minDegree = DegreeLevel.None,
        int[]? majors = null, int experience = 0, int salaryMin = 0, int salaryMax = 0, string[]? tags = null,
        bool lessDeveloped = false, Guid? id = null, string? occupation = null) => new()
        {
            Id = id ?? Guid.CreateVersion7(),
            Region = RegionRef.Parse(region),
            Division = division,
            Type = type,
            Occupation = FeatureMapper.Occupation(occupation),
            MinDegree = minDegree,
            Majors = majors ?? [],
            MinExperienceYears = experience,
            SalaryMin = salaryMin,
            SalaryMax = salaryMax,
            Keywords = Keywords.Of(tags ?? []),
            LessDeveloped = lessDeveloped,
        };

    public static TalentFeatures Talent(
        string[]? regions = null, int[]? divisions = null, JobType[]? types = null, DegreeLevel degree = DegreeLevel.Bachelor,
        int major = 0, int? graduationYear = null, int? salaryMin = null, string[]? skills = null, string household = "370202",
        string? nativePlace = null, Guid? id = null, (string Occupation, string? City, int Salary)[]? positions = null) => new()
        {
            Id = id ?? Guid.CreateVersion7(),
            RegionCode = household,
            NativePlaceCode = nativePlace,
            // As the mapper makes them: the positions' cities are among the regions wished.
            Regions = (regions ?? []).Concat((positions ?? []).Select(p => p.City ?? "")).Select(RegionRef.Parse).Where(r => !r.IsNone)
                .Distinct().ToArray(),
            Positions = (positions ?? []).Select(p => new PositionWish(FeatureMapper.Occupation(p.Occupation), RegionRef.Parse(p.City), p.Salary))
                .ToArray(),
            Divisions = divisions ?? [],
            Types = types ?? [],
            Degree = degree,
            Major = major,
            GraduationYear = graduationYear,
            SalaryMin = salaryMin,
            Keywords = Keywords.Of(skills ?? []),
        };

    public static ProjectFeatures Project(
        string? region = "370202", int? division = 65, string[]? keywords = null, int? sought = null, int? offered = null,
        Guid? id = null) => new()
        {
            Id = id ?? Guid.CreateVersion7(),
            Regions = region is null ? [] : [RegionRef.Parse(region)],
            Divisions = division is { } d ? [d] : [],
            Keywords = Keywords.Of(keywords ?? []),
            MoneySought = sought,
            MoneyOffered = offered,
        };

    public static FitReason Reason(IEnumerable<FitReason> reasons, FitAspect aspect) => Assert.Single(reasons, r => r.Aspect == aspect);

    public static FitReason Explain(TalentFeatures talent, JobFeatures job, FitAspect aspect, string[]? skills = null, string[]? tags = null) =>
        Reason(Scorer().Explain(talent, job, skills ?? [], tags ?? []), aspect);
}
