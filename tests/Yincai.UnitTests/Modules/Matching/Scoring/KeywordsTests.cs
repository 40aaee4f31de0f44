using Yincai.Modules.Matching.Scoring;

namespace Yincai.UnitTests.Modules.Matching.Scoring;

public sealed class KeywordsTests
{
    [Fact]
    public void Similarity_EmptyOrDisjoint_IsZero()
    {
        var java = Keywords.Of(["Java"]);

        Assert.Equal(0f, Keywords.Similarity(Keywords.None, java));
        Assert.Equal(0f, Keywords.Similarity(java, Keywords.None));
        Assert.Equal(0f, Keywords.Similarity(Keywords.None, Keywords.None));
        Assert.Equal(0f, Keywords.Similarity(java, Keywords.Of(["会计"])));
    }

    [Fact]
    public void Similarity_SameTerms_IsOne()
    {
        Assert.Equal(1f, Keywords.Similarity(Keywords.Of(["Java", "数据分析"]), Keywords.Of(["数据分析", "Java"])), 5);
    }

    [Fact]
    public void Similarity_JobAskingMoreOfTheTalentsSkills_ScoresHigher()
    {
        var talent = Keywords.Of(["Java", "Spring", "MySQL", "Redis"]);
        var three = Keywords.Of(["Java", "Spring", "MySQL", "Excel"]);
        var one = Keywords.Of(["Java", "Excel", "Word", "PPT"]);

        Assert.True(Keywords.Similarity(talent, three) > Keywords.Similarity(talent, one));
    }

    [Fact]
    public void Similarity_TagSharedAboveSamePhraseInDescriptionOnly()
    {
        // The talent's skill among the job's tags counts more than the same word further down its description.
        var talent = Keywords.Of(["机器学习"]);
        var tagged = Keywords.Weigh([(["机器学习", "Python"], 1f), (["负责数据平台建设"], 0.1f)]);
        var described = Keywords.Weigh([(["Python", "数据平台"], 1f), (["负责机器学习"], 0.1f)]);

        Assert.True(Keywords.Similarity(talent, tagged) > Keywords.Similarity(talent, described));
        Assert.True(Keywords.Similarity(talent, described) > 0f);
    }

    [Fact]
    public void Weigh_TermInTwoFields_TakesTheHeavierWeight()
    {
        var keywords = Keywords.Weigh([(["Java"], 1f), (["精通Java"], 0.2f)]);

        var terms = keywords.Terms.ToList();
        var weights = keywords.Weights.ToList();
        Assert.Equal(1f, weights[terms.IndexOf(Keywords.Key(TextGrams.Hash("java")))]);
        Assert.Equal(0.2f, weights[terms.IndexOf(Keywords.Key(TextGrams.Hash("精通")))], 2);
    }

    [Fact]
    public void Similarity_RandomSets_BetweenZeroAndOneAndSymmetric()
    {
        var random = new Random(11);
        string[] vocabulary = ["Java", "Go", "SQL", "数据分析", "机器学习", "会计", "审计", "CAD", "护理", "教学", "销售", "Python"];

        for (var i = 0; i < 500; i++)
        {
            var a = Keywords.Weigh([(vocabulary.Where(_ => random.Next(3) == 0), 1f), (vocabulary.Where(_ => random.Next(4) == 0), 0.3f)]);
            var b = Keywords.Weigh([(vocabulary.Where(_ => random.Next(3) == 0), 1f), (vocabulary.Where(_ => random.Next(4) == 0), 0.3f)]);

            var similarity = Keywords.Similarity(a, b);

            Assert.InRange(similarity, 0f, 1f);
            Assert.Equal(similarity, Keywords.Similarity(b, a));
        }
    }

    [Fact]
    public void KeywordBound_RandomSets_NeverBelowTheSimilarity()
    {
        var random = new Random(12);
        var vocabulary = Enumerable.Range(0, 400).Select(i => $"词{i}").Concat(["Java", "数据分析", "机器学习", "会计"]).ToArray();
        var tight = 0;

        for (var i = 0; i < 2000; i++)
        {
            var query = Keywords.Weigh([(vocabulary.Where(_ => random.Next(40) == 0), 1f), (vocabulary.Where(_ => random.Next(60) == 0), 0.5f)]);
            var row = Keywords.Weigh([(vocabulary.Where(_ => random.Next(30) == 0), 1f), (vocabulary.Where(_ => random.Next(20) == 0), 0.1f)]);

            var most = new KeywordBound(query).Most(new KeywordSlot(row));

            Assert.True(most >= Keywords.Similarity(query, row), $"bound {most} below {Keywords.Similarity(query, row)}");
            if (most < 1f) tight++;
        }
        // A bound that is always 1 would be correct and useless.
        Assert.True(tight > 1000, $"only {tight} bounds below 1");
    }
}
