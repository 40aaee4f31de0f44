using Yincai.Benchmarks;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Talents.Contracts;

namespace Yincai.UnitTests.Modules.Matching;

/// <summary>Each benchmark method of bench/Yincai.Benchmarks/MatchingBenchmarks.cs, called once on a tiny generated set
/// (the file and its generator are compiled into this project; see the csproj).</summary>
public class MatchingBenchmarksSmokeTests
{
    [Fact]
    public void Each_benchmark_method_runs_once_on_a_tiny_set()
    {
        var bench = new MatchingBenchmarks { Size = 400 };
        bench.Setup();
        Assert.Equal(20 * 20, bench.JobsFor());
        Assert.Equal(20 * 20, bench.TalentsFor());
    }

    [Fact]
    public void The_generator_is_seeded_and_labels_fit_their_probes()
    {
        var a = new MatchingData(7, 2_000, 2_000, 50, new MajorCatalog(), new IndustryCatalog());
        var b = new MatchingData(7, 2_000, 2_000, 50, new MajorCatalog(), new IndustryCatalog());
        Assert.Equal(2_000, a.Jobs.Count);
        Assert.Equal(2_000, a.Talents.Count);
        Assert.Equal(a.Jobs.Select(j => j.Description), b.Jobs.Select(j => j.Description));
        Assert.All(a.JobLabels.Where(l => l.Grade == 2), l =>
        {
            var (talent, job) = (a.Talents[l.Probe], a.Jobs[l.Item]);
            Assert.Contains(job.IndustryCode, talent.Industries);
            Assert.Contains(job.Type, talent.Types);
            Assert.True(job.MinDegree <= talent.Degree);
            Assert.Contains(talent.Major.Code, job.MajorCodes);
            Assert.True(job.SalaryMaxYuan >= talent.SalaryMinYuan);
        });
    }
}
