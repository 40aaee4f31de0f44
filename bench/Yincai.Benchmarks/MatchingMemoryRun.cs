using System.Diagnostics;
using Microsoft.Extensions.Options;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Matching;
using Yincai.Modules.Matching.Scoring;
using Yincai.Modules.Talents.Contracts;

namespace Yincai.Benchmarks;

/// <summary>
/// The engine alone on generated data in memory (no database): the same generator, labels and measures as
/// <see cref="MatchingRun"/>, for tuning the engine in a minute rather than a quarter of an hour. The figures of record
/// come from <c>matching</c>, which reads the same kind of data back from PostgreSQL.
/// </summary>
public static class MatchingMemoryRun
{
    public static void Run(int jobs, int talents, int probes, bool occupations = true)
    {
        var watch = Stopwatch.StartNew();
        var data = new MatchingData(MatchingData.DefaultSeed, jobs, talents, probes, new MajorCatalog(), new IndustryCatalog());
        var (jobRows, talentRows) = data.Rows(MatchingData.DefaultSeed, ordered: true, occupations);
        Console.WriteLine($"generated {jobs:N0} jobs and {talents:N0} talents in {watch.Elapsed.TotalSeconds:F1} s"
            + (occupations ? "" : ", occupations and wanted positions left out"));
        var mapper = new FeatureMapper(new IndustryCatalog(), Options.Create(new MatchingOptions()));
        var index = new MatchIndex();
        var before = GC.GetTotalMemory(true);
        watch.Restart();
        var jobFeatures = jobRows.Select(mapper.Job).ToList();
        var talentFeatures = talentRows.Select(mapper.Talent).ToList();
        var mapped = watch.Elapsed;
        index.Load(jobFeatures, talentFeatures, [], []);
        jobFeatures = null; talentFeatures = null;
        var memory = GC.GetTotalMemory(true) - before;
        Console.WriteLine($"mapped in {mapped.TotalSeconds:F1} s, MatchIndex.Load in {(watch.Elapsed - mapped).TotalSeconds:F1} s, ≈ {memory / 1048576.0:F0} MB managed heap (rows included)");

        var scorer = mapper.Scorer(MatchingData.Year);
        var jobLabels = Labels(data.JobLabels, talentRows.Select(t => t.Id).ToList(), jobRows.Select(j => j.Id).ToList());
        var talentLabels = Labels(data.TalentLabels, jobRows.Select(j => j.Id).ToList(), talentRows.Select(t => t.Id).ToList());
        var probeTalents = data.ProbeTalents.Select(i => index.Talent(talentRows[i].Id)!).ToList();
        var probeJobs = data.ProbeJobs.Select(i => index.Job(jobRows[i].Id)!).ToList();
        if (Environment.GetEnvironmentVariable("YINCAI_BENCH_MATCHING_DEBUG") is { } debug)
            foreach (var j in probeJobs.Take(int.Parse(debug)))
            {
                Console.WriteLine($"JOB div {j.Division} majors {string.Join(",", j.Majors)} type {j.Type} deg {j.MinDegree} exp {j.MinExperienceYears} sal {j.SalaryMax} tags {jobRows.First(r => r.Id == j.Id).Tags.Aggregate((a, b) => a + "," + b)}");
                var labels = talentLabels[j.Id];
                var rank = 0;
                foreach (var s in index.TalentsFor(j, scorer, 20, null))
                    Console.WriteLine($" #{rank++,2} {s.Score,6:F2} L{labels.GetValueOrDefault(s.Item.Id)} {Describe(scorer, s.Item, j)} skills {talentRows.First(r => r.Id == s.Item.Id).Skills.Aggregate((a, b) => a + "," + b)}");
                foreach (var (id, grade) in labels)
                {
                    var t = index.Talent(id)!;
                    Console.WriteLine($"  L{grade} {scorer.Score(t, j),6:F2} {Describe(scorer, t, j)} skills {talentRows.First(r => r.Id == id).Skills.Aggregate((a, b) => a + "," + b)}");
                }
            }
        var (jobsFor, jobsResults) = MatchingRun.Time(probeTalents, t => index.JobsFor(t, scorer, 20).Select(s => s.Item.Id).ToList());
        var (talentsFor, talentsResults) = MatchingRun.Time(probeJobs, j => index.TalentsFor(j, scorer, 20, null).Select(s => s.Item.Id).ToList());
        var jq = MatchingRun.Score(probeTalents.Select(t => t.Id), jobsResults, jobLabels);
        var tq = MatchingRun.Score(probeJobs.Select(j => j.Id), talentsResults, talentLabels);
        Console.WriteLine($"jobs for a talent: p50 {jobsFor.P50:F2} ms, p99 {jobsFor.P99:F2} ms, mean {jobsFor.Mean:F2} ms; recall@20 {jq.Recall:F3}, nDCG@20 {jq.Ndcg:F3}");
        Console.WriteLine($"talents for a job: p50 {talentsFor.P50:F2} ms, p99 {talentsFor.P99:F2} ms, mean {talentsFor.Mean:F2} ms; recall@20 {tq.Recall:F3}, nDCG@20 {tq.Ndcg:F3}");
        MatchingRun.TimeSpread(index, scorer, MatchingRun.SpreadProbes);
        Snapshot(index, jobs, talents);
        Console.WriteLine($"heap after the queries {GC.GetTotalMemory(true) / 1048576.0:F0} MB; peak working set {Environment.WorkingSet / 1048576.0:F0} MB now, "
            + $"{System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB peak (VmHWM)");
        GC.KeepAlive(index);
    }

    /// <summary>The start of a copy from a snapshot (issue #16) against mapping the rows: write the index, read it back into
    /// a new one.</summary>
    private static void Snapshot(MatchIndex index, int jobs, int talents)
    {
        var path = Path.Combine(Path.GetTempPath(), $"yincai-matching-snapshot-{jobs}-{talents}.bin");
        var mapper = new FeatureMapper(new IndustryCatalog(), Options.Create(new MatchingOptions()));
        var watch = Stopwatch.StartNew();
        MatchIndexSnapshot.Write(path, new(TimeProvider.System.GetUtcNow().UtcDateTime, mapper.Settings, 0, []), index.Contents());
        var written = watch.Elapsed;
        watch.Restart();
        var read = MatchIndexSnapshot.Read(path, mapper);
        var reading = watch.Elapsed;
        var copy = new MatchIndex();
        copy.Load(read.Jobs, read.Talents, read.Demands, read.Projects);
        Console.WriteLine($"snapshot: {new FileInfo(path).Length / 1048576.0:F0} MB written in {written.TotalSeconds:F1} s; read and checked in "
            + $"{reading.TotalSeconds:F1} s, MatchIndex.Load {(watch.Elapsed - reading).TotalSeconds:F1} s ({copy.JobCount:N0} jobs, {copy.TalentCount:N0} talents)");
        File.Delete(path);
    }

    private static string Describe(FitScorer scorer, TalentFeatures t, JobFeatures j) =>
        string.Join(" ", scorer.Explain(t, j, [], []).Where(r => r.Points > 0 || r.Level != FitLevel.Open).Select(r => $"{r.Aspect.ToString()[..3]}={r.Points:F1}"));

    private static Dictionary<Guid, Dictionary<Guid, int>> Labels(IEnumerable<MatchLabel> labels, List<Guid> probeIds, List<Guid> itemIds)
    {
        var result = new Dictionary<Guid, Dictionary<Guid, int>>();
        foreach (var l in labels)
        {
            if (!result.TryGetValue(probeIds[l.Probe], out var items)) result[probeIds[l.Probe]] = items = [];
            items[itemIds[l.Item]] = l.Grade;
        }
        return result;
    }
}
