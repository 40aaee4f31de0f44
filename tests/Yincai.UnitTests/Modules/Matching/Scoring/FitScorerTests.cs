using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Matching.Scoring;
using Yincai.Modules.Talents.Contracts;
using static Yincai.UnitTests.Modules.Matching.MatchSamples;

namespace Yincai.UnitTests.Modules.Matching.Scoring;

public sealed class FitScorerTests
{
    private readonly FitScorer _scorer = Scorer();

    [Fact]
    public void Explain_MastersAskedOfBachelor_DegreeMissedWithNoPointsAndLowerScore()
    {
        var bachelor = Talent(degree: DegreeLevel.Bachelor);
        var mastersJob = Job(minDegree: DegreeLevel.Master);
        var bachelorsJob = Job(minDegree: DegreeLevel.Bachelor);

        var reason = Explain(bachelor, mastersJob, FitAspect.Degree);

        Assert.Equal(FitLevel.Missed, reason.Level);
        Assert.Equal(0f, reason.Points);
        Assert.Equal(["Master", "Bachelor"], reason.Detail);
        Assert.True(_scorer.Score(bachelor, mastersJob) < _scorer.Score(bachelor, bachelorsJob));
    }

    [Fact]
    [Trait("Rule", "ENT-07")]
    public void Explain_DegreeAboveAsked_DegreePartlyMetAsOverQualified()
    {
        var master = Talent(degree: DegreeLevel.Master);

        var reason = Explain(master, Job(minDegree: DegreeLevel.Bachelor), FitAspect.Degree);

        Assert.Equal(FitLevel.Partial, reason.Level);
        Assert.Equal(_scorer.Weights.Degree * _scorer.Weights.OverQualifiedByOne, reason.Points, 3);
        Assert.Equal(["Bachelor", "Master"], reason.Detail);
    }

    [Fact]
    public void Explain_DegreeAsked_DegreeMetWithFullPoints()
    {
        var reason = Explain(Talent(degree: DegreeLevel.Master), Job(minDegree: DegreeLevel.Master), FitAspect.Degree);

        Assert.Equal(FitLevel.Met, reason.Level);
        Assert.Equal(_scorer.Weights.Degree, reason.Points);
    }

    [Theory]
    [Trait("Rule", "ENT-07")]
    [InlineData(DegreeLevel.Vocational, DegreeLevel.None, 1f)]
    [InlineData(DegreeLevel.Bachelor, DegreeLevel.None, 1f)]
    [InlineData(DegreeLevel.Bachelor, DegreeLevel.Vocational, 1f)]
    [InlineData(DegreeLevel.Master, DegreeLevel.None, 0.6f)]
    [InlineData(DegreeLevel.Master, DegreeLevel.Bachelor, 0.6f)]
    [InlineData(DegreeLevel.Master, DegreeLevel.Master, 1f)]
    [InlineData(DegreeLevel.Doctorate, DegreeLevel.None, 0.2f)]
    [InlineData(DegreeLevel.Doctorate, DegreeLevel.Bachelor, 0.2f)]
    [InlineData(DegreeLevel.Doctorate, DegreeLevel.Master, 0.6f)]
    [InlineData(DegreeLevel.Doctorate, DegreeLevel.Doctorate, 1f)]
    [InlineData(DegreeLevel.Bachelor, DegreeLevel.Master, 0f)]
    public void DegreeFit_OverQualificationCostsPointsForEveryDegree(DegreeLevel degree, DegreeLevel asked, float fit)
    {
        Assert.Equal(fit, _scorer.DegreeFit(degree, asked), 3);
        var talent = Talent(degree: degree);
        var job = Job(minDegree: asked);
        Assert.Equal(_scorer.Score(talent, job), _scorer.Explain(talent, job, [], []).Sum(r => r.Points), 3);
    }

    [Fact]
    public void Explain_NoDegreeAsked_DegreeOpenWithFullPoints()
    {
        var reason = Explain(Talent(degree: DegreeLevel.None), Job(minDegree: DegreeLevel.None), FitAspect.Degree);

        Assert.Equal(FitLevel.Open, reason.Level);
        Assert.Equal(_scorer.Weights.Degree, reason.Points);
    }

    [Fact]
    public void Explain_JobInCountyOfWishedCity_RegionMet()
    {
        var reason = Explain(Talent(regions: ["370200"]), Job(region: "370212"), FitAspect.Region);

        Assert.Equal(FitLevel.Met, reason.Level);
        Assert.Equal(_scorer.Weights.Region, reason.Points);
        Assert.Equal(["370212"], reason.Detail);
    }

    [Fact]
    public void Explain_JobInOtherCityOfSameProvince_RegionPartial()
    {
        var reason = Explain(Talent(regions: ["370200"]), Job(region: "370102"), FitAspect.Region);

        Assert.Equal(FitLevel.Partial, reason.Level);
        Assert.True(reason.Points > 0 && reason.Points < _scorer.Weights.Region);
    }

    [Fact]
    public void Explain_JobInOtherProvince_RegionMissed()
    {
        var reason = Explain(Talent(regions: ["370200"]), Job(region: "320102"), FitAspect.Region);

        Assert.Equal(FitLevel.Missed, reason.Level);
        Assert.Equal(0f, reason.Points);
    }

    [Fact]
    public void Explain_NoRegionWished_RegionOpenWithFullPoints()
    {
        var reason = Explain(Talent(regions: []), Job(region: "320102"), FitAspect.Region);

        Assert.Equal(FitLevel.Open, reason.Level);
        Assert.Equal(_scorer.Weights.Region, reason.Points);
    }

    [Fact]
    public void Score_WishedCityThenSameProvinceThenElsewhere_StrictlyOrdered()
    {
        var talent = Talent(regions: ["370200"]);

        var inCity = _scorer.Score(talent, Job(region: "370202"));
        var inProvince = _scorer.Score(talent, Job(region: "370102"));
        var elsewhere = _scorer.Score(talent, Job(region: "320102"));

        Assert.True(inCity > inProvince && inProvince > elsewhere, $"{inCity} > {inProvince} > {elsewhere}");
    }

    [Fact]
    public void Explain_SameDivision_IndustryMet()
    {
        var reason = Explain(Talent(divisions: [65]), Job(division: 65), FitAspect.Industry);

        Assert.Equal(FitLevel.Met, reason.Level);
        Assert.Equal(_scorer.Weights.Industry, reason.Points);
        Assert.Equal(["65"], reason.Detail);
    }

    [Theory]
    [InlineData(63)]
    [InlineData(64)]
    public void Explain_OtherDivisionOfSectionI_IndustryPartial(int division)
    {
        var reason = Explain(Talent(divisions: [65]), Job(division: division), FitAspect.Industry);

        Assert.Equal(FitLevel.Partial, reason.Level);
        Assert.True(reason.Points > 0 && reason.Points < _scorer.Weights.Industry);
    }

    [Fact]
    public void Explain_DivisionOfOtherSection_IndustryMissed()
    {
        var reason = Explain(Talent(divisions: [65]), Job(division: 13), FitAspect.Industry);

        Assert.Equal(FitLevel.Missed, reason.Level);
        Assert.Equal(0f, reason.Points);
    }

    [Fact]
    public void Score_SameDivisionThenSameSectionThenUnrelated_StrictlyOrdered()
    {
        var talent = Talent(divisions: [65]);

        var same = _scorer.Score(talent, Job(division: 65));
        var section = _scorer.Score(talent, Job(division: 64));
        var unrelated = _scorer.Score(talent, Job(division: 13));

        Assert.True(same > section && section > unrelated, $"{same} > {section} > {unrelated}");
    }

    [Fact]
    public void Explain_NoIndustryWished_IndustryOpenWithFullPoints()
    {
        var reason = Explain(Talent(divisions: []), Job(division: 13), FitAspect.Industry);

        Assert.Equal(FitLevel.Open, reason.Level);
        Assert.Equal(_scorer.Weights.Industry, reason.Points);
    }

    [Fact]
    public void Explain_OtherJobType_JobTypeMissedAndScoreLower()
    {
        var wantsFullTime = Talent(types: [JobType.FullTime]);

        var reason = Explain(wantsFullTime, Job(type: JobType.PartTime), FitAspect.JobType);

        Assert.Equal(FitLevel.Missed, reason.Level);
        Assert.Equal(0f, reason.Points);
        Assert.True(_scorer.Score(wantsFullTime, Job(type: JobType.PartTime)) < _scorer.Score(wantsFullTime, Job(type: JobType.FullTime)));
    }

    [Fact]
    public void Explain_JobTypeWishedFirst_MetInFull_WishedSecondOrLater_Partly()
    {
        JobType[] wished = [JobType.Internship, JobType.FullTime, JobType.PartTime];

        var first = Explain(Talent(types: wished), Job(type: JobType.Internship), FitAspect.JobType);
        var second = Explain(Talent(types: wished), Job(type: JobType.FullTime), FitAspect.JobType);
        var third = Explain(Talent(types: wished), Job(type: JobType.PartTime), FitAspect.JobType);

        Assert.Equal((FitLevel.Met, _scorer.Weights.JobType), (first.Level, first.Points));
        Assert.Equal((FitLevel.Partial, _scorer.Weights.JobType * _scorer.Weights.SecondJobType), (second.Level, second.Points));
        Assert.Equal((FitLevel.Partial, _scorer.Weights.JobType * _scorer.Weights.LaterJobType), (third.Level, third.Points));
    }

    [Fact]
    public void Explain_NoJobTypeWished_JobTypeOpenWithFullPoints()
    {
        var reason = Explain(Talent(types: []), Job(type: JobType.ResearchAssistant), FitAspect.JobType);

        Assert.Equal(FitLevel.Open, reason.Level);
        Assert.Equal(_scorer.Weights.JobType, reason.Points);
    }

    [Fact]
    public void Score_ExactMajorThenSameClassThenSameCategoryThenUnrelated_StrictlyOrdered()
    {
        var computerScience = Job(majors: [80901]);

        var exact = _scorer.Score(Talent(major: 80901), computerScience);
        var sameClass = _scorer.Score(Talent(major: 80902), computerScience);
        var sameCategory = _scorer.Score(Talent(major: 81001), computerScience);
        var unrelated = _scorer.Score(Talent(major: 50201), computerScience);

        Assert.True(exact > sameClass && sameClass > sameCategory && sameCategory > unrelated,
            $"{exact} > {sameClass} > {sameCategory} > {unrelated}");
    }

    [Theory]
    [InlineData(80901, FitLevel.Met)]
    [InlineData(80902, FitLevel.Partial)]
    [InlineData(81001, FitLevel.Partial)]
    [InlineData(50201, FitLevel.Missed)]
    [InlineData(0, FitLevel.Missed)]
    public void Explain_MajorAgainstComputerScience_Level(int major, FitLevel level)
    {
        var reason = Explain(Talent(major: major), Job(majors: [80901]), FitAspect.Major);

        Assert.Equal(level, reason.Level);
    }

    [Fact]
    public void Explain_SeveralMajorsAsked_NamesTheClosestAndScoresIt()
    {
        var job = Job(majors: [50201, 81001, 80902]);

        var reason = Explain(Talent(major: 80901), job, FitAspect.Major);

        Assert.Equal(["080902", "080901"], reason.Detail);
        Assert.Equal(_scorer.Weights.Major * _scorer.Weights.SameMajorClass, reason.Points, 3);
    }

    [Fact]
    public void Explain_NoMajorAsked_MajorOpenBelowTheOwnMajor()
    {
        var open = Explain(Talent(major: 50201), Job(majors: []), FitAspect.Major);
        var own = Explain(Talent(major: 50201), Job(majors: [50201]), FitAspect.Major);
        var sameClass = Explain(Talent(major: 50201), Job(majors: [50202]), FitAspect.Major);

        Assert.Equal(FitLevel.Open, open.Level);
        Assert.Equal(_scorer.Weights.Major * _scorer.Weights.AnyMajor, open.Points);
        Assert.True(own.Points > open.Points && open.Points > sameClass.Points);
    }

    [Fact]
    public void Explain_ChineseSkillInsideLongerTag_SkillsPartlyMetNamingIt()
    {
        string[] skills = ["数据分析"];
        string[] tags = ["大数据分析师"];

        var reason = Explain(Talent(skills: skills), Job(tags: tags), FitAspect.Skills, skills, tags);

        Assert.Equal(FitLevel.Partial, reason.Level);
        Assert.InRange(reason.Points, _scorer.Weights.Skills * 0.5f, _scorer.Weights.Skills * 0.9f);
        Assert.Contains("数据分析", reason.Detail);
        Assert.Contains("大数据分析师", reason.Detail);
    }

    [Fact]
    public void Explain_EnglishSkillInOtherCase_SkillsMet()
    {
        string[] skills = ["Java", "spring"];
        string[] tags = ["java", "Spring"];

        var reason = Explain(Talent(skills: skills), Job(tags: tags), FitAspect.Skills, skills, tags);

        Assert.Equal(FitLevel.Met, reason.Level);
        Assert.Equal(_scorer.Weights.Skills, reason.Points, 3);
        Assert.Equal(["Java", "spring"], reason.Detail);
    }

    [Fact]
    public void Explain_SomeSkillsShared_SkillsPartial()
    {
        string[] skills = ["Java", "Python"];
        string[] tags = ["Java", "Go"];

        var reason = Explain(Talent(skills: skills), Job(tags: tags), FitAspect.Skills, skills, tags);

        Assert.Equal(FitLevel.Partial, reason.Level);
        Assert.Equal(_scorer.Weights.Skills / 2, reason.Points, 3);
    }

    [Fact]
    public void Explain_NoSkillShared_SkillsMissedAndScoreLower()
    {
        string[] skills = ["会计", "Excel"];
        string[] tags = ["Java开发"];
        var talent = Talent(skills: skills);

        var reason = Explain(talent, Job(tags: tags), FitAspect.Skills, skills, tags);

        Assert.Equal(FitLevel.Missed, reason.Level);
        Assert.Equal(0f, reason.Points);
        Assert.Empty(reason.Detail);
        Assert.True(_scorer.Score(talent, Job(tags: tags)) < _scorer.Score(talent, Job(tags: ["会计"])));
    }

    [Fact]
    public void Explain_PayAboveAsked_SalaryMet()
    {
        var reason = Explain(Talent(salaryMin: 10000), Job(salaryMin: 8000, salaryMax: 12000), FitAspect.Salary);

        Assert.Equal(FitLevel.Met, reason.Level);
        Assert.Equal(_scorer.Weights.Salary, reason.Points);
    }

    [Theory]
    [InlineData(8000)]
    [InlineData(9999)]
    public void Explain_PayAtLeastFourFifthsOfAsked_SalaryPartial(int offered)
    {
        var reason = Explain(Talent(salaryMin: 10000), Job(salaryMin: 5000, salaryMax: offered), FitAspect.Salary);

        Assert.Equal(FitLevel.Partial, reason.Level);
        Assert.Equal(_scorer.Weights.Salary / 2, reason.Points);
    }

    [Fact]
    public void Explain_PayBelowFourFifthsOfAsked_SalaryMissed()
    {
        var reason = Explain(Talent(salaryMin: 10000), Job(salaryMin: 5000, salaryMax: 7999), FitAspect.Salary);

        Assert.Equal(FitLevel.Missed, reason.Level);
        Assert.Equal(0f, reason.Points);
    }

    [Fact]
    public void Score_PayMetThenNearThenBelow_StrictlyOrdered()
    {
        var talent = Talent(salaryMin: 10000);

        var met = _scorer.Score(talent, Job(salaryMax: 10000));
        var near = _scorer.Score(talent, Job(salaryMax: 8500));
        var below = _scorer.Score(talent, Job(salaryMax: 6000));

        Assert.True(met > near && near > below, $"{met} > {near} > {below}");
    }

    [Fact]
    public void Explain_NoPayAsked_SalaryOpenWithFullPoints()
    {
        var reason = Explain(Talent(salaryMin: null), Job(salaryMax: 3000), FitAspect.Salary);

        Assert.Equal(FitLevel.Open, reason.Level);
        Assert.Equal(_scorer.Weights.Salary, reason.Points);
    }

    [Theory]
    [InlineData(2023, FitLevel.Met)]
    [InlineData(2020, FitLevel.Met)]
    [InlineData(2024, FitLevel.Missed)]
    [InlineData(null, FitLevel.Missed)]
    public void Explain_ThreeYearsAskedIn2026_ExperienceByGraduationYear(int? graduated, FitLevel level)
    {
        var reason = Explain(Talent(graduationYear: graduated), Job(experience: 3), FitAspect.Experience);

        Assert.Equal(level, reason.Level);
        Assert.Equal(level == FitLevel.Met ? _scorer.Weights.Experience : 0f, reason.Points);
    }

    [Fact]
    public void Explain_NoExperienceAsked_ExperienceOpenForAFreshGraduate()
    {
        var reason = Explain(Talent(graduationYear: Year), Job(experience: 0), FitAspect.Experience);

        Assert.Equal(FitLevel.Open, reason.Level);
        Assert.Equal(_scorer.Weights.Experience, reason.Points);
    }

    [Fact]
    public void Score_EverythingMet_IsTheWholeJobTotal()
    {
        string[] skills = ["Java"];
        var talent = Talent(regions: ["370200"], divisions: [65], types: [JobType.FullTime], degree: DegreeLevel.Master,
            major: 80901, graduationYear: 2020, salaryMin: 10000, skills: skills, positions: [("2-02", null, 0)]);
        var job = Job(region: "370202", division: 65, minDegree: DegreeLevel.Master, majors: [80901], experience: 3,
            salaryMax: 15000, tags: skills, occupation: "2-02");

        var score = _scorer.Score(talent, job);

        Assert.Equal(_scorer.Weights.JobTotal, score, 3);
        Assert.All(_scorer.Explain(talent, job, skills, skills), r => Assert.Equal(FitLevel.Met, r.Level));
    }

    [Fact]
    public void Explain_RandomPairs_PointsAddUpToScore()
    {
        var data = new RandomMatchData(seed: 7);
        var scorer = Scorer();

        for (var i = 0; i < 2000; i++)
        {
            var talent = data.Talent();
            var job = data.Job();

            var reasons = scorer.Explain(talent, job, [], []);

            Assert.Equal(scorer.Score(talent, job), reasons.Sum(r => r.Points), 2);
            Assert.Equal(reasons.Count, reasons.Select(r => r.Aspect).Distinct().Count());
        }
    }

    [Fact]
    public void Explain_MissedAspects_LowerTheScoreByTheirWeights()
    {
        var talent = Talent(regions: ["370200"], divisions: [65], types: [JobType.FullTime], degree: DegreeLevel.Bachelor,
            major: 80901, graduationYear: 2025, salaryMin: 10000, skills: ["Java"], positions: [("2-02", null, 0)]);
        var job = Job(region: "320102", division: 13, type: JobType.PartTime, minDegree: DegreeLevel.Doctorate,
            majors: [50201], experience: 5, salaryMax: 3000, tags: ["会计"], occupation: "4-01");

        var reasons = _scorer.Explain(talent, job, ["Java"], ["会计"]);

        Assert.All(reasons, r => Assert.Equal(FitLevel.Missed, r.Level));
        Assert.All(reasons.Where(r => r.Aspect < FitAspect.ExperienceGap), r => Assert.Equal(0f, r.Points));
        // Every hard gap is taken off: experience (4 years short), degree, major, skills.
        var w = _scorer.Weights;
        Assert.Equal(-(4 * w.ExperienceGapPerYear + w.DegreeGap + w.MajorGap + w.SkillsGap), _scorer.Score(talent, job), 3);
    }
}
