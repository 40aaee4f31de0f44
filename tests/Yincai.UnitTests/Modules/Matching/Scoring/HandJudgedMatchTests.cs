using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Matching.Scoring;
using Yincai.Modules.Talents.Contracts;
using static Yincai.UnitTests.Modules.Matching.MatchSamples;

namespace Yincai.UnitTests.Modules.Matching.Scoring;

/// <summary>
/// Cases judged by hand, not by the bench's generator (issue 22): what a graduate or an officer would say of a match,
/// held against the scorer as the platform runs it (rows through the feature mapper, the default weights). A good match is
/// one at <see cref="MatchWeights.GoodMatch"/> or above.
/// </summary>
public sealed class HandJudgedMatchTests
{
    private readonly FitScorer _scorer = Scorer();

    private float Good => _scorer.Weights.GoodMatch;

    // A 2026 software engineering graduate of Qingdao who wants to be a developer (信息和通信工程技术人员 are 2-02).
    private static TalentRow FreshDeveloper(List<IntendedPosition>? positions = null) => new(Guid.CreateVersion7(), "370202", null,
        ["370200"], ["65"], [JobType.FullTime, JobType.Internship], DegreeLevel.Bachelor, "080902", "软件工程", Year, 8000,
        ["Java", "Spring Boot", "MySQL", "Vue", "Python", "数据分析"], positions ?? [new IntendedPosition("2-02", "Java开发", null, null)]);

    private static JobRow Job(string title, string tags, string majors = "", int experience = 0, DegreeLevel degree = DegreeLevel.Bachelor,
        JobType type = JobType.FullTime, string region = "370202", string industry = "6513", int salaryMax = 16000,
        string? occupation = "2-02", string description = "") =>
        new(Guid.CreateVersion7(), region, industry, type, degree, [.. majors.Split(' ', StringSplitOptions.RemoveEmptyEntries)], experience,
            salaryMax / 2, salaryMax, title, [.. tags.Split(',')], description, occupation);

    private float Score(TalentRow talent, JobRow job) => _scorer.Score(Mapper.Talent(talent), Mapper.Job(job));

    [Fact]
    public void FreshGraduate_SeniorArchitectAskingFiveYears_IsNotAGoodMatch_TheJuniorJobIs()
    {
        var architect = Job("高级Java架构师", "Java,架构设计,高并发,微服务", "080902 080901", experience: 5, salaryMax: 40000);
        var junior = Job("Java后端开发工程师", "Java,SpringBoot,MySQL,微服务", "080902 080901");

        var senior = Score(FreshDeveloper(), architect);
        var fit = Score(FreshDeveloper(), junior);

        Assert.True(senior < Good, $"architect {senior}");
        Assert.True(fit >= Good, $"junior {fit}");
        var gap = Assert.Single(_scorer.Explain(Mapper.Talent(FreshDeveloper()), Mapper.Job(architect), [], []),
            r => r.Aspect == FitAspect.ExperienceGap);
        Assert.Equal(["5", "0"], gap.Detail);
    }

    [Theory]
    [InlineData("060102", "世界史", "史料研读,英语六级,论文写作")]
    [InlineData("040107", "小学教育", "教学设计,普通话一级乙等,班级管理")]
    public void HumanitiesGraduate_GoDeveloperJobOpenToAnyMajor_NoSharedSkill_IsNotAGoodMatch(string major, string majorName, string skills)
    {
        var talent = new TalentRow(Guid.CreateVersion7(), "370202", null, ["370200"], [], [], DegreeLevel.Bachelor, major, majorName,
            Year, null, [.. skills.Split(',')]);
        var go = Job("Go开发工程师", "Go,微服务,Kubernetes,Linux", description: "负责后端服务开发，使用 Go 和 gRPC，参与容器化部署。");

        var score = Score(talent, go);

        Assert.True(score < Good - 5, $"{majorName}: {score}");
        Assert.Contains(_scorer.Explain(Mapper.Talent(talent), Mapper.Job(go), [], []), r => r.Aspect == FitAspect.SkillsGap);
    }

    [Fact]
    [Trait("Rule", "ENT-07")]
    public void Phd_ResearchPostInTheirField_RanksAboveCasualWorkThatTakesAnyone()
    {
        var phd = new TalentRow(Guid.CreateVersion7(), "370102", null, ["370100"], [], [JobType.FullTime, JobType.ResearchAssistant],
            DegreeLevel.Doctorate, "070301", "化学", 2024, 15000, ["有机合成", "色谱分析", "药物化学"],
            [new IntendedPosition("2-01", "研发工程师", null, null)]);
        var casual = Job("装配普工（日结）", "吃苦耐劳,服从安排", degree: DegreeLevel.None, type: JobType.PartTime, region: "370102",
            industry: "3411", salaryMax: 5000, occupation: "6-21");
        var research = Job("药物化学研究员（博士）", "有机合成,药物化学", "070301 070302", degree: DegreeLevel.Doctorate, region: "370102",
            industry: "2710", salaryMax: 30000, occupation: "2-01");

        var casualScore = Score(phd, casual);
        var researchScore = Score(phd, research);

        Assert.True(researchScore >= Good, $"research {researchScore}");
        Assert.True(casualScore < Good, $"casual {casualScore}");
    }

    [Fact]
    [Trait("Rule", "ENT-07")]
    public void Phd_LessDevelopedAreaBonus_NotGivenInACityThePhdDidNotWishFor()
    {
        var options = new Yincai.Modules.Matching.MatchingOptions { LessDevelopedRegions = ["371700"] };
        var mapper = new Yincai.Modules.Matching.FeatureMapper(new Yincai.Modules.Employers.Contracts.IndustryCatalog(),
            Microsoft.Extensions.Options.Options.Create(options));
        var scorer = mapper.Scorer(Year);
        var phd = mapper.Talent(new TalentRow(Guid.CreateVersion7(), "370202", null, ["370200"], [], [], DegreeLevel.Doctorate, "080901",
            "计算机科学与技术", 2024, null, ["机器学习"]));
        var heze = mapper.Job(Job("算法研究员", "机器学习", degree: DegreeLevel.Doctorate, region: "371702"));
        var qingdao = mapper.Job(Job("算法研究员", "机器学习", degree: DegreeLevel.Doctorate, region: "370202"));
        var anywhere = mapper.Talent(new TalentRow(Guid.CreateVersion7(), "370202", null, [], [], [], DegreeLevel.Doctorate, "080901",
            "计算机科学与技术", 2024, null, ["机器学习"]));

        Assert.True(heze.LessDeveloped);
        Assert.DoesNotContain(scorer.Explain(phd, heze, [], []), r => r.Aspect == FitAspect.LessDevelopedPhd);
        Assert.True(scorer.Score(phd, heze) < scorer.Score(phd, qingdao));
        // A PhD who would go anywhere gets it: the notice's priority to less developed areas.
        Assert.Contains(scorer.Explain(anywhere, heze, [], []), r => r.Aspect == FitAspect.LessDevelopedPhd);
        Assert.True(scorer.Score(anywhere, heze) > scorer.Score(anywhere, qingdao));
    }

    [Fact]
    public void SkillWrittenInChinese_CountsAsMuchAsOneEnglishWord()
    {
        var job = Job("数据开发工程师", "机器学习,Java,Hadoop,Spark");
        TalentRow With(string skill) => new(Guid.CreateVersion7(), "370202", null, ["370200"], [], [], DegreeLevel.Bachelor, "080902", "软件工程",
            Year, null, [skill]);

        var chinese = Mapper.Talent(With("机器学习"));
        var english = Mapper.Talent(With("Java"));
        var features = Mapper.Job(job);

        var a = Keywords.Similarity(chinese.Keywords, features.Keywords);
        var b = Keywords.Similarity(english.Keywords, features.Keywords);
        Assert.InRange(a / b, 0.85f, 1.15f);
    }

    [Fact]
    public void IntendedOccupation_JobOfThatOccupationFirst_WithTheReason()
    {
        var talent = Mapper.Talent(FreshDeveloper());
        var developer = Mapper.Job(Job("软件工程师", "Java,MySQL"));
        var sales = Mapper.Job(Job("软件销售代表", "Java,MySQL", occupation: "4-01"));

        Assert.True(_scorer.Score(talent, developer) > _scorer.Score(talent, sales));
        var met = Assert.Single(_scorer.Explain(talent, developer, [], []), r => r.Aspect == FitAspect.Occupation);
        Assert.Equal(FitLevel.Met, met.Level);
        Assert.Equal(["2-02"], met.Detail);
        Assert.Equal(FitLevel.Missed, Assert.Single(_scorer.Explain(talent, sales, [], []), r => r.Aspect == FitAspect.Occupation).Level);
    }

    [Fact]
    public void PositionsOwnCityAndPay_AJobOfThatPositionElsewhere_CountsLess_AndItsPayIsTheOneWanted()
    {
        var jinanDeveloper = FreshDeveloper([new IntendedPosition("2-02", "Java开发", "370100", 12000)]);
        var inJinan = Mapper.Job(Job("Java开发", "Java", region: "370102", salaryMax: 10000));
        var inQingdao = Mapper.Job(Job("Java开发", "Java", region: "370202", salaryMax: 10000));
        var talent = Mapper.Talent(jinanDeveloper);

        var here = Assert.Single(_scorer.Explain(talent, inJinan, [], []), r => r.Aspect == FitAspect.Occupation);
        var there = Assert.Single(_scorer.Explain(talent, inQingdao, [], []), r => r.Aspect == FitAspect.Occupation);
        var pay = Assert.Single(_scorer.Explain(talent, inJinan, [], []), r => r.Aspect == FitAspect.Salary);

        Assert.Equal(FitLevel.Met, here.Level);
        Assert.Equal(FitLevel.Partial, there.Level);
        // 10,000 offered against the 12,000 wanted for this position (not the 8,000 of the intention): near, half the points.
        Assert.Equal((FitLevel.Partial, "12000"), (pay.Level, pay.Detail[2]));
        // Both cities are wished: Qingdao by the intention, Jinan by the position.
        Assert.Equal(2, talent.Regions.Length);
    }
}
