using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Matching;
using Yincai.Modules.Matching.Scoring;
using Yincai.Modules.Talents.Contracts;

namespace Yincai.Benchmarks;

/// <summary>
/// Issue #4: the matching engine against the SQL a contractor would write and Lucene.NET, in one run on the same
/// PostgreSQL data and the same labelled probes. For each: build time, memory, p50/p99/mean of top-20 jobs for a
/// probe talent and top-20 talents for a probe job, recall@20 and nDCG@20 against the generator's labels.
/// </summary>
public sealed class MatchingRun(string database, DateOnly today)
{
    /// <summary>How many spread probes each way (<c>--spread</c>, 2,000 by default; 0: none).</summary>
    public static int SpreadProbes { get; set; } = 2_000;

    private const int Take = 20;
    private const int WarmUp = 30;

    private Dictionary<Guid, Dictionary<Guid, int>> _jobLabels = [];
    private Dictionary<Guid, Dictionary<Guid, int>> _talentLabels = [];
    private List<TalentRow> _probeTalents = [];
    private List<JobRow> _probeJobs = [];
    private readonly List<Result> _results = [];

    public sealed record Result(string Method, string Build, string Memory, Stats JobsFor, Stats TalentsFor, Quality JobsQuality, Quality TalentsQuality);

    public sealed record Stats(double P50, double P99, double Mean, double Max = double.NaN, double BytesPerQuery = double.NaN);

    public sealed record Quality(double Recall, double Ndcg);

    public static async Task RunAsync(string server, int jobs, int talents, int probes, bool generate, string methods, string? lucenePath)
    {
        var database = generate || !await MatchingSeed.ExistsAsync(server, jobs, talents)
            ? await MatchingSeed.GenerateAsync(server, jobs, talents, probes)
            : new NpgsqlConnectionStringBuilder(server) { Database = MatchingSeed.DatabaseName(jobs, talents) }.ConnectionString;
        var run = new MatchingRun(database, DateOnly.FromDateTime(TalentSeed.NowUtc));
        await run.LoadLabelsAsync();
        Console.WriteLine($"{jobs:N0} jobs, {talents:N0} talents; {run._probeTalents.Count} probe talents ({run._jobLabels.Values.Sum(l => l.Count)} labelled jobs), "
            + $"{run._probeJobs.Count} probe jobs ({run._talentLabels.Values.Sum(l => l.Count)} labelled talents)");
        if (methods.Contains('a')) await run.EngineAsync();
        if (methods.Contains('b')) await run.SqlAsync();
        if (methods.Contains('c')) await run.LuceneAsync(lucenePath ?? Path.Combine(Path.GetTempPath(), $"yincai-lucene-{jobs}-{talents}"));
        run.Print();
    }

    private async Task LoadLabelsAsync()
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT direction, probe, item, grade FROM bench_match_label", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var labels = reader.GetString(0) == "J" ? _jobLabels : _talentLabels;
            if (!labels.TryGetValue(reader.GetGuid(1), out var items)) labels[reader.GetGuid(1)] = items = [];
            items[reader.GetGuid(2)] = reader.GetInt32(3);
        }
        await using var db = BenchDatabase.Open(database);
        var talentIds = _jobLabels.Keys.ToList();
        var jobIds = _talentLabels.Keys.ToList();
        // The rows matching reads, on the probes only.
        _probeTalents = (await new MatchableTalents(db).FindableAsync(talentIds, CancellationToken.None)).Values.OrderBy(t => t.Id).ToList();
        _probeJobs = (await db.Jobs.AsNoTracking().Where(j => jobIds.Contains(j.Id))
            .Select(j => new JobRow(j.Id, j.RegionCode, j.IndustryCode, j.Type, j.MinDegree, j.MajorCodes, j.MinExperienceYears,
                j.SalaryMinYuan, j.SalaryMaxYuan, j.Title, j.Tags, j.Description.Substring(0, 200))).ToListAsync()).OrderBy(j => j.Id).ToList();
    }

    // ---------------------------------------------------------------- (a) the engine

    private async Task EngineAsync()
    {
        Console.WriteLine("(a) engine: building the index from the database (MatchingSync.ReadAsync: MatchablePostings/MatchableTalents → FeatureMapper, two connections; MatchIndex.Load) ...");
        var mapper = new FeatureMapper(new IndustryCatalog(), Options.Create(new MatchingOptions()));
        var index = new MatchIndex();
        var before = GC.GetTotalMemory(true);
        var watch = Stopwatch.StartNew();
        await using (var db = BenchDatabase.Open(database))
        await using (var talentDb = BenchDatabase.Open(database))
        {
            db.Database.SetCommandTimeout(600);
            talentDb.Database.SetCommandTimeout(600);
            var (jobs, talents) = await MatchingSync.ReadAsync(new MatchablePostings(db).PublishedJobs(today),
                new MatchableTalents(talentDb).Findable(), mapper, CancellationToken.None);
            var read = watch.Elapsed;
            index.Load(jobs, talents, [], []);
            Console.WriteLine($"    read and mapped in {read.TotalSeconds:F1} s, MatchIndex.Load in {(watch.Elapsed - read).TotalSeconds:F1} s");
        }
        var build = watch.Elapsed;
        var memory = GC.GetTotalMemory(true) - before;
        Console.WriteLine($"    built {index.JobCount:N0} jobs + {index.TalentCount:N0} talents in {build.TotalSeconds:F1} s; index {memory / 1048576.0:F0} MB managed heap");
        var scorer = mapper.Scorer(today.Year);
        var talentFeatures = _probeTalents.Select(t => index.Talent(t.Id)!).ToList();
        var jobFeatures = _probeJobs.Select(j => index.Job(j.Id)!).ToList();
        if (Environment.GetEnvironmentVariable("YINCAI_BENCH_MATCHING_DEBUG") is { } debug)
            foreach (var t in talentFeatures.Take(int.Parse(debug, CultureInfo.InvariantCulture)))
            {
                Console.WriteLine($"talent {t.Id} degree {t.Degree} major {t.Major} regions {string.Join(",", t.Regions)} divisions {string.Join(",", t.Divisions)} types {string.Join(",", t.Types)} keywords {t.Keywords.Count}");
                foreach (var s in index.JobsFor(t, scorer, Take))
                    Console.WriteLine($"   {s.Score,6:F1} label {_jobLabels[t.Id].GetValueOrDefault(s.Item.Id)} {Describe(scorer, t, s.Item)}");
                foreach (var (id, grade) in _jobLabels[t.Id])
                    Console.WriteLine($" L{grade} {scorer.Score(t, index.Job(id)!),6:F1} {Describe(scorer, t, index.Job(id)!)}");
            }
        var (jobsFor, jobsResults) = Time(talentFeatures, t => index.JobsFor(t, scorer, Take).Select(s => s.Item.Id).ToList());
        var (talentsFor, talentsResults) = Time(jobFeatures, j => index.TalentsFor(j, scorer, Take, null).Select(s => s.Item.Id).ToList());
        TimeSpread(index, scorer, SpreadProbes);
        Add("(a) engine (MatchIndex)", $"{build.TotalSeconds:F1} s", $"{memory / 1048576.0:F0} MB (managed heap)", jobsFor, talentsFor,
            Score(_probeTalents.Select(t => t.Id), jobsResults, _jobLabels), Score(_probeJobs.Select(j => j.Id), talentsResults, _talentLabels));
        GC.KeepAlive(index);
    }

    private static string Describe(FitScorer scorer, TalentFeatures t, JobFeatures j) =>
        string.Join(" ", scorer.Explain(t, j, [], []).Select(r => $"{r.Aspect}={r.Points:F1}")) + $" region {j.Region} div {j.Division} majors {string.Join(",", j.Majors)}";

    // ---------------------------------------------------------------- (b) SQL on PostgreSQL

    /// <summary>The indexes a contractor would add for these queries: prefix search on the job's region with the
    /// filters beside it, GIN on the arrays that are filtered or intersected.</summary>
    public const string SqlIndexes = """
        CREATE INDEX IF NOT EXISTS bench_jobs_region_type_degree ON jobs_job ("RegionCode" varchar_pattern_ops, "Type", "MinDegree") WHERE "Status" = 3;
        CREATE INDEX IF NOT EXISTS bench_jobs_tags ON jobs_job USING gin ("Tags");
        CREATE INDEX IF NOT EXISTS bench_talents_regions ON talents_talent USING gin ("IntendedRegionCodes") WHERE "SharesWithEmployers" AND NOT "IsErased";
        CREATE INDEX IF NOT EXISTS bench_talents_types ON talents_talent USING gin ("IntendedJobTypes");
        CREATE INDEX IF NOT EXISTS bench_talents_skills ON talents_talent USING gin ("Skills");
        ANALYZE jobs_job; ANALYZE talents_talent;
        """;

    /// <summary>Filter by region prefix, job type and degree; score the rest with CASE expressions mirroring the
    /// engine's weights (industry, major, tag overlap, salary, experience); order by score.</summary>
    public const string JobsForTalentSql = """
        SELECT j."Id",
            (CASE WHEN left(j."IndustryCode", 2) = ANY(@divisions) THEN 10 ELSE 0 END)
          + (CASE WHEN @major = ANY(j."MajorCodes") THEN 15 WHEN cardinality(j."MajorCodes") = 0 THEN 12 ELSE 0 END)
          + 15.0 * LEAST(1.0, (SELECT count(*) FROM unnest(j."Tags") AS tag WHERE tag = ANY(@skills))::numeric / GREATEST(1, LEAST(cardinality(@skills), 8)))
          + (CASE WHEN @salary IS NULL OR j."SalaryMaxYuan" >= @salary THEN 5 ELSE 0 END)
          + (CASE WHEN j."MinExperienceYears" <= @years THEN 5 ELSE 0 END) AS score
        FROM jobs_job j
        WHERE j."Status" = 3 AND j."ValidUntil" >= @today
          AND j."RegionCode" LIKE ANY(@regions) AND j."Type" = ANY(@types) AND j."MinDegree" <= @degree
        ORDER BY score DESC, j."Id"
        LIMIT 20
        """;

    public const string TalentsForJobSql = """
        SELECT t."Id",
            (CASE WHEN cardinality(t."IntendedIndustryCodes") = 0 OR @division = ANY(t."IntendedIndustryCodes") THEN 10 ELSE 0 END)
          + (CASE WHEN t."MajorCode" = ANY(@majors) THEN 15 WHEN cardinality(@majors) = 0 THEN 12 ELSE 0 END)
          + 15.0 * LEAST(1.0, (SELECT count(*) FROM unnest(t."Skills") AS skill WHERE skill = ANY(@tags))::numeric / GREATEST(1, LEAST(cardinality(t."Skills"), 8)))
          + (CASE WHEN t."SalaryMinYuan" IS NULL OR t."SalaryMinYuan" <= @salary THEN 5 ELSE 0 END)
          + (CASE WHEN @experience = 0 OR t."GraduationYear" <= @year - @experience THEN 5 ELSE 0 END) AS score
        FROM talents_talent t
        WHERE t."SharesWithEmployers" AND NOT t."IsErased" AND t."IntendedRegionCodes" && @regions
          AND (cardinality(t."IntendedJobTypes") = 0 OR @type = ANY(t."IntendedJobTypes")) AND t."HighestDegree" >= @degree
        ORDER BY score DESC, t."Id"
        LIMIT 20
        """;

    private async Task SqlAsync()
    {
        Console.WriteLine("(b) SQL: adding the indexes ...");
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        var watch = Stopwatch.StartNew();
        await using (var create = new NpgsqlCommand(SqlIndexes, connection) { CommandTimeout = 0 }) await create.ExecuteNonQueryAsync();
        var build = watch.Elapsed;
        await using var size = new NpgsqlCommand("SELECT coalesce(sum(pg_relation_size(indexrelid)), 0)::bigint FROM pg_stat_user_indexes WHERE indexrelname LIKE 'bench_%'", connection);
        var indexBytes = (long)(await size.ExecuteScalarAsync())!;
        await using var tables = new NpgsqlCommand("SELECT (pg_total_relation_size('jobs_job') + pg_total_relation_size('talents_talent'))::bigint", connection);
        var tableBytes = (long)(await tables.ExecuteScalarAsync())!;
        Console.WriteLine($"    indexes in {build.TotalSeconds:F1} s, {indexBytes / 1048576.0:F0} MB");

        await using var jobsFor = new NpgsqlCommand(JobsForTalentSql, connection);
        var p = jobsFor.Parameters;
        p.Add(new NpgsqlParameter("divisions", NpgsqlDbType.Array | NpgsqlDbType.Text));
        p.Add(new NpgsqlParameter("major", NpgsqlDbType.Text));
        p.Add(new NpgsqlParameter("skills", NpgsqlDbType.Array | NpgsqlDbType.Text));
        p.Add(new NpgsqlParameter("salary", NpgsqlDbType.Integer));
        p.Add(new NpgsqlParameter("years", NpgsqlDbType.Integer));
        p.Add(new NpgsqlParameter("today", NpgsqlDbType.Date) { Value = today });
        p.Add(new NpgsqlParameter("regions", NpgsqlDbType.Array | NpgsqlDbType.Text));
        p.Add(new NpgsqlParameter("types", NpgsqlDbType.Array | NpgsqlDbType.Integer));
        p.Add(new NpgsqlParameter("degree", NpgsqlDbType.Integer));
        await jobsFor.PrepareAsync();
        var (jobStats, jobResults) = Time(_probeTalents, t =>
        {
            p["divisions"].Value = t.IntendedIndustryCodes.ToArray();
            p["major"].Value = (object?)t.MajorCode ?? DBNull.Value;
            p["skills"].Value = t.Skills.ToArray();
            p["salary"].Value = (object?)t.SalaryMinYuan ?? DBNull.Value;
            p["years"].Value = t.GraduationYear is { } y ? Math.Max(0, today.Year - y) : 0;
            p["regions"].Value = t.IntendedRegionCodes.Count == 0 ? ["%"] : t.IntendedRegionCodes.Select(Prefix).ToArray();
            p["types"].Value = t.IntendedJobTypes.Count == 0 ? new[] { 1, 2, 3, 4 } : t.IntendedJobTypes.Select(x => (int)x).ToArray();
            p["degree"].Value = (int)t.HighestDegree;
            return Ids(jobsFor);
        });

        await using var talentsFor = new NpgsqlCommand(TalentsForJobSql, connection);
        var q = talentsFor.Parameters;
        q.Add(new NpgsqlParameter("division", NpgsqlDbType.Text));
        q.Add(new NpgsqlParameter("majors", NpgsqlDbType.Array | NpgsqlDbType.Text));
        q.Add(new NpgsqlParameter("tags", NpgsqlDbType.Array | NpgsqlDbType.Text));
        q.Add(new NpgsqlParameter("salary", NpgsqlDbType.Integer));
        q.Add(new NpgsqlParameter("experience", NpgsqlDbType.Integer));
        q.Add(new NpgsqlParameter("year", NpgsqlDbType.Integer) { Value = today.Year });
        q.Add(new NpgsqlParameter("regions", NpgsqlDbType.Array | NpgsqlDbType.Text));
        q.Add(new NpgsqlParameter("type", NpgsqlDbType.Integer));
        q.Add(new NpgsqlParameter("degree", NpgsqlDbType.Integer));
        await talentsFor.PrepareAsync();
        var (talentStats, talentResults) = Time(_probeJobs, j =>
        {
            q["division"].Value = j.IndustryCode.Length >= 2 ? j.IndustryCode[..2] : j.IndustryCode;
            q["majors"].Value = j.MajorCodes.ToArray();
            q["tags"].Value = j.Tags.ToArray();
            q["salary"].Value = j.SalaryMaxYuan;
            q["experience"].Value = j.MinExperienceYears;
            q["regions"].Value = Ancestors(j.RegionCode);
            q["type"].Value = (int)j.Type;
            q["degree"].Value = (int)j.MinDegree;
            return Ids(talentsFor);
        });
        Add("(b) SQL on PostgreSQL", $"{build.TotalSeconds:F1} s (its indexes)",
            $"{indexBytes / 1048576.0:F0} MB of indexes on disk (tables {tableBytes / 1048576.0:F0} MB; shared_buffers is the server's)",
            jobStats, talentStats, Score(_probeTalents.Select(t => t.Id), jobResults, _jobLabels), Score(_probeJobs.Select(j => j.Id), talentResults, _talentLabels));
    }

    private static List<Guid> Ids(NpgsqlCommand command)
    {
        var ids = new List<Guid>(Take);
        using var reader = command.ExecuteReader();
        while (reader.Read()) ids.Add(reader.GetGuid(0));
        return ids;
    }

    /// <summary>A wished region as a LIKE prefix: 370000 → 37%, 370200 → 3702%, a county as itself.</summary>
    private static string Prefix(string code) =>
        code.EndsWith("0000", StringComparison.Ordinal) ? code[..2] + "%" : code.EndsWith("00", StringComparison.Ordinal) ? code[..4] + "%" : code;

    /// <summary>The codes a talent may have wished for to include a job here: the county, its city, its province.</summary>
    private static string[] Ancestors(string code) =>
        new[] { code, code[..4] + "00", code[..2] + "0000" }.Distinct().ToArray();

    // ---------------------------------------------------------------- (c) Lucene.NET

    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>How much the analysed text counts beside the constant-score clauses (whose boosts are the engine's
    /// weights): TF-IDF sums over a dozen bigrams come to tens of points.</summary>
    private const float TextBoost = 0.25f;

    private async Task LuceneAsync(string path)
    {
        Console.WriteLine($"(c) Lucene.NET: indexing into {path} ...");
        var sections = new IndustryCatalog().Divisions.ToDictionary(d => d.Code, d => d.Section);
        if (System.IO.Directory.Exists(path)) System.IO.Directory.Delete(path, recursive: true);
        var jobsPath = Path.Combine(path, "jobs");
        var talentsPath = Path.Combine(path, "talents");
        var watch = Stopwatch.StartNew();
        using var analyzer = new CJKAnalyzer(Version);
        await using (var db = BenchDatabase.Open(database))
        {
            db.Database.SetCommandTimeout(600);
            using (var dir = new MMapDirectory(new DirectoryInfo(jobsPath)))
            using (var writer = new IndexWriter(dir, new IndexWriterConfig(Version, analyzer) { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 256 }))
            {
                await foreach (var j in new MatchablePostings(db).PublishedJobs(today))
                {
                    var doc = new Document
                    {
                        new StringField("id", j.Id.ToString(), Field.Store.YES),
                        new StringField("city", j.RegionCode[..4], Field.Store.NO),
                        new StringField("prov", j.RegionCode[..2], Field.Store.NO),
                        new StringField("div", Division(j.IndustryCode), Field.Store.NO),
                        new StringField("sec", sections.GetValueOrDefault(Division(j.IndustryCode), "-"), Field.Store.NO),
                        new StringField("type", ((int)j.Type).ToString(CultureInfo.InvariantCulture), Field.Store.NO),
                        new StringField("deg", ((int)j.MinDegree).ToString(CultureInfo.InvariantCulture), Field.Store.NO),
                        new Int32Field("sal", j.SalaryMaxYuan, Field.Store.NO),
                        new Int32Field("exp", j.MinExperienceYears, Field.Store.NO),
                        new TextField("text", string.Join(' ', [j.Title, .. j.Tags, j.Description]), Field.Store.NO),
                    };
                    if (j.MajorCodes.Count == 0) doc.Add(new StringField("major", "any", Field.Store.NO));
                    foreach (var m in j.MajorCodes)
                    {
                        doc.Add(new StringField("major", m, Field.Store.NO));
                        doc.Add(new StringField("mclass", m[..4], Field.Store.NO));
                    }
                    writer.AddDocument(doc);
                }
                writer.Commit();
            }
            using (var dir = new MMapDirectory(new DirectoryInfo(talentsPath)))
            using (var writer = new IndexWriter(dir, new IndexWriterConfig(Version, analyzer) { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 256 }))
            {
                await foreach (var t in new MatchableTalents(db).Findable())
                {
                    var doc = new Document
                    {
                        new StringField("id", t.Id.ToString(), Field.Store.YES),
                        new StringField("deg", ((int)t.HighestDegree).ToString(CultureInfo.InvariantCulture), Field.Store.NO),
                        new StringField("major", t.MajorCode ?? "-", Field.Store.NO),
                        new StringField("mclass", t.MajorCode is { Length: >= 4 } m ? m[..4] : "-", Field.Store.NO),
                        new Int32Field("sal", t.SalaryMinYuan ?? 0, Field.Store.NO),
                        new Int32Field("gy", t.GraduationYear ?? 0, Field.Store.NO),
                        new TextField("text", string.Join(' ', [.. t.Skills, t.MajorName ?? ""]), Field.Store.NO),
                    };
                    foreach (var r in t.IntendedRegionCodes.DefaultIfEmpty("any")) doc.Add(new StringField("wreg", r, Field.Store.NO));
                    foreach (var d in t.IntendedIndustryCodes)
                    {
                        doc.Add(new StringField("div", Division(d), Field.Store.NO));
                        doc.Add(new StringField("sec", sections.GetValueOrDefault(Division(d), "-"), Field.Store.NO));
                    }
                    foreach (var x in t.IntendedJobTypes.Select(x => ((int)x).ToString(CultureInfo.InvariantCulture)).DefaultIfEmpty("any"))
                        doc.Add(new StringField("type", x, Field.Store.NO));
                    writer.AddDocument(doc);
                }
                writer.Commit();
            }
        }
        var build = watch.Elapsed;
        var disk = new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
        Console.WriteLine($"    indexed in {build.TotalSeconds:F1} s, {disk / 1048576.0:F0} MB on disk");

        var before = GC.GetTotalMemory(true);
        using var jobsDir = new MMapDirectory(new DirectoryInfo(jobsPath));
        using var talentsDir = new MMapDirectory(new DirectoryInfo(talentsPath));
        using var jobsReader = DirectoryReader.Open(jobsDir);
        using var talentsReader = DirectoryReader.Open(talentsDir);
        var jobs = new IndexSearcher(jobsReader);
        var talents = new IndexSearcher(talentsReader);
        jobs.Search(new TermQuery(new Lucene.Net.Index.Term("prov", "37")), 1);
        talents.Search(new TermQuery(new Lucene.Net.Index.Term("deg", "2")), 1);
        var memory = GC.GetTotalMemory(true) - before;

        var (jobStats, jobResults) = Time(_probeTalents, t =>
        {
            var filter = new BooleanQuery
            {
                { Any(t.IntendedRegionCodes.Select(r => r.EndsWith("0000", StringComparison.Ordinal) ? T("prov", r[..2]) : r.EndsWith("00", StringComparison.Ordinal) ? T("city", r[..4]) : T("city", r[..4]))), Occur.MUST },
                { Any(t.IntendedJobTypes.Count == 0 ? ["1", "2", "3", "4"] : t.IntendedJobTypes.Select(x => ((int)x).ToString(CultureInfo.InvariantCulture)), "type"), Occur.MUST },
                { Any(Enumerable.Range(0, (int)t.HighestDegree + 1).Select(d => d.ToString(CultureInfo.InvariantCulture)), "deg"), Occur.MUST },
            };
            var query = new BooleanQuery(disableCoord: true);
            foreach (var d in t.IntendedIndustryCodes.Select(Division).Distinct())
            {
                query.Add(Constant(T("div", d), 10), Occur.SHOULD);
                query.Add(Constant(T("sec", sections.GetValueOrDefault(d, "-")), 5), Occur.SHOULD);
            }
            if (t.MajorCode is { Length: >= 4 } major)
            {
                query.Add(Constant(T("major", major), 15), Occur.SHOULD);
                query.Add(Constant(T("mclass", major[..4]), 9), Occur.SHOULD);
            }
            // 专业不限 scores MatchWeights.AnyMajor of the major's 15, as in the engine.
            query.Add(Constant(T("major", "any"), 12), Occur.SHOULD);
            if (t.SalaryMinYuan is { } salary) query.Add(Constant(NumericRangeQuery.NewInt32Range("sal", salary, null, true, true), 5), Occur.SHOULD);
            query.Add(Constant(NumericRangeQuery.NewInt32Range("exp", null, t.GraduationYear is { } y ? Math.Max(0, today.Year - y) : 0, true, true), 5), Occur.SHOULD);
            query.Add(Text(analyzer, [.. t.Skills, t.MajorName ?? ""]), Occur.SHOULD);
            return Top(jobs, query, filter);
        });
        var (talentStats, talentResults) = Time(_probeJobs, j =>
        {
            var filter = new BooleanQuery
            {
                { Any(Ancestors(j.RegionCode).Append("any"), "wreg"), Occur.MUST },
                { Any([((int)j.Type).ToString(CultureInfo.InvariantCulture), "any"], "type"), Occur.MUST },
                { Any(Enumerable.Range((int)j.MinDegree, 5 - (int)j.MinDegree).Select(d => d.ToString(CultureInfo.InvariantCulture)), "deg"), Occur.MUST },
            };
            var query = new BooleanQuery(disableCoord: true)
            {
                { Constant(T("div", Division(j.IndustryCode)), 10), Occur.SHOULD },
                { Constant(T("sec", sections.GetValueOrDefault(Division(j.IndustryCode), "-")), 5), Occur.SHOULD },
                { Constant(NumericRangeQuery.NewInt32Range("sal", null, j.SalaryMaxYuan, true, true), 5), Occur.SHOULD },
                { Constant(NumericRangeQuery.NewInt32Range("gy", null, today.Year - j.MinExperienceYears, true, true), 5), Occur.SHOULD },
                { Text(analyzer, [j.Title, .. j.Tags]), Occur.SHOULD },
            };
            foreach (var m in j.MajorCodes)
            {
                query.Add(Constant(T("major", m), 15), Occur.SHOULD);
                query.Add(Constant(T("mclass", m[..4]), 9), Occur.SHOULD);
            }
            return Top(talents, query, filter);
        });
        Add("(c) Lucene.NET + CJKAnalyzer", $"{build.TotalSeconds:F1} s",
            $"{memory / 1048576.0:F0} MB managed heap + {disk / 1048576.0:F0} MB index files (memory-mapped)", jobStats, talentStats,
            Score(_probeTalents.Select(t => t.Id), jobResults, _jobLabels), Score(_probeJobs.Select(j => j.Id), talentResults, _talentLabels));
    }

    private static List<Guid> Top(IndexSearcher searcher, Query query, Query filter) =>
        searcher.Search(query, new QueryWrapperFilter(filter), Take).ScoreDocs.Select(d => Guid.Parse(searcher.Doc(d.Doc).Get("id"))).ToList();

    private static TermQuery T(string field, string value) => new(new Lucene.Net.Index.Term(field, value));

    private static Query Constant(Query query, float boost) => new ConstantScoreQuery(query) { Boost = boost };

    private static BooleanQuery Any(IEnumerable<Query> clauses)
    {
        var any = new BooleanQuery();
        foreach (var c in clauses) any.Add(c, Occur.SHOULD);
        return any;
    }

    private static BooleanQuery Any(IEnumerable<string> values, string field) => Any(values.Select(v => (Query)T(field, v)));

    /// <summary>The texts analysed by the CJK analyzer (bigrams of Chinese, words of Latin) as SHOULD terms.</summary>
    private static Query Text(Analyzer analyzer, IEnumerable<string> texts)
    {
        var query = new BooleanQuery { Boost = TextBoost };
        var seen = new HashSet<string>();
        foreach (var text in texts)
        {
            using var stream = analyzer.GetTokenStream("text", text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
                if (seen.Add(term.ToString()) && seen.Count <= 64) query.Add(T("text", term.ToString()), Occur.SHOULD);
            stream.End();
        }
        return query;
    }

    private static string Division(string code) => code.Length >= 2 ? code[..2] : code;

    // ---------------------------------------------------------------- measuring and scoring

    public static (Stats Stats, List<List<Guid>> Results) Time<T>(IReadOnlyList<T> probes, Func<T, List<Guid>> query)
    {
        foreach (var p in probes.Take(WarmUp)) query(p);
        var times = new List<double>(probes.Count);
        var results = new List<List<Guid>>(probes.Count);
        var watch = new Stopwatch();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        foreach (var p in probes)
        {
            watch.Restart();
            var r = query(p);
            times.Add(watch.Elapsed.TotalMilliseconds);
            results.Add(r);
        }
        var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)Math.Max(1, probes.Count);
        times.Sort();
        return (new Stats(Percentiles.Of(times, 0.50), Percentiles.Of(times, 0.99), times.Average(), times.Count == 0 ? double.NaN : times[^1], bytes), results);
    }

    /// <summary>Probes spread over the whole index (issue #16), not only the labelled ones: every k-th of the ids in order,
    /// <paramref name="count"/> of them.</summary>
    public static List<T> Spread<T>(IReadOnlyList<T> all, int count)
    {
        if (count <= 0 || all.Count == 0) return [];
        var step = Math.Max(1, all.Count / count);
        var picked = new List<T>(count);
        for (var i = step / 2; i < all.Count && picked.Count < count; i += step) picked.Add(all[i]);
        return picked;
    }

    /// <summary>Times the engine both ways on spread probes and prints p50 / p99 / max and bytes allocated a query.</summary>
    public static void TimeSpread(MatchIndex index, FitScorer scorer, int count)
    {
        if (count <= 0) return;
        var contents = index.Contents();
        var talents = Spread(contents.Talents.OrderBy(t => t.Id).ToList(), count);
        var jobs = Spread(contents.Jobs.OrderBy(j => j.Id).ToList(), count);
        contents = default;
        Console.WriteLine($"spread probes ({talents.Count:N0} talents, {jobs.Count:N0} jobs, every k-th id):");
        // One round's p99 is its 20th slowest query, which a pause of the machine moves by a millisecond: the median of
        // several rounds is the figure to compare.
        var (jobsP99, talentsP99) = (new List<double>(), new List<double>());
        for (var round = 0; round < SpreadRounds; round++)
        {
            var (jobsFor, _) = Time(talents, t => index.JobsFor(t, scorer, Take).Select(s => s.Item.Id).ToList());
            var (talentsFor, _) = Time(jobs, j => index.TalentsFor(j, scorer, Take, null).Select(s => s.Item.Id).ToList());
            Console.WriteLine($"  jobs for a talent: p50 {jobsFor.P50:F2} ms, p99 {jobsFor.P99:F2} ms, max {jobsFor.Max:F2} ms, mean {jobsFor.Mean:F2} ms, {jobsFor.BytesPerQuery / 1024:F1} KB allocated a query");
            Console.WriteLine($"  talents for a job: p50 {talentsFor.P50:F2} ms, p99 {talentsFor.P99:F2} ms, max {talentsFor.Max:F2} ms, mean {talentsFor.Mean:F2} ms, {talentsFor.BytesPerQuery / 1024:F1} KB allocated a query");
            jobsP99.Add(jobsFor.P99);
            talentsP99.Add(talentsFor.P99);
        }
        if (SpreadRounds > 1)
            Console.WriteLine($"  median p99 of {SpreadRounds} rounds: jobs for a talent {Median(jobsP99):F2} ms, talents for a job {Median(talentsP99):F2} ms");
    }

    /// <summary>How many times the spread probes are timed (<c>--rounds</c>).</summary>
    public static int SpreadRounds { get; set; } = 1;

    private static double Median(List<double> values)
    {
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2;
    }

    /// <summary>Mean recall@20 (relevant found among the 20 over all relevant) and nDCG@20 (gain 2^grade − 1) over the probes.</summary>
    public static Quality Score(IEnumerable<Guid> probes, List<List<Guid>> results, Dictionary<Guid, Dictionary<Guid, int>> labels)
    {
        double recall = 0, ndcg = 0;
        var n = 0;
        foreach (var (probe, found) in probes.Zip(results))
        {
            var relevant = labels[probe];
            recall += (double)found.Take(Take).Count(relevant.ContainsKey) / relevant.Count;
            var dcg = found.Take(Take).Select((id, i) => (Math.Pow(2, relevant.GetValueOrDefault(id)) - 1) / Math.Log2(i + 2)).Sum();
            var ideal = relevant.Values.OrderByDescending(g => g).Take(Take).Select((g, i) => (Math.Pow(2, g) - 1) / Math.Log2(i + 2)).Sum();
            ndcg += dcg / ideal;
            n++;
        }
        return n == 0 ? new Quality(double.NaN, double.NaN) : new Quality(recall / n, ndcg / n);
    }

    private void Add(string method, string build, string memory, Stats jobsFor, Stats talentsFor, Quality jobs, Quality talents)
    {
        var r = new Result(method, build, memory, jobsFor, talentsFor, jobs, talents);
        _results.Add(r);
        Console.WriteLine($"    {method}: jobs for a talent p50 {jobsFor.P50:F2} ms, p99 {jobsFor.P99:F2} ms; talents for a job p50 {talentsFor.P50:F2} ms, "
            + $"p99 {talentsFor.P99:F2} ms; recall@20 {jobs.Recall:F3}/{talents.Recall:F3}, nDCG@20 {jobs.Ndcg:F3}/{talents.Ndcg:F3}");
    }

    private void Print()
    {
        Console.WriteLine();
        Console.WriteLine("| method | top-20 jobs for a talent: p50 / p99 / mean | top-20 talents for a job: p50 / p99 / mean | build | memory | recall@20 (jobs / talents) | nDCG@20 (jobs / talents) |");
        Console.WriteLine("| --- | ---: | ---: | --- | --- | ---: | ---: |");
        foreach (var r in _results)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Method} | {Ms(r.JobsFor.P50)} / {Ms(r.JobsFor.P99)} / {Ms(r.JobsFor.Mean)} | {Ms(r.TalentsFor.P50)} / {Ms(r.TalentsFor.P99)} / {Ms(r.TalentsFor.Mean)} "
                + $"| {r.Build} | {r.Memory} | {r.JobsQuality.Recall:F3} / {r.TalentsQuality.Recall:F3} | {r.JobsQuality.Ndcg:F3} / {r.TalentsQuality.Ndcg:F3} |"));
    }

    private static string Ms(double ms) => ms < 10 ? ms.ToString("F2", CultureInfo.InvariantCulture) + " ms" : ms.ToString("F0", CultureInfo.InvariantCulture) + " ms";
}
