using System.Globalization;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Talents.Demo;

/// <summary>
/// Realistic talents from the reference data: household regions weighted to Shandong's counties, schools from the
/// MOE list (two in three in Shandong), majors from the MOE catalog, valid resident ID numbers whose birth date fits
/// the graduation year. Seeded, so the same count gives the same people. Used for the demo pool on first start
/// and by the benchmarks (bench/).
/// </summary>
public sealed class TalentGenerator
{
    private const string Surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private const string GivenChars = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红玲燕鹏辉浩宇欣怡涵轩琪思远俊晨阳博文诺瑞泽睿嘉航梓萱雅婷子然昊天浩然宁";
    private static readonly (string School, string Country)[] Abroad =
    [
        ("University of Manchester", "英国"), ("Imperial College London", "英国"), ("National University of Singapore", "新加坡"),
        ("University of Sydney", "澳大利亚"), ("University of Tokyo", "日本"), ("Technical University of Munich", "德国"),
        ("University of Toronto", "加拿大"), ("University of Hong Kong", "中国香港"), ("Monash University", "澳大利亚"),
    ];
    private static readonly string[] SkillPool =
    [
        "Python", "Java", "C++", "数据分析", "财务分析", "CAD制图", "新媒体运营", "英语六级", "日语N2", "市场营销", "PLC编程",
        "机械设计", "电气自动化", "护理", "教师资格证", "法律职业资格", "会计初级职称", "驾驶证C1", "短视频剪辑", "Office办公",
    ];
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    private readonly Random _random;
    private readonly DateOnly _today;
    private readonly string[] _shandongCounties;
    private readonly string[] _allCounties;
    private readonly University[] _shandongSchools;
    private readonly University[] _otherSchools;
    private readonly Major[] _majors;
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    private readonly double _outsideShare;

    /// <param name="outsideShare">Share of people whose household registration lies outside Shandong (0 for a list a
    /// Shandong officer may import).</param>
    public TalentGenerator(int seed, DateOnly today, UniversityCatalog universities, MajorCatalog majors, double outsideShare = 0.1)
    {
        _outsideShare = outsideShare;
        _random = new Random(seed);
        _today = today;
        var counties = new List<string>();
        using (var reader = EmbeddedReferenceData.Open("divisions-2024.csv"))
        {
            reader.ReadLine();
            while (reader.ReadLine() is { } line)
            {
                var f = line.Split(',');
                if (f.Length > 2 && f[2] == "county") counties.Add(f[0]);
            }
        }
        _allCounties = [.. counties];
        _shandongCounties = [.. counties.Where(c => c.StartsWith("37", StringComparison.Ordinal))];
        _shandongSchools = [.. universities.All.Where(u => u.ProvinceCode == "370000")];
        _otherSchools = [.. universities.All.Where(u => u.ProvinceCode != "370000")];
        _majors = [.. majors.Undergraduate];
    }

    public IEnumerable<GeneratedTalent> Generate(int count)
    {
        for (var i = 0; i < count; i++) yield return Next();
    }

    public GeneratedTalent Next()
    {
        var household = _random.NextDouble() < _outsideShare ? Pick(_allCounties) : Pick(_shandongCounties);
        var native = _random.NextDouble() < 0.8 ? household : _random.NextDouble() < 0.5 ? Pick(_shandongCounties) : Pick(_allCounties);
        var current = _random.NextDouble() < 0.7 ? household : Pick(_shandongCounties);

        var overseas = _random.NextDouble() < 0.03;
        string school;
        string? country = null;
        string degree;
        if (overseas)
        {
            (school, country) = Abroad[_random.Next(Abroad.Length)];
            degree = _random.NextDouble() < 0.8 ? "硕士" : "博士";
        }
        else
        {
            var university = _random.NextDouble() < 0.67 ? Pick(_shandongSchools) : Pick(_otherSchools);
            school = university.Name;
            var roll = _random.NextDouble();
            degree = !university.Undergraduate ? "专科" : roll < 0.78 ? "本科" : roll < 0.96 ? "硕士" : "博士";
        }
        var graduationYear = _today.Year - 6 + _random.Next(0, 8);
        var graduation = new DateOnly(graduationYear, 6, 30);
        var ageAtGraduation = degree switch { "专科" => 21, "本科" => 22, "硕士" => 25, _ => 29 } + _random.Next(0, 3);
        var birth = new DateOnly(graduationYear - ageAtGraduation, 1, 1).AddDays(_random.Next(0, 365));

        var categories = new List<string>();
        string status;
        string? employer = null;
        if (graduation > _today)
        {
            categories.Add("在校生");
            status = "未知";
        }
        else
        {
            categories.Add("毕业生");
            var s = _random.NextDouble();
            if (s < 0.62)
            {
                status = "已就业";
                employer = EmployerName();
            }
            else if (s < 0.9)
            {
                status = "求职中";
                categories.Add("离校未就业");
            }
            else
            {
                status = "未知";
            }
        }
        if (overseas) categories.Add("留学回国");

        return new GeneratedTalent(FullName(), IdNumber(household, birth), Mobile(), household, native, current, school, country, degree,
            Pick(_majors).Name, graduation, string.Join('、', categories), status, employer,
            Enumerable.Range(0, _random.Next(1, 4)).Select(_ => Pick(SkillPool)).Distinct().ToList());
    }

    private string FullName()
    {
        var name = Surnames[_random.Next(Surnames.Length)].ToString() + GivenChars[_random.Next(GivenChars.Length)];
        return _random.NextDouble() < 0.7 ? name + GivenChars[_random.Next(GivenChars.Length)] : name;
    }

    private string IdNumber(string region, DateOnly birth)
    {
        while (true)
        {
            var body = region + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture)
                + _random.Next(0, 1000).ToString("D3", CultureInfo.InvariantCulture);
            var sum = 0;
            for (var i = 0; i < 17; i++) sum += (body[i] - '0') * Weights[i];
            var id = body + "10X98765432"[sum % 11];
            if (_ids.Add(id)) return id;
            birth = birth.AddDays(1);
        }
    }

    private string Mobile()
    {
        string[] prefixes = ["130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "152", "157", "158", "159", "176", "177", "180", "181", "186", "187", "188", "189", "198"];
        return Pick(prefixes) + _random.Next(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture);
    }

    private string EmployerName()
    {
        string[] cities = ["青岛", "济南", "烟台", "潍坊", "临沂", "淄博", "济宁", "威海", "日照", "泰安", "德州", "聊城", "滨州", "菏泽", "枣庄", "东营"];
        string[] words = ["海信", "明德", "华创", "鲁信", "蓝海", "泰和", "恒通", "瑞康", "启航", "智远", "齐鲁", "东方", "金桥", "正阳"];
        string[] kinds = ["科技有限公司", "电子股份有限公司", "医药有限公司", "机械制造有限公司", "软件有限公司", "新材料有限公司", "物流有限公司"];
        return Pick(cities) + Pick(words) + Pick(kinds);
    }

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
