using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace Yincai.Benchmarks;

/// <summary>The graduates' pages under load (issue #17): each case of <see cref="GraduateListBenchmarks"/> alone, <c>runs</c> times one
/// after another, then p50 / p95 / max; the target is p95 ≤ 300 ms.</summary>
public static class GraduateListLoad
{
    public static async Task RunAsync(int runs)
    {
        var list = new GraduateListBenchmarks();
        list.Setup();
        Console.WriteLine($"graduate-list: {runs} runs a case, one at a time");
        Console.WriteLine("| case | p50 ms | p95 ms | max ms |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        foreach (var (name, run) in typeof(GraduateListBenchmarks).GetMethods()
                     .Select(m => (Method: m, Attribute: m.GetCustomAttribute<BenchmarkAttribute>())).Where(c => c.Attribute is not null)
                     .Select(c => (c.Attribute!.Description ?? c.Method.Name, c.Method.CreateDelegate<Func<Task<int>>>(list))))
        {
            await run();
            var times = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var start = Stopwatch.GetTimestamp();
                await run();
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            var sorted = times.Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {Percentiles.Of(sorted, 0.50):F1} | {Percentiles.Of(sorted, 0.95):F1} | {sorted[^1]:F1} |"));
        }
    }
}
