using System.Diagnostics;
using Microsoft.Extensions.Options;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Matching;
using Yincai.Modules.Matching.Scoring;
using Yincai.Modules.Talents.Contracts;

namespace Yincai.Benchmarks;

/// <summary>
/// The memory of one app copy's matching index, as a copy builds it: rows generated and mapped 100,000 at a time and then
/// dropped (a copy streams them from the database), so that what stays is the features and the index, not the generator's
/// data. <c>--talents-elsewhere</c>: a copy with <c>Matching:TalentsUrl</c>, which reads no talents. Issue 16.
/// </summary>
public static class MatchingCopyRun
{
    private const int Chunk = 100_000;

    public static void Run(int jobs, int talents, bool holdsTalents, int probes)
    {
        var majors = new MajorCatalog();
        var industries = new IndustryCatalog();
        var mapper = new FeatureMapper(industries, Options.Create(new MatchingOptions()));
        var before = GC.GetTotalMemory(true);
        var watch = Stopwatch.StartNew();
        var jobFeatures = new List<JobFeatures>(jobs);
        var talentFeatures = new List<TalentFeatures>(holdsTalents ? talents : 0);
        var wanted = holdsTalents ? talents : 0;
        for (var from = 0; from < Math.Max(jobs, wanted); from += Chunk)
        {
            var j = Math.Clamp(jobs - from, 0, Chunk);
            var t = Math.Clamp(wanted - from, 0, Chunk);
            var data = new MatchingData(MatchingData.DefaultSeed + from, j, t, 0, majors, industries);
            var (jobRows, talentRows) = data.Rows(MatchingData.DefaultSeed + from);
            jobFeatures.AddRange(jobRows.Select(mapper.Job));
            talentFeatures.AddRange(talentRows.Select(mapper.Talent));
            if ((from / Chunk + 1) % 10 == 0)
                Console.WriteLine($"  {jobFeatures.Count:N0} jobs, {talentFeatures.Count:N0} talents mapped ({watch.Elapsed.TotalSeconds:F0} s)");
        }
        var mapped = watch.Elapsed;
        var index = new MatchIndex();
        index.Load(jobFeatures, talentFeatures, [], []);
        var probeTalents = Sample(talentFeatures, probes);
        var probeJobs = Sample(jobFeatures, probes);
        jobFeatures = null;
        talentFeatures = null;
        var heap = GC.GetTotalMemory(true) - before;
        Console.WriteLine($"{index.JobCount:N0} jobs, {index.TalentCount:N0} talents{(holdsTalents ? "" : " (talents elsewhere)")}: generated and mapped in "
            + $"{mapped.TotalSeconds:F0} s, MatchIndex.Load {(watch.Elapsed - mapped).TotalSeconds:F1} s; index {heap / 1048576.0:F0} MB managed heap");
        var scorer = mapper.Scorer(MatchingData.Year);
        if (probeTalents.Count > 0)
        {
            var (timing, _) = MatchingRun.Time(probeTalents, p => index.JobsFor(p, scorer, 20).Select(s => s.Item.Id).ToList());
            Console.WriteLine($"jobs for a talent, {probeTalents.Count} sampled talents: p50 {timing.P50:F2} ms, p99 {timing.P99:F2} ms");
        }
        if (holdsTalents && probeJobs.Count > 0)
        {
            var (timing, _) = MatchingRun.Time(probeJobs, p => index.TalentsFor(p, scorer, 20, null).Select(s => s.Item.Id).ToList());
            Console.WriteLine($"talents for a job, {probeJobs.Count} sampled jobs: p50 {timing.P50:F2} ms, p99 {timing.P99:F2} ms");
        }
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"heap after the queries {GC.GetTotalMemory(false) / 1048576.0:F0} MB; working set {Environment.WorkingSet / 1048576.0:F0} MB now, "
            + $"{process.PeakWorkingSet64 / 1048576.0:F0} MB peak (VmHWM, generation of the rows included)");
        GC.KeepAlive(index);
    }

    /// <summary>Every n-th item, so the sample spreads over the whole index.</summary>
    private static List<T> Sample<T>(List<T> items, int count) =>
        count <= 0 || items.Count == 0 ? [] : Enumerable.Range(0, Math.Min(count, items.Count)).Select(i => items[(int)((long)i * items.Count / Math.Min(count, items.Count))]).ToList();
}
