using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace Yincai.Benchmarks;

/// <summary>
/// The officers' talent list under load: <c>workers</c> callers at once for <c>seconds</c>, each taking the benchmark cases
/// of <see cref="TalentListBenchmarks"/> in turn (the page's own query and capped count, on the seeded database of
/// <c>YINCAI_BENCH_ROWS</c> talents); prints requests a second and p50 / p99 / max per case.
/// </summary>
public static class TalentListLoad
{
    public static async Task RunAsync(int seconds, int workers, int warmup)
    {
        var list = new TalentListBenchmarks();
        list.Setup();
        var cases = typeof(TalentListBenchmarks).GetMethods()
            .Select(m => (Method: m, Attribute: m.GetCustomAttribute<BenchmarkAttribute>()))
            .Where(c => c.Attribute is not null)
            .Select(c => (Name: c.Attribute!.Description ?? c.Method.Name, Run: c.Method.CreateDelegate<Func<Task<int>>>(list)))
            .ToArray();
        Console.WriteLine($"// {warmup} s under load unrecorded, then {seconds} s recorded");
        foreach (var (_, run) in cases) await run(); // warm: plans, cache
        // Every worker once through every case before the clock starts, so that the connection pool holds a connection per
        // worker, as a running app's does, and the first seconds do not time PostgreSQL starting 32 backends.
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ => { foreach (var (_, run) in cases) await run(); }));
        // Under load for a while unrecorded first: the runtime recompiles the hot methods optimized (tiered compilation) in the
        // first half minute, 400–600 methods a second at 10–18 s (dotnet-counters), work a server that has run for a while no
        // longer does.
        if (warmup > 0) await LoadAsync(warmup, workers, cases, null);
        var times = cases.Select(_ => new List<double>()).ToArray();
        var wall = Stopwatch.StartNew();
        await LoadAsync(seconds, workers, cases, times);
        wall.Stop();
        var total = times.Sum(t => t.Count);
        Console.WriteLine($"talent-list-load: {TalentListBenchmarks.Rows:N0} talents, {workers} workers, {wall.Elapsed.TotalSeconds:F1} s, {total:N0} pages, {total / wall.Elapsed.TotalSeconds:F0} pages/s");
        Console.WriteLine("| case | pages | p50 ms | p99 ms | max ms |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        for (var c = 0; c < cases.Length; c++)
        {
            var sorted = times[c].Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {cases[c].Name} | {sorted.Length:N0} | {Percentiles.Of(sorted, 0.50):F1} | {Percentiles.Of(sorted, 0.99):F1} | {sorted.LastOrDefault():F1} |"));
        }
    }

    private static Task LoadAsync(int seconds, int workers, (string Name, Func<Task<int>> Run)[] cases, List<double>[]? times)
    {
        var until = Stopwatch.GetTimestamp() + Stopwatch.Frequency * seconds;
        return Task.WhenAll(Enumerable.Range(0, workers).Select(async worker =>
        {
            for (var i = worker; Stopwatch.GetTimestamp() < until; i++)
            {
                var index = i % cases.Length;
                // Each page enters the thread pool's common queue, as a server's request does; run on from the previous
                // page's thread, pages overtook one another and a few waited a second behind the rest.
                await Task.Yield();
                var start = Stopwatch.GetTimestamp();
                await cases[index].Run();
                var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (times is not null) lock (times[index]) times[index].Add(ms);
            }
        }));
    }
}
