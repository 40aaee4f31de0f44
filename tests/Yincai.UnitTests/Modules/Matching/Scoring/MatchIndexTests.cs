using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Matching.Scoring;
using Yincai.Modules.Talents.Contracts;
using static Yincai.UnitTests.Modules.Matching.MatchSamples;

namespace Yincai.UnitTests.Modules.Matching.Scoring;

public sealed class MatchIndexTests
{
    private const int Take = 20;
    private readonly FitScorer _scorer = Scorer();

    private static (MatchIndex Index, List<JobFeatures> Jobs, List<TalentFeatures> Talents, RandomMatchData Data) RandomIndex(int seed, int workers = 2)
    {
        var data = new RandomMatchData(seed);
        var jobs = Enumerable.Range(0, 3000).Select(_ => data.Job()).ToList();
        var talents = Enumerable.Range(0, 3000).Select(_ => data.Talent()).ToList();
        var index = new MatchIndex(workers);
        index.Load(jobs, talents, [], []);
        return (index, jobs, talents, data);
    }

    private static List<(Guid Id, float Score)> BruteForce<T>(IEnumerable<T> items, Func<T, Guid> id, Func<T, float> score) =>
        items.Select(i => (Id: id(i), Score: score(i))).OrderByDescending(s => s.Score).ThenBy(s => s.Id).Take(Take).ToList();

    private static List<(Guid Id, float Score)> Found<T>(IEnumerable<Scored<T>> found, Func<T, Guid> id) =>
        found.Select(s => (id(s.Item), s.Score)).ToList();

    [Theory]
    [InlineData(1, 1)]
    [InlineData(1, 2)]
    [InlineData(2, 2)]
    public void JobsFor_RandomTalents_SameTopTwentyAsScoringEveryJob(int seed, int workers)
    {
        var (index, jobs, _, data) = RandomIndex(seed, workers);

        for (var q = 0; q < 150; q++)
        {
            var talent = data.Talent();

            var found = index.JobsFor(talent, _scorer, Take);

            Assert.Equal(BruteForce(jobs, j => j.Id, j => _scorer.Score(talent, j)), Found(found, j => j.Id));
        }
    }

    [Theory]
    [InlineData(3, 1)]
    [InlineData(3, 2)]
    [InlineData(4, 2)]
    public void TalentsFor_RandomJobs_SameTopTwentyAsScoringEveryTalent(int seed, int workers)
    {
        var (index, _, talents, data) = RandomIndex(seed, workers);

        for (var q = 0; q < 150; q++)
        {
            var job = data.Job();

            var found = index.TalentsFor(job, _scorer, Take, scopePrefix: null);

            Assert.Equal(BruteForce(talents, t => t.Id, t => _scorer.Score(t, job)), Found(found, t => t.Id));
        }
    }

    [Theory]
    [InlineData("3702")]
    [InlineData("37")]
    [InlineData("320102")]
    public void TalentsFor_RandomJobsInScope_SameTopTwentyAsScoringEveryTalentInScope(string scope)
    {
        var (index, _, talents, data) = RandomIndex(seed: 5);
        var inScope = talents.Where(t => t.InScope(scope)).ToList();

        for (var q = 0; q < 100; q++)
        {
            var job = data.Job();

            var found = index.TalentsFor(job, _scorer, Take, scope);

            Assert.Equal(BruteForce(inScope, t => t.Id, t => _scorer.Score(t, job)), Found(found, t => t.Id));
        }
    }

    [Fact]
    public void JobsFor_AfterRandomUpdates_SameTopTwentyAsScoringEveryJob()
    {
        var (index, jobs, talents, data) = RandomIndex(seed: 6);
        var live = jobs.ToDictionary(j => j.Id);
        var random = new Random(6);
        foreach (var old in jobs.Take(600))
        {
            if (random.Next(3) == 0)
            {
                index.RemoveJob(old.Id);
                live.Remove(old.Id);
                continue;
            }
            var moved = data.Job();
            var changed = new JobFeatures
            {
                Id = old.Id, Region = moved.Region, Division = moved.Division, Type = moved.Type, MinDegree = moved.MinDegree,
                Majors = moved.Majors, Keywords = moved.Keywords, SalaryMax = moved.SalaryMax, LessDeveloped = moved.LessDeveloped,
            };
            index.PutJob(changed);
            live[old.Id] = changed;
        }

        foreach (var talent in talents.Take(100))
        {
            var found = index.JobsFor(talent, _scorer, Take);

            Assert.Equal(BruteForce(live.Values, j => j.Id, j => _scorer.Score(talent, j)), Found(found, j => j.Id));
        }
        Assert.Equal(live.Count, index.JobCount);
    }

    /// <summary>Jobs of one city and industry, and talents wishing for one city with majors of one class: parts of
    /// thousands of rows, which a query skips block by block; removals leave holes, additions a tail, and enough of
    /// either sorts the part again.</summary>
    [Theory]
    [InlineData(11, 1)]
    [InlineData(11, 2)]
    [InlineData(12, 2)]
    public void JobsForAndTalentsFor_CrowdedPartsThroughUpdates_SameTopTwentyAsScoringEveryRow(int seed, int workers)
    {
        var data = new RandomMatchData(seed);
        var random = new Random(seed);
        JobFeatures CrowdedJob(Guid id)
        {
            var j = data.Job();
            return new JobFeatures
            {
                Id = id, Region = RegionRef.Parse(random.Next(4) == 0 ? "370200" : "37020" + random.Next(1, 6)),
                Division = 65, Type = JobType.FullTime, MinDegree = DegreeLevel.Bachelor, Majors = j.Majors,
                MinExperienceYears = j.MinExperienceYears, SalaryMax = j.SalaryMax, Keywords = j.Keywords,
            };
        }
        TalentFeatures CrowdedTalent(Guid id)
        {
            var t = data.Talent();
            return new TalentFeatures
            {
                Id = id, RegionCode = t.RegionCode, Regions = [RegionRef.Parse("370200")], Divisions = t.Divisions,
                Types = [JobType.FullTime], Degree = DegreeLevel.Bachelor, Major = t.Major == 0 ? 0 : 80900 + t.Major % 17,
                GraduationYear = t.GraduationYear, SalaryMin = t.SalaryMin, Keywords = t.Keywords,
            };
        }
        var jobs = Enumerable.Range(0, 4000).Select(_ => CrowdedJob(Guid.NewGuid())).ToDictionary(j => j.Id);
        var talents = Enumerable.Range(0, 4000).Select(_ => CrowdedTalent(Guid.NewGuid())).ToDictionary(t => t.Id);
        var index = new MatchIndex(workers);
        index.Load(jobs.Values, talents.Values, [], []);

        for (var round = 0; round < 4; round++)
        {
            foreach (var id in jobs.Keys.OrderBy(_ => random.Next()).Take(700).ToList())
            {
                if (random.Next(3) == 0) { index.RemoveJob(id); jobs.Remove(id); }
                else index.PutJob(jobs[id] = CrowdedJob(id));
            }
            foreach (var id in talents.Keys.OrderBy(_ => random.Next()).Take(700).ToList())
            {
                if (random.Next(3) == 0) { index.RemoveTalent(id); talents.Remove(id); }
                else index.PutTalent(talents[id] = CrowdedTalent(id));
            }
            for (var n = 0; n < 300; n++)
            {
                var job = CrowdedJob(Guid.NewGuid());
                index.PutJob(jobs[job.Id] = job);
                var added = CrowdedTalent(Guid.NewGuid());
                index.PutTalent(talents[added.Id] = added);
            }

            for (var q = 0; q < 15; q++)
            {
                var talent = q % 3 == 0 ? data.Talent() : CrowdedTalent(Guid.NewGuid());
                var job = q % 3 == 0 ? data.Job() : CrowdedJob(Guid.NewGuid());

                Assert.Equal(BruteForce(jobs.Values, j => j.Id, j => _scorer.Score(talent, j)), Found(index.JobsFor(talent, _scorer, Take), j => j.Id));
                Assert.Equal(BruteForce(talents.Values, t => t.Id, t => _scorer.Score(t, job)), Found(index.TalentsFor(job, _scorer, Take, null), t => t.Id));
            }
            Assert.Equal(jobs.Count, index.JobCount);
            Assert.Equal(talents.Count, index.TalentCount);
        }
    }

    [Theory]
    [InlineData(21, 1)]
    [InlineData(21, 2)]
    [InlineData(22, 2)]
    public void JobsForAndTalentsFor_BlocksOfMoreOccupationsThanTheyKeep_SameTopTwentyAsScoringEveryRow(int seed, int workers)
    {
        // Ninety occupations of three 大类 in one city and industry: a block of 32 rows holds more distinct occupations than
        // its bound keeps one by one (eight), and talents want up to three each.
        int[] occupations = [.. new[] { 202, 203, 204, 205, 206, 207, 208, 209, 401, 402, 403, 404, 601, 602, 603 }
            .SelectMany(middle => Enumerable.Range(0, 6).Select(small => middle * 100 + small))];
        var data = new RandomMatchData(seed);
        var random = new Random(seed);
        int Occupation() => random.Next(10) == 0 ? 0 : occupations[random.Next(occupations.Length)];
        JobFeatures Job()
        {
            var j = data.Job();
            return new JobFeatures
            {
                Id = Guid.NewGuid(), Region = RegionRef.Parse("370202"), Division = 65, Type = JobType.FullTime,
                MinDegree = DegreeLevel.Bachelor, Majors = j.Majors, MinExperienceYears = j.MinExperienceYears,
                SalaryMax = j.SalaryMax, Keywords = j.Keywords, Occupation = Occupation(),
            };
        }
        TalentFeatures Talent()
        {
            var t = data.Talent();
            return new TalentFeatures
            {
                Id = Guid.NewGuid(), RegionCode = t.RegionCode, Regions = [RegionRef.Parse("370200")], Divisions = [65],
                Types = [JobType.FullTime], Degree = DegreeLevel.Bachelor, Major = t.Major, GraduationYear = t.GraduationYear,
                SalaryMin = t.SalaryMin, Keywords = t.Keywords,
                Positions = [.. Enumerable.Range(0, random.Next(4)).Select(_ => new PositionWish(Occupation(), RegionRef.None, 0)).DistinctBy(p => p.Occupation)],
            };
        }
        var jobs = Enumerable.Range(0, 3000).Select(_ => Job()).ToList();
        var talents = Enumerable.Range(0, 3000).Select(_ => Talent()).ToList();
        var index = new MatchIndex(workers);
        index.Load(jobs, talents, [], []);

        for (var q = 0; q < 100; q++)
        {
            var talent = Talent();
            var job = Job();

            Assert.Equal(BruteForce(jobs, j => j.Id, j => _scorer.Score(talent, j)), Found(index.JobsFor(talent, _scorer, Take), j => j.Id));
            Assert.Equal(BruteForce(talents, t => t.Id, t => _scorer.Score(t, job)), Found(index.TalentsFor(job, _scorer, Take, null), t => t.Id));
        }
    }

    [Fact]
    public void JobsForAndTalentsFor_ConfiguredFractionalWeights_StayExact()
    {
        var (index, jobs, talents, data) = RandomIndex(seed: 9);
        var weights = new MatchWeights
        {
            Region = 23.3f, Industry = 9.7f, JobType = 7.1f, Degree = 13.9f, Major = 16.45f, Skills = 17.3f, Salary = 6.15f,
            Experience = 6.1f, LessDevelopedPhdBonus = 7.7f, SameProvince = 0.35f, SameIndustrySection = 0.45f,
            SameMajorClass = 0.65f, SameMajorCategory = 0.35f, SalaryNear = 0.85f,
        };
        var scorer = new FitScorer(weights, Mapper.Sections, Year);

        for (var q = 0; q < 100; q++)
        {
            var talent = data.Talent();
            var job = data.Job();

            var foundJobs = index.JobsFor(talent, scorer, Take);
            var foundTalents = index.TalentsFor(job, scorer, Take, scopePrefix: null);

            Assert.Equal(BruteForce(jobs, j => j.Id, j => scorer.Score(talent, j)), Found(foundJobs, j => j.Id));
            Assert.Equal(BruteForce(talents, t => t.Id, t => scorer.Score(t, job)), Found(foundTalents, t => t.Id));
        }
    }

    [Fact]
    public void TalentsFor_Scope3702_OnlyTalentsLivingInOrFromQingdao()
    {
        var job = Job(region: "370202", division: 65);
        var living = Talent(household: "370212", nativePlace: "320102");
        var native = Talent(household: "110105", nativePlace: "370283");
        var outsider = Talent(household: "370102", nativePlace: "370102");
        var stranger = Talent(household: "320102");
        var index = new MatchIndex();
        foreach (var t in new[] { living, native, outsider, stranger }) index.PutTalent(t);

        var found = index.TalentsFor(job, _scorer, Take, scopePrefix: "3702");

        Assert.Equal(new HashSet<Guid> { living.Id, native.Id }, found.Select(s => s.Item.Id).ToHashSet());
        Assert.Equal(4, index.TalentsFor(job, _scorer, Take, scopePrefix: null).Count);
    }

    [Fact]
    public void TalentsFor_Scope3702OverRandomTalents_NeverReturnsATalentFromElsewhere()
    {
        var (index, _, _, data) = RandomIndex(seed: 8);

        for (var q = 0; q < 100; q++)
        {
            var found = index.TalentsFor(data.Job(), _scorer, 50, scopePrefix: "3702");

            Assert.NotEmpty(found);
            Assert.All(found, s => Assert.True(s.Item.RegionCode.StartsWith("3702", StringComparison.Ordinal)
                || s.Item.NativePlaceCode?.StartsWith("3702", StringComparison.Ordinal) == true));
        }
    }

    [Fact]
    public void PutJob_MovedToOtherCityAndDivision_IsFoundOnlyAtItsNewPlace()
    {
        var job = Job(region: "370202", division: 65, id: Id(1));
        var index = new MatchIndex();
        index.PutJob(job);
        for (var n = 2; n <= 30; n++) index.PutJob(Job(region: "370102", division: 13, id: Id(n)));
        var qingdaoSoftware = Talent(regions: ["370200"], divisions: [65]);
        var jinanFood = Talent(regions: ["370100"], divisions: [13]);
        Assert.Equal(job.Id, index.JobsFor(qingdaoSoftware, _scorer, 1)[0].Item.Id);

        var moved = Job(region: "370103", division: 13, id: job.Id);
        index.PutJob(moved);

        Assert.Equal(30, index.JobCount);
        Assert.Same(moved, index.Job(job.Id));
        var forJinan = index.JobsFor(jinanFood, _scorer, 100);
        Assert.Equal(30, forJinan.Count);
        Assert.Same(moved, Assert.Single(forJinan, s => s.Item.Id == job.Id).Item);
        var forQingdao = index.JobsFor(qingdaoSoftware, _scorer, 100);
        var found = Assert.Single(forQingdao, s => s.Item.Id == job.Id);
        Assert.Same(moved, found.Item);
        Assert.Equal(_scorer.Score(qingdaoSoftware, moved), found.Score);
    }

    [Fact]
    public void RemoveTalent_ConsentWithdrawn_NeverReturnedAgain()
    {
        var job = Job(region: "370202", division: 65);
        var leaving = Talent(regions: ["370200", "370100"], divisions: [65], id: Id(1));
        var staying = Talent(regions: ["370300"], divisions: [13], id: Id(2));
        var index = new MatchIndex();
        index.PutTalent(leaving);
        index.PutTalent(staying);

        index.RemoveTalent(leaving.Id);

        Assert.Equal(1, index.TalentCount);
        Assert.Null(index.Talent(leaving.Id));
        Assert.Equal([staying.Id], index.TalentsFor(job, _scorer, Take, scopePrefix: null).Select(s => s.Item.Id));
        Assert.Equal([staying.Id], index.TalentsFor(Job(region: "370102"), _scorer, Take, scopePrefix: null).Select(s => s.Item.Id));
    }

    [Fact]
    public void PutTalent_Changed_ReplacesTheOldOneInEveryGroup()
    {
        var index = new MatchIndex();
        var id = Id(1);
        index.PutTalent(Talent(regions: ["370200", "370100"], major: 80901, id: id));

        index.PutTalent(Talent(regions: ["320100"], major: 50201, degree: DegreeLevel.Doctorate, id: id));

        var found = Assert.Single(index.TalentsFor(Job(region: "370202", majors: [80901]), _scorer, Take, scopePrefix: null));
        Assert.Equal(DegreeLevel.Doctorate, found.Item.Degree);
    }

    [Theory]
    [InlineData("370200", "370100")]
    [InlineData("370202", "370203")]
    [InlineData("370000", "370200")]
    public void TalentsFor_TalentWishingTwoPlaces_AppearsOnce(string first, string second)
    {
        var index = new MatchIndex();
        var talent = Talent(regions: [first, second]);
        index.PutTalent(talent);
        index.PutTalent(Talent(regions: ["320100"]));

        var found = index.TalentsFor(Job(region: "370202"), _scorer, Take, scopePrefix: null);

        Assert.Equal(2, found.Count);
        Assert.Equal(talent.Id, found[0].Item.Id);
        Assert.Equal(_scorer.Score(talent, Job(region: "370202")), found[0].Score);
    }

    [Fact]
    public void JobsFor_EqualJobs_TiesKeepTheSmallestIdsInOrder()
    {
        var index = new MatchIndex();
        foreach (var n in new[] { 7, 3, 9, 1, 5, 2, 8, 4, 6 }) index.PutJob(Job(tags: ["Java"], id: Id(n)));

        var found = index.JobsFor(Talent(skills: ["Java"]), _scorer, 4);

        Assert.Equal([Id(1), Id(2), Id(3), Id(4)], found.Select(s => s.Item.Id));
    }

    [Fact]
    public void TalentsFor_EqualTalentsInDifferentGroups_TiesKeepTheSmallestIds()
    {
        var index = new MatchIndex();
        // Each talent sits in a group of its own, and each scores its group's best case for the job.
        string[] places = ["370200", "370100", "370300", "370400", "370600", "371300"];
        for (var n = places.Length; n >= 1; n--) index.PutTalent(Talent(regions: [places[n - 1]], skills: ["Java"], id: Id(n)));

        var found = index.TalentsFor(Job(region: "320102", tags: ["Java"]), _scorer, 2, scopePrefix: null);

        Assert.Equal([Id(1), Id(2)], found.Select(s => s.Item.Id));
    }

    [Fact]
    public void TopK_EqualScoresOfferedInAnyOrder_KeepsTheSmallestIds()
    {
        var top = new TopK<Guid>(3);

        foreach (var n in new[] { 6, 2, 5, 1, 4, 3 }) top.Offer(Id(n), 1f, Id(n));
        top.Offer(Id(9), 0.5f, Id(9));

        Assert.Equal([Id(1), Id(2), Id(3)], top.Sorted().Select(s => s.Item));
        Assert.Equal(1f, top.Beat);
    }

    [Fact]
    public void TopK_SharedByTwoThreadsOfferingTheSameItems_KeepsTheBestOnceEach()
    {
        var top = new TopK<Guid>(20, shared: true);
        var items = Enumerable.Range(1, 5000).Select(n => (Id: Id(n), Score: n % 97 / 97f)).ToList();

        // Both offer every item, as two cities' groups hold a talent wishing for both.
        Parallel.For(0, 2, _ =>
        {
            foreach (var (id, score) in items)
                if (top.MightTake(score, id)) top.Offer(id, score, id, once: true);
        });

        var expected = items.OrderByDescending(i => i.Score).ThenBy(i => i.Id).Take(20).Select(i => i.Id);
        Assert.Equal(expected, top.Sorted().Select(s => s.Item));
    }

    [Fact]
    public void MightTake_Full_OnlyAboveTheWorstOrEqualWithSmallerId()
    {
        var top = new TopK<Guid>(2);
        Assert.True(top.MightTake(0f, Id(9)));
        top.Offer(Id(4), 2f, Id(4));
        top.Offer(Id(5), 1f, Id(5));

        Assert.True(top.MightTake(1.5f, Id(9)));
        Assert.True(top.MightTake(1f, Id(3)));
        Assert.False(top.MightTake(1f, Id(5)));
        Assert.False(top.MightTake(1f, Id(6)));
        Assert.False(top.MightTake(0.5f, Id(1)));
        Assert.False(new TopK<Guid>(0).MightTake(100f, Id(1)));
    }

    [Fact]
    public void TopK_HigherScoreWithGreaterId_ReplacesTheWorst()
    {
        var top = new TopK<Guid>(2);
        top.Offer(Id(1), 1f, Id(1));
        top.Offer(Id(2), 2f, Id(2));

        top.Offer(Id(9), 3f, Id(9));

        Assert.Equal([Id(9), Id(2)], top.Sorted().Select(s => s.Item));
    }

    [Fact]
    public void JobsFor_TakeZeroOrEmptyIndex_ReturnsNothing()
    {
        var index = new MatchIndex();
        Assert.Empty(index.JobsFor(Talent(), _scorer, Take));
        index.PutJob(Job());

        Assert.Empty(index.JobsFor(Talent(), _scorer, 0));
    }
}
