using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Matching.Scoring;
using Yincai.Modules.Talents.Contracts;
using static Yincai.UnitTests.Modules.Matching.MatchSamples;

namespace Yincai.UnitTests.Modules.Matching.Scoring;

/// <summary>"千名博士进企业" (ENT-07): a PhD is matched with the jobs that want a PhD in their field (R&amp;D posts,
/// postdoctoral stations), not with the 零工 and promotion jobs that take anyone.</summary>
public sealed class PhdFieldTests
{
    private readonly FitScorer _scorer = Scorer();

    // A PhD in computer science (080901) who wished for nothing in particular; the skills say nothing either.
    private static TalentFeatures Phd() => Talent(degree: DegreeLevel.Doctorate, major: 80901, graduationYear: Year - 1);

    // R&D (GB/T 4754 division 73) asking a PhD of a related major, a postdoctoral station asking the PhD's own major;
    // a 零工 job and a promotion job asking no degree and any major. Ids put the open jobs first on a tie.
    private static JobFeatures[] Jobs() =>
    [
        Job(division: 73, minDegree: DegreeLevel.Doctorate, majors: [80902], id: Id(3)),
        Job(division: 73, type: JobType.ResearchAssistant, minDegree: DegreeLevel.Doctorate, majors: [80901], id: Id(4)),
        Job(division: 80, type: JobType.PartTime, id: Id(1)),
        Job(division: 51, id: Id(2)),
    ];

    [Fact]
    [Trait("Rule", "ENT-07")]
    public void JobsFor_Phd_RanksJobsWantingAPhdInTheirFieldAboveGigAndPromotionJobs()
    {
        var index = new MatchIndex();
        foreach (var job in Jobs()) index.PutJob(job);

        var found = index.JobsFor(Phd(), _scorer, 10);

        Assert.Equal([Id(4), Id(3), Id(1), Id(2)], found.Select(s => s.Item.Id));
        Assert.True(found[1].Score > found[2].Score);
    }

    [Fact]
    [Trait("Rule", "ENT-07")]
    public void Explain_PhdForAJobAskingNoDegree_SaysOverQualifiedAndCostsPoints()
    {
        var gig = Jobs()[2];

        var degree = Assert.Single(_scorer.Explain(Phd(), gig, [], []), r => r.Aspect == FitAspect.Degree);

        Assert.Equal(FitLevel.Partial, degree.Level);
        Assert.Equal(_scorer.Weights.Degree * _scorer.Weights.OverQualifiedByTwo, degree.Points, 3);
        Assert.Equal(["None", "Doctorate"], degree.Detail);
    }

    [Fact]
    [Trait("Rule", "ENT-07")]
    public void TalentsFor_JobWantingAPhd_RanksThePhdAboveAMasterAndABachelorOfTheSameMajor_AndAGigJobTheReverse()
    {
        var index = new MatchIndex();
        // Ids put the PhD first on a tie: only the scores can put the bachelor first for the gig job.
        var phd = Talent(degree: DegreeLevel.Doctorate, major: 80901, id: Id(11));
        var master = Talent(degree: DegreeLevel.Master, major: 80901, id: Id(12));
        var bachelor = Talent(degree: DegreeLevel.Bachelor, major: 80901, id: Id(13));
        foreach (var talent in new[] { phd, master, bachelor }) index.PutTalent(talent);

        var forPostdoc = index.TalentsFor(Jobs()[1], _scorer, 10, null);
        var forGig = index.TalentsFor(Jobs()[2], _scorer, 10, null);

        Assert.Equal([phd.Id], forPostdoc.Select(s => s.Item.Id).Take(1));
        Assert.Equal([bachelor.Id, master.Id, phd.Id], forGig.Select(s => s.Item.Id));
    }

    [Fact]
    [Trait("Rule", "ENT-07")]
    public void JobsFor_ManyJobsOfEveryDegree_IsExactlyTheTopOfScoringThemAll()
    {
        var random = new Random(7);
        var index = new MatchIndex();
        var jobs = Enumerable.Range(0, 400).Select(i => Job(region: random.Next(2) == 0 ? "370202" : "371702",
            division: random.Next(2) == 0 ? 73 : 65, type: (JobType)random.Next(1, 5), minDegree: (DegreeLevel)random.Next(0, 5),
            majors: random.Next(3) == 0 ? [] : [80900 + random.Next(1, 4)], lessDeveloped: random.Next(4) == 0, id: Id(100 + i))).ToList();
        foreach (var job in jobs) index.PutJob(job);

        foreach (var degree in Enum.GetValues<DegreeLevel>())
        {
            var talent = Talent(degree: degree, major: 80901, regions: ["370200"]);
            var expected = jobs.Select(j => (j.Id, Score: _scorer.Score(talent, j))).OrderByDescending(x => x.Score).ThenBy(x => x.Id).Take(20).ToList();

            var found = index.JobsFor(talent, _scorer, 20);

            Assert.Equal(expected.Select(x => x.Id), found.Select(s => s.Item.Id));
        }
    }
}
