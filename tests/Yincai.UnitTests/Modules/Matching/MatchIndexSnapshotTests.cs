using Microsoft.Extensions.Options;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Matching;
using Yincai.Modules.Matching.Scoring;

namespace Yincai.UnitTests.Modules.Matching;

public sealed class MatchIndexSnapshotTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "yincai-unit-snapshot-" + Guid.NewGuid().ToString("N") + ".bin");

    public void Dispose()
    {
        if (File.Exists(_path)) File.Delete(_path);
    }

    private static FeatureMapper Mapper() => new(new IndustryCatalog(), Options.Create(new MatchingOptions()));

    private static MatchIndex Index(int rows)
    {
        var data = new RandomMatchData(11);
        var index = new MatchIndex();
        index.Load(Enumerable.Range(0, rows).Select(_ => data.Job()).ToList(), Enumerable.Range(0, rows).Select(_ => data.Talent()).ToList(), [], []);
        return index;
    }

    [Fact]
    public void Read_WrittenSnapshot_GivesTheSameFeaturesAndPosition()
    {
        var index = Index(300);
        var header = new MatchIndexSnapshot.Header(new DateTime(2026, 12, 3, 8, 0, 0, DateTimeKind.Utc), Mapper().Settings, 42, [(40, 41)]);
        MatchIndexSnapshot.Write(_path, header, index.Contents());

        var read = MatchIndexSnapshot.Read(_path, Mapper());

        Assert.Equal(42, read.Header.FeedPosition);
        Assert.Equal([(40L, 41L)], read.Header.Gaps);
        Assert.Equal(header.WrittenAtUtc, read.Header.WrittenAtUtc);
        Assert.Equal(300, read.Jobs.Count);
        Assert.Equal(300, read.Talents.Count);
        var scorer = Mapper().Scorer(2026);
        foreach (var job in read.Jobs)
        {
            var original = index.Job(job.Id)!;
            Assert.Equal(original.Majors, job.Majors);
            Assert.Equal(original.Keywords.Norm, job.Keywords.Norm);
            foreach (var talent in read.Talents.Take(5))
                Assert.Equal(scorer.Score(index.Talent(talent.Id)!, original), scorer.Score(talent, job));
        }
        foreach (var talent in read.Talents)
        {
            var original = index.Talent(talent.Id)!;
            Assert.Equal((original.RegionCode, original.NativePlaceCode, original.Degree, original.Major, original.GraduationYear, original.SalaryMin),
                (talent.RegionCode, talent.NativePlaceCode, talent.Degree, talent.Major, talent.GraduationYear, talent.SalaryMin));
            Assert.Equal(original.Regions, talent.Regions);
            Assert.Equal(original.Types, talent.Types);
        }
    }

    [Fact]
    public void Read_OneByteChanged_Throws()
    {
        MatchIndexSnapshot.Write(_path, new(DateTime.UnixEpoch, "", 1, []), Index(50).Contents());
        var bytes = File.ReadAllBytes(_path);
        bytes[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(_path, bytes);

        Assert.Throws<InvalidDataException>(() => MatchIndexSnapshot.Read(_path, Mapper()));
    }

    [Fact]
    public void Read_CutShort_Throws()
    {
        MatchIndexSnapshot.Write(_path, new(DateTime.UnixEpoch, "", 1, []), Index(50).Contents());
        var bytes = File.ReadAllBytes(_path);
        File.WriteAllBytes(_path, bytes[..(bytes.Length - 100)]);

        Assert.Throws<InvalidDataException>(() => MatchIndexSnapshot.Read(_path, Mapper()));
    }
}
