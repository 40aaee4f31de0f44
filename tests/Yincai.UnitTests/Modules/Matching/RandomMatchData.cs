using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Matching.Scoring;
using Yincai.Modules.Talents.Contracts;

namespace Yincai.UnitTests.Modules.Matching;

/// <summary>
/// Seeded random jobs and talents over a few cities of two provinces, related and unrelated divisions and majors, and a
/// small vocabulary weighted by field, so that scores often tie and groups overlap as they do in real data; some jobs ask
/// for more majors and some talents wish for more regions and industries than the index keeps in line.
/// </summary>
internal sealed class RandomMatchData(int seed)
{
    private static readonly string[] Cities = ["3701", "3702", "3703", "3704", "3706", "3713", "3717", "3201", "3202"];
    private static readonly int[] Divisions = [13, 14, 26, 34, 39, 63, 64, 65, 66, 67, 72, 83];
    private static readonly int[] Occupations = [20200, 20210, 20207, 20300, 20301, 40100, 40400, 60400, 62100, 62101];
    private static readonly int[] Majors = [80901, 80902, 80903, 81001, 81002, 50201, 50262, 20301, 20302, 120201, 100201];
    private static readonly string[] Words =
    [
        "Java", "Python", "C#", "数据分析", "机器学习", "前端开发", "财务管理", "会计", "英语翻译", "土木工程", "施工管理", "销售",
        "市场营销", "大数据", "云计算", "嵌入式", "PLC", "机械设计", "CAD", "新媒体运营", "教学", "护理",
    ];

    private readonly Random _random = new(seed);

    public JobFeatures Job() => new()
    {
        Id = Guid.NewGuid(),
        Region = RegionRef.Parse(Place(provinceWide: 0.03, city: 0.2)),
        Division = Pick(Divisions),
        Type = (JobType)_random.Next(1, 5),
        Occupation = _random.Next(4) == 0 ? 0 : Pick(Occupations),
        MinDegree = (DegreeLevel)_random.Next(0, 5),
        Majors = Some(Majors, 0, 5),
        MinExperienceYears = Pick([0, 0, 1, 3, 5]),
        SalaryMin = 3000,
        SalaryMax = Pick([0, 5000, 8000, 10000, 15000, 20000]),
        Keywords = Keywords.Weigh([(Some(Words, 0, 3), 1f), (Some(Words, 0, 3), 0.3f), (Some(Words, 0, 2), 0.1f)]),
        LessDeveloped = _random.Next(5) == 0,
    };

    /// <summary>As the mapper makes them: the positions' cities are among the regions wished.</summary>
    public TalentFeatures Talent()
    {
        var positions = Enumerable.Range(0, _random.Next(0, 4))
            .Select(_ => new PositionWish(Pick(Occupations), _random.Next(2) == 0 ? RegionRef.None : RegionRef.Parse(Place(0.1, 0.6)),
                Pick([0, 0, 6000, 9000, 15000])))
            .DistinctBy(p => p.Occupation).ToArray();
        var regions = Enumerable.Range(0, _random.Next(0, 4)).Select(_ => RegionRef.Parse(Place(provinceWide: 0.1, city: 0.5)))
            .Concat(positions.Where(p => !p.City.IsNone).Select(p => p.City)).Distinct().ToArray();
        return Talent(positions, regions);
    }

    private TalentFeatures Talent(PositionWish[] positions, RegionRef[] regions) => new()
    {
        Id = Guid.NewGuid(),
        RegionCode = Place(provinceWide: 0, city: 0),
        NativePlaceCode = _random.Next(3) == 0 ? null : Place(provinceWide: 0, city: 0),
        Regions = regions,
        Positions = positions,
        Divisions = Some(Divisions, 0, 3),
        Types = Enumerable.Range(0, _random.Next(0, 3)).Select(_ => (JobType)_random.Next(1, 5)).Distinct().ToArray(),
        Degree = (DegreeLevel)_random.Next(0, 5),
        Major = _random.Next(6) == 0 ? 0 : Pick(Majors),
        GraduationYear = _random.Next(4) == 0 ? null : _random.Next(2008, 2027),
        SalaryMin = Pick<int?>([null, 5000, 8000, 10000, 12000]),
        Keywords = Keywords.Weigh([(Some(Words, 0, 4), 1f), (Some(Words, 0, 2), 0.3f)]),
    };

    private string Place(double provinceWide, double city)
    {
        var c = Pick(Cities);
        var roll = _random.NextDouble();
        if (roll < provinceWide) return c[..2] + "0000";
        if (roll < provinceWide + city) return c + "00";
        return c + _random.Next(1, 6).ToString("D2");
    }

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    private T[] Some<T>(T[] items, int min, int max) =>
        Enumerable.Range(0, _random.Next(min, max + 1)).Select(_ => Pick(items)).Distinct().ToArray();
}
