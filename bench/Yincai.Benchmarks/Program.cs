using System.Diagnostics;
using BenchmarkDotNet.Running;
using MiniExcelLibs;

using Yincai.Modules.Talents.Contracts;
using Yincai.Modules.Talents.Demo;

namespace Yincai.Benchmarks;

/// <summary>dotnet run -c Release --project bench/Yincai.Benchmarks -- &lt;command&gt;; see bench/README.md.</summary>
public static class Bench
{
    // Not top-level statements: those would declare a Program class that clashes with the web host's.
    public static async Task Main(string[] args)
    {
        var command = args.FirstOrDefault() ?? "help";
        int Rows(int fallback) => Option("--rows") is { } r ? int.Parse(r, System.Globalization.CultureInfo.InvariantCulture) : fallback;
        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        // The generated people as an import workbook, written unless the file is there already.
        static async Task WorkbookAsync(string path, int rows, int seed)
        {
            if (File.Exists(path)) return;
            var generator = new TalentGenerator(seed, DateOnly.FromDateTime(TalentSeed.NowUtc), new UniversityCatalog(), new MajorCatalog(), outsideShare: 0);
            await MiniExcel.SaveAsAsync(path, generator.Generate(rows).Select(ImportTemplate.Cells), overwriteFile: true);
        }

        if (Option("--spread") is { } spread) MatchingRun.SpreadProbes = int.Parse(spread, System.Globalization.CultureInfo.InvariantCulture);
        if (Option("--rounds") is { } rounds) MatchingRun.SpreadRounds = int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture);
        switch (command)
        {
            case "generate":
            {
                var rows = Rows(100_000);
                var path = Option("--out") ?? $"talents-{rows}.xlsx";
                var generator = new TalentGenerator(2026, DateOnly.FromDateTime(TalentSeed.NowUtc), new UniversityCatalog(), new MajorCatalog(), outsideShare: 0);
                var watch = Stopwatch.StartNew();
                await MiniExcel.SaveAsAsync(path, generator.Generate(rows).Select(ImportTemplate.Cells), overwriteFile: true);
                Console.WriteLine($"{rows:N0} talents written to {path} ({new FileInfo(path).Length / 1024.0 / 1024.0:F1} MB) in {watch.Elapsed.TotalSeconds:F1} s");
                break;
            }
            case "copy":
            {
                var rows = Rows(100_000);
                var database = await BenchDatabase.CreateAsync(BenchDatabase.ServerConnectionString(Option("--pg")), "yincai_bench_copy");
                var generator = new TalentGenerator(2026, DateOnly.FromDateTime(TalentSeed.NowUtc), new UniversityCatalog(), new MajorCatalog(), outsideShare: 0);
                var generated = generator.Generate(rows).ToList();
                var watch = Stopwatch.StartNew();
                var entities = new TalentEntities(TalentSeed.Protection, new UniversityCatalog(), new MajorCatalog(), TalentSeed.NowUtc);
                var pairs = generated.Select(entities.From).ToList();
                var prepare = watch.Elapsed;
                watch.Restart();
                await EntityCopy.CopyAsync(database, pairs.Select(p => p.Talent));
                await EntityCopy.CopyAsync(database, pairs.Select(p => p.Education));
                var copy = watch.Elapsed;
                Console.WriteLine($"COPY baseline, {rows:N0} talents + {rows:N0} educations into PostgreSQL:");
                Console.WriteLine($"  encrypt + build entities: {prepare.TotalSeconds:F2} s");
                Console.WriteLine($"  binary COPY:              {copy.TotalSeconds:F2} s ({rows / copy.TotalSeconds:N0} talents/s)");
                break;
            }
            case "import":
            {
                var rows = Rows(100_000);
                var path = Option("--file") ?? $"talents-{rows}.xlsx";
                await WorkbookAsync(path, rows, seed: 2026);
                // --warmup-rows N: N other people (another seed) imported first, unrecorded.
                string? warmup = null;
                if (Option("--warmup-rows") is { } w && int.Parse(w, System.Globalization.CultureInfo.InvariantCulture) is var warmRows and > 0)
                    await WorkbookAsync(warmup = $"talents-warmup-{warmRows}.xlsx", warmRows, seed: 2027);
                await ImportRun.RunAsync(BenchDatabase.ServerConnectionString(Option("--pg")), path, warmup);
                break;
            }
            case "matching":
            {
                int Count(string name, int fallback) => Option(name) is { } v ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;
                await MatchingRun.RunAsync(BenchDatabase.ServerConnectionString(Option("--pg")), Count("--jobs", 100_000), Count("--talents", 100_000),
                    Count("--probes", 1_000), args.Contains("--generate"), Option("--methods") ?? "abc", Option("--lucene"));
                break;
            }
            case "matching-memory":
            {
                int Count(string name, int fallback) => Option(name) is { } v ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;
                MatchingMemoryRun.Run(Count("--jobs", 100_000), Count("--talents", 100_000), Count("--probes", 1_000), !args.Contains("--no-occupations"));
                break;
            }
            case "matching-copy":
            {
                int Count(string name, int fallback) => Option(name) is { } v ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;
                MatchingCopyRun.Run(Count("--jobs", 1_000_000), Count("--talents", 1_000_000), !args.Contains("--talents-elsewhere"), Count("--probes", 500));
                break;
            }
            case "events-load":
            {
                int Count(string name, int fallback) => Option(name) is { } v ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;
                Environment.ExitCode = await EventsLoad.RunAsync(args.Contains("--pg") ? BenchDatabase.ServerConnectionString(Option("--pg")) : null,
                    Count("--talents", 2_000), Count("--seats", 300), Count("--concurrency", 64), Count("--events", 1), Count("--copies", 1),
                    Option("--db-delay-ms") is { } delay ? double.Parse(delay, System.Globalization.CultureInfo.InvariantCulture) : 0, Count("--warmup", 0));
                break;
            }
            case "job-search":
            {
                int Count(string name, int fallback) => Option(name) is { } v ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;
                await JobSearchRun.RunAsync(BenchDatabase.ServerConnectionString(Option("--pg")), Option("--db") ?? "yincai_bench_matching_1000000_10000",
                    Option("--lucene") ?? "/work/lucene-jobs", args.Contains("--rebuild"), Count("--seconds", 20), Count("--workers", 32), Count("--keywords", 400),
                    Option("--today") is { } today ? DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture) : new DateOnly(2026, 12, 3));
                break;
            }
            case "graduate-list":
                await GraduateListLoad.RunAsync(Option("--runs") is { } r ? int.Parse(r, System.Globalization.CultureInfo.InvariantCulture) : 40);
                break;
            case "talent-list-load":
            {
                int Count(string name, int fallback) => Option(name) is { } v ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;
                await TalentListLoad.RunAsync(Count("--seconds", 20), Count("--workers", 32), Count("--warmup", 30));
                break;
            }
            case "benefit-finder":
            {
                int Count(string name, int fallback) => Option(name) is { } v ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;
                await BenefitFinderRun.RunAsync(BenchDatabase.ServerConnectionString(Option("--pg")), Rows(1_000_000), Count("--benefits", 20));
                break;
            }
            case "help":
                Console.WriteLine("commands: generate [--rows N] [--out file.xlsx] | copy [--rows N] [--pg CS] | import [--rows N] [--file f.xlsx] [--warmup-rows N] [--pg CS] | matching [--jobs N] [--talents N] [--probes N] [--generate] [--methods abc] [--lucene dir] [--pg CS] | matching-memory [--jobs N] [--talents N] [--probes N] [--spread N] [--rounds R] [--no-occupations] | matching-copy [--jobs N] [--talents N] [--talents-elsewhere] [--probes N] (issue 16: one copy's index memory) | events-load [--talents N] [--seats N] [--concurrency N] [--events N] [--copies N] [--db-delay-ms D] [--warmup S] [--pg CS] | job-search [--db name] [--lucene dir] [--rebuild] [--seconds S] [--workers N] [--keywords N] [--today yyyy-MM-dd] [--pg CS] | talent-list-load [--seconds S] [--workers N] [--warmup S] (YINCAI_BENCH_ROWS talents) | graduate-list [--runs N] (issue #17: 1M graduates, 3M services) | benefit-finder [--rows N] [--benefits 20] [--pg CS] (issue 18: policy finds people, full and incremental) | bench (BenchmarkDotNet: --filter *TalentList*)");
                break;
            default:
                BenchmarkSwitcher.FromAssembly(typeof(TalentListBenchmarks).Assembly).Run(command == "bench" ? args[1..] : args);
                break;
        }
    }
}
