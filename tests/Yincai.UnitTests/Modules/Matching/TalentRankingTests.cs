using Microsoft.Extensions.Options;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Matching;
using Yincai.Modules.Matching.Scoring;

namespace Yincai.UnitTests.Modules.Matching;

/// <summary>What travels between a copy with the talents elsewhere and the copy holding them (<see cref="TalentRankingEndpoint"/>),
/// and the settings that turn it on.</summary>
public sealed class TalentRankingTests
{
    private static FeatureMapper Mapper() => new(new IndustryCatalog(), Options.Create(new MatchingOptions()));

    private static ValidateOptionsResult Validate(MatchingOptions options) =>
        new DataAnnotationValidateOptions<MatchingOptions>(null).Validate(null, options);

    [Fact]
    public void Options_TalentsUrlWithoutKey_OrAShortKey_AreRefused()
    {
        Assert.True(Validate(new MatchingOptions()).Succeeded);
        Assert.True(Validate(new MatchingOptions { TalentsUrl = "http://matching:8080/", TalentsKey = new string('k', 32) }).Succeeded);

        var noKey = Validate(new MatchingOptions { TalentsUrl = "http://matching:8080/" });
        var shortKey = Validate(new MatchingOptions { TalentsUrl = "http://matching:8080/", TalentsKey = "short" });
        var notUrl = Validate(new MatchingOptions { TalentsUrl = "matching", TalentsKey = new string('k', 32) });

        Assert.True(noKey.Failed);
        Assert.Contains("TalentsKey", noKey.FailureMessage, StringComparison.Ordinal);
        Assert.True(shortKey.Failed);
        Assert.True(notUrl.Failed);
    }

    [Fact]
    public void Job_EncodedAndDecoded_ScoresAsTheOriginal()
    {
        var data = new RandomMatchData(5);
        var scorer = Mapper().Scorer(2026);
        var talents = Enumerable.Range(0, 50).Select(_ => data.Talent()).ToList();
        foreach (var job in Enumerable.Range(0, 50).Select(_ => data.Job()))
        {
            var decoded = MatchIndexSnapshot.DecodeJob(MatchIndexSnapshot.EncodeJob(job), Mapper());

            Assert.Equal(job.Id, decoded.Id);
            Assert.Equal(talents.Select(t => scorer.Score(t, job)), talents.Select(t => scorer.Score(t, decoded)));
        }
    }

    [Fact]
    public void Job_CutShortOrWithBytesPast_IsNotAJob()
    {
        var bytes = MatchIndexSnapshot.EncodeJob(new RandomMatchData(6).Job());

        Assert.Throws<InvalidDataException>(() => MatchIndexSnapshot.DecodeJob(bytes[..^3], Mapper()));
        Assert.Throws<InvalidDataException>(() => MatchIndexSnapshot.DecodeJob([.. bytes, 0], Mapper()));
    }

    [Fact]
    public void Ranking_EncodedAndDecoded_KeepsOrderIdsAndScores()
    {
        IReadOnlyList<Scored<Guid>> ranked = [new(Guid.NewGuid(), 91.25f), new(Guid.NewGuid(), 80f), new(Guid.NewGuid(), -3.5f)];

        var decoded = TalentRankingEndpoint.Decode(TalentRankingEndpoint.Encode(ranked));

        Assert.Equal(ranked, decoded);
        Assert.Throws<InvalidDataException>(() => TalentRankingEndpoint.Decode(new byte[21]));
    }
}
