using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Options;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Matching;
using Yincai.Modules.Matching.Scoring;
using Yincai.Modules.Talents.Contracts;

namespace Yincai.Benchmarks;

/// <summary>
/// The engine's top-20 queries on generated data held in memory (no database): <see cref="MatchIndex.JobsFor"/> for
/// probe talents and <see cref="MatchIndex.TalentsFor"/> for probe jobs, over <see cref="Rows"/> jobs and as many
/// talents (YINCAI_BENCH_MATCHING_ROWS, default 100,000). One operation is one query. This file holds no run
/// configuration (MatchingBenchmarks.Job.cs does), so that the unit tests can compile it and call each method once.
/// </summary>
public partial class MatchingBenchmarks
{
    public const int Probes = 100;

    public static int Rows => int.TryParse(Environment.GetEnvironmentVariable("YINCAI_BENCH_MATCHING_ROWS"), out var n) ? n : 100_000;

    private readonly MatchIndex _index = new();
    private FitScorer _scorer = null!;
    private List<TalentFeatures> _talents = [];
    private List<JobFeatures> _jobs = [];

    /// <summary>The number of jobs and of talents; set before <see cref="Setup"/>.</summary>
    public int Size { get; set; } = Rows;

    [GlobalSetup]
    public void Setup()
    {
        var data = new MatchingData(MatchingData.DefaultSeed, Size, Size, Probes, new MajorCatalog(), new IndustryCatalog());
        var (jobs, talents) = data.Rows(MatchingData.DefaultSeed);
        var mapper = new FeatureMapper(new IndustryCatalog(), Options.Create(new MatchingOptions()));
        _index.Load(jobs.Select(mapper.Job), talents.Select(mapper.Talent), [], []);
        _scorer = mapper.Scorer(MatchingData.Year);
        _talents = data.ProbeTalents.Select(i => _index.Talent(talents[i].Id)!).ToList();
        _jobs = data.ProbeJobs.Select(i => _index.Job(jobs[i].Id)!).ToList();
    }

    [Benchmark(OperationsPerInvoke = Probes, Description = "top-20 jobs for a talent")]
    public int JobsFor()
    {
        var found = 0;
        foreach (var talent in _talents) found += _index.JobsFor(talent, _scorer, 20).Count;
        return found;
    }

    [Benchmark(OperationsPerInvoke = Probes, Description = "top-20 talents for a job")]
    public int TalentsFor()
    {
        var found = 0;
        foreach (var job in _jobs) found += _index.TalentsFor(job, _scorer, 20, null).Count;
        return found;
    }
}
