using System.Globalization;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Matching;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Benchmarks;

/// <summary>A generated job, before it becomes a <c>Job</c> entity or a <see cref="JobRow"/>.</summary>
public sealed record JobSpec(string RegionCode, string IndustryCode, JobType Type, DegreeLevel MinDegree, string[] MajorCodes,
    int MinExperienceYears, int SalaryMinYuan, int SalaryMaxYuan, string Title, string[] Tags, string Description, int Employer,
    string? OccupationCode = null);

/// <summary>A generated consenting talent's intention and education, before it becomes a <c>Talent</c> entity; the wanted
/// positions (期望职位, 小类 codes) most wanted first, none for a quarter of them.</summary>
public sealed record TalentSpec(string[] Regions, string[] Industries, JobType[] Types, DegreeLevel Degree, Major Major,
    int GraduationYear, int SalaryMinYuan, string[] Skills, IntendedPosition[] Positions);

/// <summary>A labelled pair: for probe talent (or job) <c>Probe</c>, item <c>Item</c> was generated to fit it; grade 2
/// fits on every aspect, grade 1 on all but one (another city, an industry of the same section, a major of the same
/// class, only one or two shared skills, or for a talent who names positions a neighbouring occupation: another 小类 of
/// the same 中类, else of the same 大类). Indices into <see cref="MatchingData.Jobs"/> / <see cref="MatchingData.Talents"/>.</summary>
public readonly record struct MatchLabel(int Probe, int Item, int Grade);

/// <summary>
/// Seeded person-job matching data (issue #4): published jobs over Shandong's 16 cities (weighted by population) and
/// industry divisions (skewed to manufacturing, software and trade), and consenting talents with intentions, MOE
/// majors and skills tied to the major's field; a job's occupation (a 小类 of the 2022 classification) follows its title,
/// and three talents in four name one to three of their field's occupations as wanted positions. For a sample of probe talents it also makes 5–10 jobs that fit each
/// of them (the relevant set for recall@20 and nDCG@20), and for probe jobs 5–10 talents that fit each. The same seed
/// and sizes give the same data (the entities' ids come from their constructors, so the labels are stored with them).
/// </summary>
public sealed class MatchingData
{
    public const int Year = 2026;

    public const int DefaultSeed = 2026;

    /// <summary>Shandong's cities with their 2020 census population (10,000s).</summary>
    public static readonly (string Code, string Name, int People)[] Cities =
    [
        ("370100", "济南", 920), ("370200", "青岛", 1007), ("370300", "淄博", 470), ("370400", "枣庄", 386),
        ("370500", "东营", 219), ("370600", "烟台", 710), ("370700", "潍坊", 939), ("370800", "济宁", 836),
        ("370900", "泰安", 547), ("371000", "威海", 291), ("371100", "日照", 297), ("371300", "临沂", 1102),
        ("371400", "德州", 561), ("371500", "聊城", 595), ("371600", "滨州", 393), ("371700", "菏泽", 880),
    ];

    private sealed record Field(string Name, int JobWeight, int TalentWeight, (string Division, int Weight)[] Divisions,
        string[] Classes, string[] Skills, (string Title, string Occupation)[] Titles, string[] Duties);

    private static readonly Field[] Fields =
    [
        new("软件与信息技术", 12, 14, [("65", 6), ("64", 3), ("63", 1), ("39", 2)], ["0809", "0807", "0712"],
            ["Java", "Python", "C++", "Go", "SQL", "Linux", "前端开发", "后端开发", "微服务架构", "机器学习", "大数据分析", "软件测试", "数据库运维", "Vue.js", "网络安全"],
            [("Java开发工程师", "2-02-10"), ("前端开发工程师", "2-02-10"), ("软件测试工程师", "2-02-10"), ("算法工程师", "2-02-38"), ("数据分析师", "2-02-38"), ("运维工程师", "4-04-05"), ("嵌入式软件工程师", "2-02-09")],
            ["系统设计与编码", "需求分析", "性能优化", "数据平台建设", "接口开发"]),
        new("机械装备制造", 16, 11, [("34", 4), ("35", 3), ("36", 3), ("33", 2), ("37", 1)], ["0802", "0801", "0818"],
            ["CAD制图", "SolidWorks", "机械设计", "数控加工", "工艺设计", "质量管理", "液压传动", "有限元分析", "模具设计", "设备维护", "六西格玛", "UG编程", "钣金设计", "焊接工艺"],
            [("机械设计工程师", "2-02-07"), ("工艺工程师", "2-02-07"), ("质量工程师", "2-02-29"), ("设备工程师", "2-02-07"), ("数控技术员", "6-18-01"), ("研发工程师", "2-02-34")],
            ["产品结构设计", "生产工艺改进", "设备安装调试", "质量问题分析", "新产品试制"]),
        new("电气与自动化", 8, 8, [("38", 4), ("44", 2), ("40", 1)], ["0806", "0808", "0803", "0805"],
            ["PLC编程", "电气设计", "自动化控制", "嵌入式开发", "电力系统", "变频器调试", "单片机", "电路设计", "EPLAN", "工业机器人", "继电保护", "MATLAB", "电机控制"],
            [("电气工程师", "2-02-11"), ("自动化工程师", "2-02-11"), ("电力运维工程师", "2-02-12"), ("硬件工程师", "2-02-09"), ("调试工程师", "2-02-11")],
            ["控制系统设计", "现场调试", "电气图纸绘制", "设备故障处理", "变电站运维"]),
        new("化工与新材料", 9, 6, [("26", 4), ("29", 2), ("30", 2), ("25", 1), ("31", 1)], ["0813", "0804", "0703"],
            ["化工工艺", "有机合成", "高分子材料", "分析检测", "HPLC", "安全生产", "环保处理", "催化剂", "材料表征", "DCS操作", "GMP", "研发实验"],
            [("化工工艺工程师", "2-02-06"), ("材料研发工程师", "2-02-06"), ("分析检测员", "2-02-31"), ("安全工程师", "2-02-28"), ("生产技术员", "6-11-01")],
            ["工艺参数优化", "新材料研发", "样品检测分析", "装置安全管理", "中试放大"]),
        new("医药与健康", 8, 9, [("84", 5), ("27", 3)], ["1002", "1007", "1011", "1010"],
            ["临床护理", "药物分析", "药品注册", "医学影像", "检验技术", "GMP", "临床试验", "执业医师", "护士资格证", "康复治疗", "药物制剂", "医疗器械"],
            [("护士", "2-05-08"), ("临床医师", "2-05-01"), ("药剂师", "2-05-06"), ("医学检验师", "2-05-07"), ("药品研发员", "2-02-32"), ("医药代表", "4-01-02")],
            ["病人护理", "药品质量控制", "临床数据管理", "检验报告审核", "新药研发"]),
        new("金融与财会", 6, 8, [("66", 4), ("67", 2), ("68", 2), ("69", 1)], ["0203", "0201", "1202"],
            ["财务分析", "会计核算", "CPA", "风险控制", "Excel", "投资分析", "税务筹划", "审计", "信贷管理", "CFA", "金融产品", "财务报表"],
            [("会计", "2-06-03"), ("财务分析师", "2-06-03"), ("风控专员", "2-06-09"), ("客户经理", "2-06-09"), ("审计专员", "2-06-04"), ("投资经理", "2-06-11")],
            ["账务处理", "财务报表编制", "信贷审批", "投资项目分析", "风险评估"]),
        new("教育培训", 5, 9, [("83", 6)], ["0401", "0501", "0701", "0502"],
            ["教师资格证", "课程设计", "英语教学", "数学教学", "普通话二甲", "班级管理", "教育心理学", "在线教学", "语文教学", "教研", "CET-6"],
            [("中学教师", "2-08-02"), ("小学教师", "2-08-02"), ("培训讲师", "2-08-99"), ("教研员", "2-08-99"), ("课程顾问", "4-01-02")],
            ["课堂教学", "课程研发", "学生辅导", "教学评估", "家校沟通"]),
        new("建筑与地产", 10, 7, [("47", 3), ("48", 3), ("50", 2), ("70", 2)], ["0810", "0828", "1201"],
            ["AutoCAD", "BIM", "结构设计", "造价预算", "施工管理", "一级建造师", "工程监理", "Revit", "测量放线", "广联达", "项目管理", "安全员证"],
            [("土建工程师", "2-02-18"), ("结构设计师", "2-02-18"), ("造价工程师", "2-02-18"), ("施工员", "2-02-18"), ("项目经理", "2-02-18"), ("建筑设计师", "2-02-18")],
            ["施工现场管理", "工程图纸设计", "工程量计算", "质量安全检查", "项目进度控制"]),
        new("商贸物流", 12, 9, [("51", 4), ("52", 3), ("59", 2), ("58", 2), ("54", 1)], ["1206", "1208", "0204"],
            ["供应链管理", "仓储管理", "电子商务运营", "国际贸易", "物流规划", "ERP", "采购管理", "外贸英语", "直播带货", "数据运营", "报关", "客户服务"],
            [("物流专员", "4-02-06"), ("电商运营", "4-01-06"), ("外贸业务员", "4-01-03"), ("采购专员", "4-01-01"), ("供应链经理", "2-06-07"), ("仓储主管", "4-02-06")],
            ["订单与库存管理", "店铺运营推广", "外贸客户开发", "供应商管理", "运输线路规划"]),
        new("农业与食品", 7, 6, [("13", 3), ("14", 2), ("15", 1), ("01", 2), ("03", 1)], ["0827", "0901", "0903"],
            ["食品检测", "食品安全", "HACCP", "农产品加工", "种植技术", "畜牧养殖", "发酵工艺", "品质管理", "兽医", "农业机械", "冷链物流"],
            [("食品研发员", "2-02-24"), ("品控专员", "2-02-29"), ("农技员", "2-03-02"), ("养殖技术员", "2-03-07"), ("生产主管", "2-02-24")],
            ["产品配方研发", "原料质量检验", "种植基地管理", "养殖场技术指导", "生产线管理"]),
        new("传媒与设计", 3, 6, [("86", 2), ("87", 2), ("72", 1)], ["0503", "1305", "1303"],
            ["Photoshop", "视频剪辑", "新媒体运营", "文案策划", "UI设计", "摄影", "Premiere", "品牌推广", "平面设计", "短视频制作", "3D建模"],
            [("新媒体编辑", "2-10-02"), ("平面设计师", "2-09-06"), ("UI设计师", "2-09-06"), ("视频剪辑师", "2-09-03"), ("品牌策划", "2-06-07")],
            ["内容策划与制作", "视觉设计", "账号运营", "活动推广", "品牌形象设计"]),
        new("法律与商务服务", 4, 7, [("72", 3), ("73", 2), ("75", 1)], ["0301", "1204", "1202"],
            ["法律职业资格", "合同审查", "人力资源管理", "招聘", "行政管理", "知识产权", "劳动法", "薪酬绩效", "公文写作", "项目申报", "商务谈判"],
            [("法务专员", "2-07-09"), ("人力资源专员", "2-06-08"), ("行政主管", "3-01-02"), ("知识产权代理", "2-06-12"), ("项目专员", "2-06-07")],
            ["合同审核与纠纷处理", "招聘与培训", "行政事务管理", "专利申请", "政府项目申报"]),
    ];

    private static readonly string[] EmployerWords = ["海信", "明德", "华创", "鲁信", "蓝海", "泰和", "恒通", "瑞康", "启航", "智远", "齐鲁", "东方", "金桥", "正阳", "远大", "鼎盛", "新华", "国泰"];
    private static readonly string[] EmployerKinds = ["科技有限公司", "股份有限公司", "集团有限公司", "有限责任公司", "实业有限公司"];

    private readonly Random _random;
    // Wanted positions and occupation labels draw from their own stream.
    private readonly Random _wishes;
    private static readonly (string Title, string Occupation)[] AllTitles = Fields.SelectMany(f => f.Titles).Distinct().ToArray();
    private readonly string[][] _countiesOf;
    private readonly int _cityTotal;
    private readonly Major[][] _majorsOfClass;
    private readonly Dictionary<string, Major> _majorByCode;
    private readonly Major[] _allMajors;
    private readonly Dictionary<string, char> _sectionOf;
    private readonly Dictionary<char, string[]> _divisionsOfSection;
    private readonly Dictionary<string, string[]> _classesOfCategory;
    private readonly int[] _jobFieldOf;
    private readonly int[] _talentFieldOf;

    public List<JobSpec> Jobs { get; } = [];
    public List<TalentSpec> Talents { get; } = [];
    public List<string> Employers { get; } = [];
    public List<int> ProbeTalents { get; } = [];
    public List<int> ProbeJobs { get; } = [];

    /// <summary>Probe talent → jobs made to fit them.</summary>
    public List<MatchLabel> JobLabels { get; } = [];

    /// <summary>Probe job → talents made to fit it.</summary>
    public List<MatchLabel> TalentLabels { get; } = [];

    public MatchingData(int seed, int jobs, int talents, int probes, MajorCatalog majors, IndustryCatalog industries)
    {
        _random = new Random(seed);
        _wishes = new Random(seed + 1);
        var counties = new Dictionary<string, List<string>>();
        using (var reader = EmbeddedReferenceData.Open("divisions-2024.csv"))
        {
            reader.ReadLine();
            while (reader.ReadLine() is { } line)
            {
                var f = line.Split(',');
                if (f.Length > 6 && f[2] == "county" && f[0].StartsWith("37", StringComparison.Ordinal) && f[6].Length == 6)
                {
                    if (!counties.TryGetValue(f[6], out var list)) counties[f[6]] = list = [];
                    list.Add(f[0]);
                }
            }
        }
        _countiesOf = Cities.Select(c => counties.TryGetValue(c.Code, out var l) ? l.ToArray() : [c.Code]).ToArray();
        _cityTotal = Cities.Sum(c => c.People);
        // Names unique in the catalog, so that a talent's major name finds back its code.
        _allMajors = majors.All.GroupBy(m => m.Name).Where(g => g.Count() == 1).Select(g => g.First()).ToArray();
        _majorByCode = _allMajors.ToDictionary(m => m.Code);
        var byClass = _allMajors.GroupBy(m => m.ClassCode).ToDictionary(g => g.Key, g => g.ToArray());
        _majorsOfClass = Fields.SelectMany(f => f.Classes).Distinct().Select(c => byClass[c]).ToArray();
        _classesOfCategory = _allMajors.GroupBy(m => m.CategoryCode).ToDictionary(g => g.Key, g => g.Select(m => m.ClassCode).Distinct().ToArray());
        _sectionOf = industries.Divisions.ToDictionary(d => d.Code, d => d.Section[0]);
        _divisionsOfSection = industries.Divisions.GroupBy(d => d.Section[0]).ToDictionary(g => g.Key, g => g.Select(d => d.Code).ToArray());
        _jobFieldOf = Fields.SelectMany((f, i) => Enumerable.Repeat(i, f.JobWeight)).ToArray();
        _talentFieldOf = Fields.SelectMany((f, i) => Enumerable.Repeat(i, f.TalentWeight)).ToArray();
        for (var i = 0; i < Math.Max(10, jobs / 25); i++)
            Employers.Add(Cities[PickCity()].Name + Pick(EmployerWords) + Pick(EmployerWords) + Pick(EmployerKinds));
        Generate(jobs, talents, probes);
    }

    public static IEnumerable<(string Code, char Section)> Sections(IndustryCatalog industries) =>
        industries.Divisions.Select(d => (d.Code, d.Section[0]));

    private void Generate(int jobs, int talents, int probes)
    {
        probes = Math.Min(probes, Math.Min(jobs, talents) / 20);
        // Probe talents and probe jobs first, then everything else, then the items made to fit the probes, so that
        // the totals are exactly the sizes asked for.
        for (var i = 0; i < probes; i++) { ProbeTalents.Add(Talents.Count); Talents.Add(NextTalent(Pick(_talentFieldOf))); }
        for (var i = 0; i < probes; i++) { ProbeJobs.Add(Jobs.Count); Jobs.Add(NextJob(Pick(_jobFieldOf), withMajors: true)); }
        var fitJobs = new List<(int Probe, JobSpec Job, int Grade)>();
        foreach (var p in ProbeTalents)
        {
            var n = _random.Next(5, 11);
            for (var k = 0; k < n; k++)
            {
                var grade = k < (n + 1) / 2 ? 2 : 1;
                fitJobs.Add((p, FitJob(Talents[p], grade), grade));
            }
        }
        var fitTalents = new List<(int Probe, TalentSpec Talent, int Grade)>();
        foreach (var p in ProbeJobs)
        {
            var n = _random.Next(5, 11);
            for (var k = 0; k < n; k++)
            {
                var grade = k < (n + 1) / 2 ? 2 : 1;
                fitTalents.Add((p, FitTalent(Jobs[p], grade), grade));
            }
        }
        while (Jobs.Count < jobs - fitJobs.Count) Jobs.Add(NextJob(Pick(_jobFieldOf), withMajors: false));
        while (Talents.Count < talents - fitTalents.Count) Talents.Add(NextTalent(Pick(_talentFieldOf)));
        foreach (var (probe, job, grade) in fitJobs) { JobLabels.Add(new(probe, Jobs.Count, grade)); Jobs.Add(job); }
        foreach (var (probe, talent, grade) in fitTalents) { TalentLabels.Add(new(probe, Talents.Count, grade)); Talents.Add(talent); }
    }

    private TalentSpec NextTalent(int field)
    {
        var f = Fields[field];
        var major = _random.NextDouble() < 0.9 ? Pick(_majorsOfClass[ClassIndex(Pick(f.Classes))]) : Pick(_allMajors);
        var roll = _random.NextDouble();
        var degree = roll < 0.25 ? DegreeLevel.Vocational : roll < 0.80 ? DegreeLevel.Bachelor : roll < 0.96 ? DegreeLevel.Master : DegreeLevel.Doctorate;
        var regions = Enumerable.Range(0, _random.NextDouble() < 0.65 ? 1 : 2)
            .Select(_ => _random.NextDouble() < 0.1 ? "370000" : Cities[PickCity()].Code).Distinct().ToArray();
        var industries = Enumerable.Range(0, _random.Next(1, 3))
            .Select(_ => _random.NextDouble() < 0.15 ? PickDivision(Fields[Pick(_jobFieldOf)]) : PickDivision(f)).Distinct().ToArray();
        return new TalentSpec(regions, industries, PickTypes(degree), degree, major, Year - 6 + _random.Next(0, 8),
            Salary(degree), PickSkills(f, _random.Next(3, 7)), WantedPositions(f));
    }

    /// <summary>None for a quarter; else one to three of the field's occupations (one in seven from another field), each
    /// named by one of its titles.</summary>
    private IntendedPosition[] WantedPositions(Field f)
    {
        if (_wishes.NextDouble() < 0.25) return [];
        var roll = _wishes.NextDouble();
        var n = roll < 0.5 ? 1 : roll < 0.8 ? 2 : 3;
        return Enumerable.Range(0, n)
            .Select(_ => _wishes.NextDouble() < 0.15 ? AllTitles[_wishes.Next(AllTitles.Length)] : f.Titles[_wishes.Next(f.Titles.Length)])
            .DistinctBy(t => t.Occupation).Select(t => new IntendedPosition(t.Occupation, t.Title, null, null)).ToArray();
    }

    private JobSpec NextJob(int field, bool withMajors)
    {
        var f = Fields[field];
        var city = PickCity();
        var region = _random.NextDouble() < 0.8 ? Pick(_countiesOf[city]) : Cities[city].Code;
        var roll = _random.NextDouble();
        var type = roll < 0.75 ? JobType.FullTime : roll < 0.85 ? JobType.Internship : roll < 0.95 ? JobType.PartTime : JobType.ResearchAssistant;
        roll = _random.NextDouble();
        var degree = roll < 0.08 ? DegreeLevel.None : roll < 0.33 ? DegreeLevel.Vocational : roll < 0.78 ? DegreeLevel.Bachelor
            : roll < 0.95 ? DegreeLevel.Master : DegreeLevel.Doctorate;
        var majors = !withMajors && _random.NextDouble() < 0.25 ? [] : Enumerable.Range(0, _random.Next(1, 4))
            .Select(_ => Pick(_majorsOfClass[ClassIndex(Pick(f.Classes))]).Code).Distinct().ToArray();
        var experience = _random.NextDouble() < 0.55 ? 0 : _random.Next(1, 6);
        var salaryMin = Salary(degree == DegreeLevel.None ? DegreeLevel.Vocational : degree);
        var salaryMax = Round500(salaryMin * (1.3 + _random.NextDouble() * 0.5));
        return MakeJob(f, region, PickDivision(f), type, degree, majors, experience, salaryMin, salaryMax, PickSkills(f, _random.Next(3, 6)));
    }

    private JobSpec MakeJob(Field f, string region, string division, JobType type, DegreeLevel degree, string[] majors, int experience,
        int salaryMin, int salaryMax, string[] tags, (string Title, string Occupation)? asked = null)
    {
        var prefix = _random.NextDouble() < 0.2 ? Pick(["高级", "初级", "资深"]) : "";
        var (named, occupation) = Pick(f.Titles);
        if (asked is { } a) (named, occupation) = a;
        var title = prefix + named;
        var employer = _random.Next(Employers.Count);
        var cityName = Cities.First(c => c.Code[..4] == region[..4]).Name;
        var majorNames = majors.Length == 0 ? "专业不限" : string.Join("、", majors.Select(m => _majorByCode[m].Name)) + "等相关专业";
        var experienceText = experience == 0 ? "应届毕业生可投递" : experience.ToString(CultureInfo.InvariantCulture) + "年以上相关工作经验";
        var description = $"{Employers[employer]}招聘{title}，工作地点{cityName}。岗位职责：负责{Pick(f.Duties)}，参与{Pick(f.Duties)}；"
            + $"熟练掌握{string.Join("、", tags)}。任职要求：{DegreeName(degree)}，{majorNames}，{experienceText}。"
            + string.Create(CultureInfo.InvariantCulture, $"薪资{salaryMin}-{salaryMax}元/月，五险一金，带薪年假。");
        return new JobSpec(region, division, type, degree, majors, experience, salaryMin, salaryMax, title, tags, description, employer, occupation);
    }

    /// <summary>A job made to fit the talent: grade 2 on every aspect, grade 1 with one aspect only related.</summary>
    private JobSpec FitJob(TalentSpec t, int grade)
    {
        var f = FieldOf(t);
        var relax = grade == 2 ? -1 : _random.Next(4);
        (string, string)? asked = null;
        if (t.Positions.Length > 0)
        {
            var want = _wishes.NextDouble() < 0.7 ? t.Positions[0] : t.Positions[_wishes.Next(t.Positions.Length)];
            asked = TitleOf(want.OccupationCode);
            if (grade == 1 && _wishes.NextDouble() < 0.2 && Neighbour(t.Positions.Select(p => p.OccupationCode).ToArray()) is { } neighbour)
            {
                relax = 4;
                asked = neighbour;
            }
        }
        var wished = Pick(t.Regions);
        var city = wished == "370000" ? PickCity() : Array.FindIndex(Cities, c => c.Code == wished);
        if (relax == 0)
        {
            if (t.Regions.Contains("370000")) relax = 1;
            else
            {
                var other = Enumerable.Range(0, Cities.Length).Where(i => !t.Regions.Contains(Cities[i].Code)).ToArray();
                city = Pick(other);
            }
        }
        var region = _random.NextDouble() < 0.8 ? Pick(_countiesOf[city]) : Cities[city].Code;
        var division = Pick(t.Industries);
        if (relax == 1)
        {
            if (SameSection(division) is { } same && !t.Industries.Contains(same)) division = same;
            else relax = 2;
        }
        var majors = relax == 2 ? [SameClass(t.Major).Code] : _random.NextDouble() < 0.5 ? [t.Major.Code] : new[] { t.Major.Code, SameClass(t.Major).Code }.Distinct().ToArray();
        var tags = relax == 3
            ? t.Skills.Take(1).Concat(f.Skills.Where(s => !t.Skills.Contains(s)).OrderBy(_ => _random.Next()).Take(3)).ToArray()
            : t.Skills.OrderBy(_ => _random.Next()).Take(Math.Min(t.Skills.Length, _random.Next(3, 5))).Concat(PickSkills(f, 1)).Distinct().ToArray();
        var degree = (DegreeLevel)_random.Next(Math.Max(1, (int)t.Degree - 1), (int)t.Degree + 1);
        var salaryMin = Round500(t.SalaryMinYuan * (1.0 + _random.NextDouble() * 0.2));
        var years = Math.Max(0, Year - t.GraduationYear);
        var experience = years == 0 || _random.NextDouble() < 0.7 ? 0 : _random.Next(1, Math.Min(years, 3) + 1);
        return MakeJob(f, region, division, Pick(t.Types), degree, majors, experience, salaryMin, Round500(salaryMin * 1.5), tags, asked);
    }

    private (string Title, string Occupation) TitleOf(string occupation)
    {
        var titles = AllTitles.Where(t => t.Occupation == occupation).ToArray();
        return titles[_wishes.Next(titles.Length)];
    }

    /// <summary>A title of an occupation none of <paramref name="wanted"/> is but which shares the 中类 of the first, else
    /// its 大类; null when there is none.</summary>
    private (string Title, string Occupation)? Neighbour(string[] wanted)
    {
        var others = AllTitles.Where(t => !wanted.Contains(t.Occupation)).ToArray();
        var near = others.Where(t => t.Occupation[..4] == wanted[0][..4]).ToArray();
        if (near.Length == 0) near = others.Where(t => t.Occupation[0] == wanted[0][0]).ToArray();
        return near.Length == 0 ? null : near[_wishes.Next(near.Length)];
    }

    /// <summary>A talent made to fit the job, graded as <see cref="FitJob"/>.</summary>
    private TalentSpec FitTalent(JobSpec j, int grade)
    {
        var relax = grade == 2 ? -1 : _random.Next(4);
        IntendedPosition[] positions = [];
        if (j.OccupationCode is { } occupation)
        {
            var neighbour = grade == 1 && _wishes.NextDouble() < 0.2 ? Neighbour([occupation]) : null;
            if (neighbour is not null) relax = 4;
            // Made to fit on every aspect, or all but one: it names the job's occupation (or, relaxed, a neighbour of it).
            {
                var (title, code) = neighbour ?? TitleOf(occupation);
                var field = Fields.First(x => x.Titles.Any(t => t.Occupation == code));
                // Mostly the one position; else it among others of its field, not always first.
                var others = _wishes.NextDouble() < 0.7 ? []
                    : WantedPositions(field).Where(p => p.OccupationCode != code && p.OccupationCode != occupation).Take(IntendedPosition.Max - 1).ToList();
                others.Insert(_wishes.Next(others.Count + 1), new IntendedPosition(code, title, null, null));
                positions = [.. others];
            }
        }
        var city = j.RegionCode[..4] + "00";
        var regions = relax == 0 ? [Pick(Cities.Where(c => c.Code != city).ToArray()).Code]
            : _random.NextDouble() < 0.1 ? ["370000"] : _random.NextDouble() < 0.7 ? [city] : new[] { city, Cities[PickCity()].Code }.Distinct().ToArray();
        var division = j.IndustryCode;
        if (relax == 1)
        {
            if (SameSection(division) is { } same) division = same;
            else relax = 2;
        }
        var asked = _majorByCode[Pick(j.MajorCodes)];
        var major = relax == 2 ? SameClass(asked) : asked;
        var f = Fields.First(x => x.Classes.Contains(asked.ClassCode));
        var skills = relax == 3
            ? j.Tags.Take(1).Concat(f.Skills.Where(s => !j.Tags.Contains(s)).OrderBy(_ => _random.Next()).Take(3)).ToArray()
            : j.Tags.OrderBy(_ => _random.Next()).Take(Math.Min(j.Tags.Length, _random.Next(3, 5))).Concat(PickSkills(f, 1)).Distinct().ToArray();
        var degree = (DegreeLevel)Math.Min(4, Math.Max((int)j.MinDegree, 1) + (_random.NextDouble() < 0.3 ? 1 : 0));
        var graduation = Year - j.MinExperienceYears - _random.Next(0, 3);
        var types = _random.NextDouble() < 0.7 ? [j.Type] : new[] { j.Type, JobType.FullTime }.Distinct().ToArray();
        return new TalentSpec(regions, [division], types, degree, major, graduation, Round500(j.SalaryMaxYuan * (0.6 + _random.NextDouble() * 0.3)), skills,
            positions);
    }

    private Field FieldOf(TalentSpec t) => Fields.FirstOrDefault(f => f.Classes.Contains(t.Major.ClassCode))
        ?? Fields.First(f => f.Divisions.Any(d => d.Division == t.Industries[0]));

    private string? SameSection(string division)
    {
        var others = _divisionsOfSection[_sectionOf[division]].Where(d => d != division).ToArray();
        return others.Length == 0 ? null : Pick(others);
    }

    private Major SameClass(Major major)
    {
        var others = _allMajors.Where(m => m.ClassCode == major.ClassCode && m.Code != major.Code).ToArray();
        return others.Length == 0 ? major : Pick(others);
    }

    private JobType[] PickTypes(DegreeLevel degree)
    {
        var roll = _random.NextDouble();
        JobType[] types = roll < 0.6 ? [JobType.FullTime] : roll < 0.75 ? [JobType.FullTime, JobType.Internship] : roll < 0.83 ? [JobType.Internship]
            : roll < 0.90 ? [JobType.PartTime] : roll < 0.95 ? [JobType.FullTime, JobType.PartTime] : [JobType.ResearchAssistant];
        return types[0] == JobType.ResearchAssistant && degree < DegreeLevel.Master ? [JobType.FullTime] : types;
    }

    private int Salary(DegreeLevel degree)
    {
        var basis = degree switch { DegreeLevel.Vocational => 4000, DegreeLevel.Bachelor => 5500, DegreeLevel.Master => 8000, _ => 12000 };
        return Round500(basis * (0.8 + _random.NextDouble() * 0.6));
    }

    private static int Round500(double yuan) => (int)Math.Round(yuan / 500) * 500;

    private string[] PickSkills(Field f, int n) => f.Skills.OrderBy(_ => _random.Next()).Take(n).ToArray();

    private string PickDivision(Field f)
    {
        var total = f.Divisions.Sum(d => d.Weight);
        var x = _random.Next(total);
        foreach (var (division, weight) in f.Divisions)
        {
            if (x < weight) return division;
            x -= weight;
        }
        return f.Divisions[0].Division;
    }

    private int PickCity()
    {
        var x = _random.Next(_cityTotal);
        for (var i = 0; i < Cities.Length; i++)
        {
            if (x < Cities[i].People) return i;
            x -= Cities[i].People;
        }
        return 0;
    }

    private int ClassIndex(string classCode) =>
        Array.FindIndex(_majorsOfClass, c => c[0].ClassCode == classCode);

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    private static string DegreeName(DegreeLevel d) => d switch
    {
        DegreeLevel.None => "学历不限",
        DegreeLevel.Vocational => "大专及以上学历",
        DegreeLevel.Bachelor => "本科及以上学历",
        DegreeLevel.Master => "硕士及以上学历",
        _ => "博士研究生学历",
    };

    /// <summary>The rows matching reads, for the in-memory benchmarks (no database): ids from the seed, or rising.</summary>
    /// <param name="occupations">False: the jobs' occupations and the wanted positions left out, to see what they add.</param>
    public (List<JobRow> Jobs, List<TalentRow> Talents) Rows(int seed, bool ordered = false, bool occupations = true)
    {
        var random = new Random(seed);
        var next = 0;
        Guid NextId()
        {
            // Ordered: ids rise with the order of generation, as the database's version-7 ids do, so that the items made
            // to fit the probes (generated last) lose ties as they do there.
            if (ordered) return new Guid(next++, 0, 0, [0, 0, 0, 0, 0, 0, 0, 0]);
            Span<byte> bytes = stackalloc byte[16];
            random.NextBytes(bytes);
            return new Guid(bytes);
        }
        var jobs = Jobs.Select(j => new JobRow(NextId(), j.RegionCode, j.IndustryCode, j.Type, j.MinDegree, [.. j.MajorCodes], j.MinExperienceYears,
            j.SalaryMinYuan, j.SalaryMaxYuan, j.Title, [.. j.Tags], j.Description.Length <= 200 ? j.Description : j.Description[..200],
            occupations ? j.OccupationCode : null)).ToList();
        var talents = Talents.Select(t => new TalentRow(NextId(), "370102", null, [.. t.Regions], [.. t.Industries], [.. t.Types], t.Degree,
            t.Major.Code, t.Major.Name, t.GraduationYear, t.SalaryMinYuan, [.. t.Skills], occupations ? [.. t.Positions] : null)).ToList();
        return (jobs, talents);
    }
}
