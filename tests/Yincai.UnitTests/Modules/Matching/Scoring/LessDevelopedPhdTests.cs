using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Matching;
using Yincai.Modules.Matching.Scoring;
using Yincai.Modules.Talents.Contracts;
using static Yincai.UnitTests.Modules.Matching.MatchSamples;

namespace Yincai.UnitTests.Modules.Matching.Scoring;

/// <summary>"千名博士进企业": PhDs are matched with enterprises, less developed areas first.</summary>
public sealed class LessDevelopedPhdTests
{
    private readonly FitScorer _scorer = Scorer();

    // The less developed job has the greater id, so that only its score can put it first.
    private static (JobFeatures Elsewhere, JobFeatures LessDeveloped) TwinJobs() =>
    (
        Job(region: "370202", division: 65, minDegree: DegreeLevel.Doctorate, majors: [80901], tags: ["机器学习"], id: Id(1)),
        Job(region: "371702", division: 65, minDegree: DegreeLevel.Doctorate, majors: [80901], tags: ["机器学习"], lessDeveloped: true, id: Id(2))
    );

    private static TalentFeatures Graduate(DegreeLevel degree) =>
        Talent(regions: ["370000"], divisions: [65], degree: degree, major: 80901, skills: ["机器学习"]);

    [Fact]
    [Trait("Rule", "ENT-07")]
    public void JobsFor_Phd_RanksLessDevelopedJobAboveItsTwinElsewhere()
    {
        var (elsewhere, lessDeveloped) = TwinJobs();
        var index = new MatchIndex();
        index.PutJob(elsewhere);
        index.PutJob(lessDeveloped);

        var found = index.JobsFor(Graduate(DegreeLevel.Doctorate), _scorer, 10);

        Assert.Equal([lessDeveloped.Id, elsewhere.Id], found.Select(s => s.Item.Id));
        Assert.True(found[0].Score > found[1].Score);
    }

    [Fact]
    [Trait("Rule", "ENT-07")]
    public void Explain_PhdAndLessDevelopedJob_GivesLessDevelopedPhdReasonWithTheBonus()
    {
        var (elsewhere, lessDeveloped) = TwinJobs();
        var phd = Graduate(DegreeLevel.Doctorate);

        var reasons = _scorer.Explain(phd, lessDeveloped, [], []);

        var bonus = Reason(reasons, FitAspect.LessDevelopedPhd);
        Assert.Equal(FitLevel.Met, bonus.Level);
        Assert.Equal(["371700"], bonus.Detail); // the city, named in the reason
        Assert.Equal(_scorer.Score(phd, elsewhere) + bonus.Points, _scorer.Score(phd, lessDeveloped), 3);
        Assert.DoesNotContain(_scorer.Explain(phd, elsewhere, [], []), r => r.Aspect == FitAspect.LessDevelopedPhd);
    }

    [Theory]
    [Trait("Rule", "ENT-07")]
    [InlineData(DegreeLevel.Bachelor)]
    [InlineData(DegreeLevel.Master)]
    public void JobsFor_NotPhd_LessDevelopedChangesNeitherScoreNorOrder(DegreeLevel degree)
    {
        var (elsewhere, lessDeveloped) = TwinJobs();
        var index = new MatchIndex();
        index.PutJob(lessDeveloped);
        index.PutJob(elsewhere);
        var graduate = Graduate(degree);

        var found = index.JobsFor(graduate, _scorer, 10);

        Assert.Equal([elsewhere.Id, lessDeveloped.Id], found.Select(s => s.Item.Id));
        Assert.Equal(found[0].Score, found[1].Score);
        Assert.DoesNotContain(_scorer.Explain(graduate, lessDeveloped, [], []), r => r.Aspect == FitAspect.LessDevelopedPhd);
    }

    [Fact]
    [Trait("Rule", "ENT-07")]
    public void TalentsFor_LessDevelopedJob_PutsThePhdAboveAnOtherwiseEqualMaster()
    {
        var index = new MatchIndex();
        var master = Talent(regions: ["371700"], divisions: [65], degree: DegreeLevel.Master, major: 80901, id: Id(1));
        var phd = Talent(regions: ["371700"], divisions: [65], degree: DegreeLevel.Doctorate, major: 80901, id: Id(2));
        index.PutTalent(master);
        index.PutTalent(phd);

        var found = index.TalentsFor(Job(region: "371702", lessDeveloped: true), _scorer, 10, scopePrefix: null);

        Assert.Equal([phd.Id, master.Id], found.Select(s => s.Item.Id));
    }

    [Theory]
    [Trait("Rule", "ENT-07")]
    [InlineData("371702", true)]
    [InlineData("371700", true)]
    [InlineData("370402", true)]
    [InlineData("370202", false)]
    [InlineData("370000", false)]
    public void Job_RegionOfTheDefaultList_IsLessDeveloped(string region, bool lessDeveloped)
    {
        var row = new JobRow(Guid.CreateVersion7(), region, "6513", JobType.FullTime, DegreeLevel.Doctorate, ["080901K"], 0,
            20000, 30000, "算法工程师", ["机器学习"], "负责推荐算法。");

        var job = Mapper.Job(row);

        Assert.Equal(lessDeveloped, job.LessDeveloped);
    }
}
