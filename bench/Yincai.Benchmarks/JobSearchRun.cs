using System.Diagnostics;
using System.Globalization;
using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Npgsql;
using NpgsqlTypes;
using Yincai.Modules.Jobs;
using Yincai.Modules.Jobs.Search;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Benchmarks;

/// <summary>
/// Issue #16: the public job search's keyword index, pg_trgm (with the SearchBigrams column, as the product runs it) against
/// Lucene.NET, on the same million jobs. The same question both ways: every term a substring of the folded SearchText (or of
/// a major's name the job asks for), published and still valid; a count capped at the product's keyword cap (200, "200+") and page one, newest first.
/// </summary>
public static class JobSearchRun
{
    private const int PageSize = 20;
    // The product's cap for a keyword search ("200+"); its list without a keyword counts to 1,000, cheap either way.
    private const int CountCap = Yincai.Platform.SixFinds.CountCap;
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>The 11 cases of bench/search/queries.py, by name.</summary>
    public static readonly (string Name, string Query)[] Cases =
    [
        ("no keyword", ""), ("1 char 软", "软"), ("2 chars 软件", "软件"), ("2 chars 会计", "会计"), ("3 chars 工程师", "工程师"),
        ("latin java", "java"), ("two terms 软件 济南", "软件 济南"), ("rare 潍坊蓝海海信科技有限公司", "潍坊蓝海海信科技有限公司"),
        ("absent 量子计算", "量子计算"), ("absent 2 chars 考古", "考古"), ("very common 有限公司", "有限公司"),
    ];

    public sealed record Answer(int Count, IReadOnlyList<Guid> Page);

    public sealed record Load(int Workers, int Queries, int Errors, double Seconds, double P50, double P95, double P99, double Max, string LoadAverage)
    {
        public double PerSecond => Queries / Seconds;
    }

    public static async Task RunAsync(string server, string database, string lucenePath, bool rebuild, int seconds, int workers, int sampled, DateOnly today)
    {
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = database, MaxPoolSize = Math.Max(100, workers + 8) }.ConnectionString;
        await using var source = NpgsqlDataSource.Create(connection);
        var majors = new MajorCatalog();
        var keywords = Cases.Select(c => c.Query).Concat(await SampleAsync(source, sampled)).Select(SearchTerms.Parse).ToList();
        Console.WriteLine($"{keywords.Count} keywords: the {Cases.Length} cases of queries.py and {keywords.Count - Cases.Length} distinct 2–4 character substrings of sampled titles and employer names (seed 16)");

        var pg = new Postgres(source, majors, today);
        Console.WriteLine($"(a) pg_trgm (PostgreSQL {await pg.ScalarAsync("SHOW server_version")}, shared_buffers {await pg.ScalarAsync("SHOW shared_buffers")}), existing indexes on jobs_job:");
        foreach (var line in await pg.IndexSizesAsync()) Console.WriteLine("    " + line);

        Console.WriteLine($"(b) Lucene.NET 4.8.0-beta00017 in {lucenePath}");
        if (rebuild || !DirectoryReader.IndexExists(FSDirectory.Open(lucenePath)))
            await LuceneIndex.BuildAsync(source, lucenePath);
        var heapBefore = GC.GetTotalMemory(true);
        using var lucene = new LuceneIndex(lucenePath, majors, today);
        var heap = GC.GetTotalMemory(true) - heapBefore;
        Console.WriteLine($"    {lucene.Documents:N0} documents in {lucene.Segments} segments, {lucene.DiskBytes / 1048576.0:F0} MB on disk (memory-mapped); "
            + $"{heap / 1048576.0:F1} MB managed heap after opening and caching the status/valid-until filter");

        // (c) is (b)'s index read another way: its documents were added in page order, so the first matches in document
        // order are page one and the walk can stop at the cap, as PostgreSQL's walk of the order index does.
        (string Name, Func<SearchTerms, Answer> Search)[] methods =
        [
            ("pg_trgm", pg.Search),
            ("Lucene.NET, sorted by published-at (exact total)", lucene.Search),
            ("Lucene.NET, index in page order, stops at the cap", lucene.SearchInIndexOrder),
        ];
        Console.WriteLine();
        Console.WriteLine($"Same answers? (count capped at {CountCap + 1:N0}, page one compared id by id with pg_trgm's; best of 3 in ms)");
        Console.WriteLine("| query | " + string.Join(" | ", methods.Select(m => m.Name + ": found / ms")) + " | Lucene's exact total | same count and page one |");
        Console.WriteLine("| --- | " + string.Join(" | ", methods.Select(_ => "---:")) + " | ---: | --- |");
        for (var i = 0; i < Cases.Length; i++)
        {
            var answers = methods.Select(m => Best(() => m.Search(keywords[i]))).ToList();
            var same = string.Join("; ", answers.Skip(1).Select(a => Compare(answers[0].Answer, a.Answer)).Distinct());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {Cases[i].Name} | {string.Join(" | ", answers.Select(a => $"{Found(a.Answer.Count)} / {a.Ms:F1}"))} | {lucene.TotalHits(keywords[i]):N0} | {same} |"));
        }
        var differences = 0;
        foreach (var q in keywords.Skip(Cases.Length))
        {
            var a = pg.Search(q);
            foreach (var (name, search) in methods.Skip(1))
            {
                var b = search(q);
                if (Compare(a, b) == "yes") continue;
                if (differences++ < 10) Console.WriteLine($"    differs: \"{q.Text}\", {name}: {Compare(a, b)}");
            }
        }
        Console.WriteLine($"    sampled keywords: {differences} differences over {keywords.Count - Cases.Length} keywords × {methods.Length - 1} Lucene methods");
        var counts = keywords.Skip(Cases.Length).Select(q => lucene.TotalHits(q)).Order().ToList();
        Console.WriteLine($"    matches of the sampled keywords (Lucene's exact total): min {counts[0]:N0}, median {counts[counts.Count / 2]:N0}, max {counts[^1]:N0}; "
            + $"{counts.Count(c => c > CountCap):N0} of {counts.Count} over the cap");

        var results = new List<(string Method, Load Load)>();
        foreach (var n in new[] { 1, workers })
            foreach (var (name, search) in methods)
                results.Add((name, Run(keywords, n, seconds, search)));
        var heapAfter = GC.GetTotalMemory(false);
        using var self = Process.GetCurrentProcess();
        Console.WriteLine();
        Console.WriteLine($"Load: keywords drawn at random from the {keywords.Count} (a count and page one each), {seconds} s a run, ms:");
        Console.WriteLine("| method | workers | queries/s | p50 | p95 | p99 | max | errors | load average (1/5/15 min) at start |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var (method, l) in results)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {method} | {l.Workers} | {l.PerSecond:N0} | {l.P50:F1} | {l.P95:F1} | {l.P99:F1} | {l.Max:F1} | {l.Errors} | {l.LoadAverage} |"));
        Console.WriteLine($"Process after the runs: {heapAfter / 1048576.0:F0} MB managed heap, {self.WorkingSet64 / 1048576.0:F0} MB working set "
            + $"(peak {self.PeakWorkingSet64 / 1048576.0:F0} MB; includes the mapped index pages touched)");
    }

    private static string Found(int count) => count > CountCap ? $"{CountCap}+" : count.ToString(CultureInfo.InvariantCulture);

    private static string Compare(Answer a, Answer b)
    {
        var problems = new List<string>();
        if (Math.Min(a.Count, CountCap + 1) != Math.Min(b.Count, CountCap + 1)) problems.Add($"count {a.Count} ≠ {b.Count}");
        if (!a.Page.SequenceEqual(b.Page))
        {
            var i = Enumerable.Range(0, Math.Max(a.Page.Count, b.Page.Count)).First(i => i >= a.Page.Count || i >= b.Page.Count || a.Page[i] != b.Page[i]);
            problems.Add($"page one differs at {i + 1}: pg {a.Page.ElementAtOrDefault(i)}, Lucene {b.Page.ElementAtOrDefault(i)}");
        }
        return problems.Count == 0 ? "yes" : "NO: " + string.Join(", ", problems);
    }

    private static (Answer Answer, double Ms) Best(Func<Answer> search)
    {
        Answer? answer = null;
        var best = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            answer = search();
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }
        return (answer!, best);
    }

    /// <summary>Distinct 2–4 character substrings of titles and employer names of sampled jobs (fixed seed), letters and
    /// digits only: what visitors type, mostly different from one another.</summary>
    private static async Task<List<string>> SampleAsync(NpgsqlDataSource source, int count)
    {
        var texts = new List<(string Title, string Employer)>();
        // SYSTEM samples whole pages: it reads 0.1 % of the table, where BERNOULLI reads all of it (over 30 s from a cold cache).
        await using (var command = source.CreateCommand("""SELECT "Title", "EmployerName" FROM jobs_job TABLESAMPLE SYSTEM (0.1) REPEATABLE (16) ORDER BY "Id" """))
        {
            command.CommandTimeout = 0;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) texts.Add((reader.GetString(0), reader.GetString(1)));
        }
        var random = new Random(16);
        var seen = new HashSet<string>(Cases.Select(c => c.Query));
        var picked = new List<string>();
        for (var attempt = 0; picked.Count < count && attempt < count * 50; attempt++)
        {
            var (title, employer) = texts[random.Next(texts.Count)];
            var text = SearchTerms.Normalize(random.Next(4) == 0 ? employer : title); // three in four from titles
            var length = random.Next(2, 5);
            if (text.Length < length) continue;
            var term = text.Substring(random.Next(text.Length - length + 1), length);
            if (term.All(char.IsLetterOrDigit) && seen.Add(term)) picked.Add(term);
        }
        return picked;
    }

    /// <summary><paramref name="workers"/> threads, each drawing keywords at random (its own seed) for <paramref name="seconds"/>.</summary>
    private static Load Run(IReadOnlyList<SearchTerms> keywords, int workers, int seconds, Func<SearchTerms, Answer> search)
    {
        var loadAverage = LoadAverage();
        var times = new List<double>[workers];
        var errors = 0;
        var watch = Stopwatch.StartNew();
        var threads = Enumerable.Range(0, workers).Select(w => new Thread(() =>
        {
            var random = new Random(1_000 + w);
            var mine = times[w] = new List<double>(100_000);
            var one = new Stopwatch();
            while (watch.Elapsed.TotalSeconds < seconds)
            {
                var q = keywords[random.Next(keywords.Count)];
                one.Restart();
                try { search(q); }
                catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
                {
                    if (Interlocked.Increment(ref errors) <= 3) Console.WriteLine($"    error: {e.Message}");
                    continue;
                }
                mine.Add(one.Elapsed.TotalMilliseconds);
            }
        })).ToList();
        foreach (var t in threads) t.Start();
        foreach (var t in threads) t.Join();
        var elapsed = watch.Elapsed.TotalSeconds;
        var all = times.SelectMany(t => t).Order().ToList();
        return new Load(workers, all.Count, errors, elapsed, Percentiles.Of(all, 0.50), Percentiles.Of(all, 0.95), Percentiles.Of(all, 0.99), all.Count == 0 ? double.NaN : all[^1], loadAverage);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    // ---------------------------------------------------------------- (a) pg_trgm, as JobSearch and ToCappedPagedListAsync send it

    /// <summary>The SQL of bench/search/queries.py with parameters, as EF sends it: a 2-character term by its bigram
    /// (<c>@bigrams &lt;@ "SearchBigrams"</c>) alone, any other by LIKE (pg_trgm for 3+ characters); a term naming a major also
    /// <c>OR MajorCodes &amp;&amp; codes</c>. Two statements on one connection: the count in page order, capped, then page one.</summary>
    private sealed class Postgres(NpgsqlDataSource source, MajorCatalog majors, DateOnly today)
    {
        private const string Order = """ORDER BY j."PublishedAtUtc" DESC, j."Id" DESC""";

        public Answer Search(SearchTerms query)
        {
            using var connection = source.OpenConnection();
            int count;
            using (var command = Command(connection, where => $"SELECT count(*)::int FROM (SELECT 1 FROM jobs_job j WHERE {where} {Order} LIMIT {CountCap + 1}) s", query))
                count = (int)command.ExecuteScalar()!;
            var page = new List<Guid>(PageSize);
            using (var command = Command(connection, where => $"""SELECT j."Id", j."Title", j."EmployerName", j."RegionCode" FROM jobs_job j WHERE {where} {Order} LIMIT {PageSize}""", query))
            using (var reader = command.ExecuteReader())
                while (reader.Read()) page.Add(reader.GetGuid(0));
            return new Answer(count, page);
        }

        private NpgsqlCommand Command(NpgsqlConnection connection, Func<string, string> sql, SearchTerms query)
        {
            var command = connection.CreateCommand();
            var where = new StringBuilder("""j."Status" = 3 AND j."ValidUntil" >= @today""");
            command.Parameters.Add(new NpgsqlParameter("today", NpgsqlDbType.Date) { Value = today });
            for (var i = 0; i < query.Terms.Count; i++)
            {
                var term = query.Terms[i];
                var bigrams = SearchTerms.BigramsOfPair(term);
                string match;
                if (bigrams.Length > 0)
                {
                    match = $"""@b{i} <@ j."SearchBigrams" """;
                    command.Parameters.Add(new NpgsqlParameter($"b{i}", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = bigrams });
                }
                else
                {
                    match = $"""j."SearchText" LIKE @p{i}""";
                    command.Parameters.Add(new NpgsqlParameter($"p{i}", NpgsqlDbType.Text) { Value = "%" + Escape(term) + "%" });
                }
                var codes = MajorCodes(majors, term);
                if (codes.Length > 0)
                {
                    match = $"""({match} OR j."MajorCodes" && @m{i})""";
                    command.Parameters.Add(new NpgsqlParameter($"m{i}", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = codes });
                }
                where.Append(" AND ").Append(match);
            }
            command.CommandText = sql(where.ToString());
            return command;
        }

        private static string Escape(string term) => term.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");

        public async Task<string> ScalarAsync(string sql)
        {
            await using var command = source.CreateCommand(sql);
            return (await command.ExecuteScalarAsync())?.ToString() ?? "";
        }

        public async Task<List<string>> IndexSizesAsync()
        {
            var lines = new List<string>();
            await using var command = source.CreateCommand("""
                SELECT indexrelname, pg_relation_size(indexrelid) FROM pg_stat_user_indexes
                WHERE relname = 'jobs_job' AND indexrelname IN ('IX_jobs_job_SearchText_trgm', 'IX_jobs_job_SearchBigrams', 'IX_jobs_job_MajorCodes', 'IX_jobs_job_Status_PublishedAtUtc_Id')
                UNION ALL SELECT 'table jobs_job (heap + TOAST)', pg_table_size('jobs_job') ORDER BY 1
                """);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) lines.Add($"{reader.GetString(0)}: {reader.GetInt64(1) / 1048576.0:F0} MB");
            return lines;
        }
    }

    /// <summary>JobSearch.Matching: the codes of the majors whose folded name holds the term.</summary>
    private static string[] MajorCodes(MajorCatalog majors, string term) => [.. majors.CodesNaming(term)];

    // ---------------------------------------------------------------- (b) Lucene.NET

    /// <summary>
    /// SearchText as character grams, so that a substring query is exact: "uni" every character (docs only), "bi" every pair
    /// of adjacent characters with positions. A term of one character is a "uni" term, of two a "bi" term, of more a phrase
    /// of the bigrams that cover it (at their offsets), which holds exactly where the term occurs. Pairs across white space
    /// are left out (no term holds any). Published-at and id as doc values for the order; status and valid-until filter.
    /// </summary>
    private sealed class LuceneIndex : IDisposable
    {
        private static readonly FieldType Unigrams = Frozen(IndexOptions.DOCS_ONLY);
        private static readonly FieldType Bigrams = Frozen(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        private static readonly Sort Newest = new(new SortField("published", SortFieldType.INT64, true), new SortField("id", SortFieldType.STRING, true));

        private readonly MMapDirectory _directory;
        private readonly DirectoryReader _reader;
        private readonly IndexSearcher _searcher;
        private readonly MajorCatalog _majors;
        private readonly Filter _open;

        public LuceneIndex(string path, MajorCatalog majors, DateOnly today)
        {
            _directory = new MMapDirectory(new DirectoryInfo(path));
            _reader = DirectoryReader.Open(_directory);
            _searcher = new IndexSearcher(_reader);
            _majors = majors;
            // Cached per segment: the app would make it again when the day turns and whenever the feed reopens the reader.
            _open = new CachingWrapperFilter(new QueryWrapperFilter(new BooleanQuery
            {
                { new TermQuery(new Term("status", "3")), Occur.MUST },
                { NumericRangeQuery.NewInt32Range("valid", today.DayNumber, null, true, true), Occur.MUST },
            }));
            _searcher.Search(new MatchAllDocsQuery(), _open, PageSize, Newest); // fills the filter cache and the doc values
            DiskBytes = new DirectoryInfo(path).EnumerateFiles().Sum(f => f.Length);
        }

        public int Documents => _reader.NumDocs;

        public int Segments => _reader.Leaves.Count;

        public long DiskBytes { get; }

        public Answer Search(SearchTerms query)
        {
            var top = _searcher.Search(Query(query), _open, PageSize, Newest);
            var page = top.ScoreDocs.Select(d => Guid.Parse(_searcher.Doc(d.Doc).Get("id"))).ToList();
            return new Answer(top.TotalHits, page);
        }

        /// <summary>The first matches in document order, which is page order while the index holds the rows as built (sorted,
        /// one writer thread, adjacent merges only): page one is the first 20, and the count stops at the cap.</summary>
        public Answer SearchInIndexOrder(SearchTerms query)
        {
            var collector = new FirstInOrder();
            try { _searcher.Search(Query(query), _open, collector); }
            catch (FirstInOrder.Enough) { } // Lucene's way to stop a search early is an exception
            return new Answer(collector.Count, collector.Page.Select(d => Guid.Parse(_searcher.Doc(d).Get("id"))).ToList());
        }

        public int TotalHits(SearchTerms query) => _searcher.Search(Query(query), _open, 1, Newest).TotalHits;

        private Query Query(SearchTerms query)
        {
            if (query.IsEmpty) return new MatchAllDocsQuery();
            var all = new BooleanQuery();
            foreach (var term in query.Terms)
            {
                var text = JobKeywordIndex.TextQuery(term);
                var codes = MajorCodes(_majors, term);
                if (codes.Length > 0)
                {
                    var any = new BooleanQuery { { text, Occur.SHOULD } };
                    foreach (var code in codes) any.Add(new TermQuery(new Term("major", code)), Occur.SHOULD);
                    text = any;
                }
                all.Add(text, Occur.MUST);
            }
            return all;
        }

        public void Dispose()
        {
            _reader.Dispose();
            _directory.Dispose();
        }

        private static FieldType Frozen(IndexOptions options)
        {
            var type = new FieldType { IsIndexed = true, IsTokenized = true, IsStored = false, OmitNorms = true, IndexOptions = options };
            type.Freeze();
            return type;
        }

        /// <summary>Every published job (the feed would add, replace and delete by id), read in one pass in page order and added by one
        /// thread with a merge policy that merges adjacent segments only, so document order is page order (for (c)).</summary>
        public static async Task BuildAsync(NpgsqlDataSource source, string path)
        {
            Console.WriteLine("    building: every row of jobs_job read in one pass in page order, analysed by one thread beside the reading one ...");
            if (System.IO.Directory.Exists(path)) System.IO.Directory.Delete(path, recursive: true);
            var watch = Stopwatch.StartNew();
            using var analyzer = new GramAnalyzer();
            using (var directory = new MMapDirectory(new DirectoryInfo(path)))
            using (var writer = new IndexWriter(directory, new IndexWriterConfig(Version, analyzer) { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 256, MergePolicy = new LogByteSizeMergePolicy() }))
            {
                using var rows = new System.Collections.Concurrent.BlockingCollection<Document>(boundedCapacity: 4_096);
                var indexers = Enumerable.Range(0, 1).Select(_ => Task.Factory.StartNew(() =>
                {
                    foreach (var doc in rows.GetConsumingEnumerable()) writer.AddDocument(doc);
                }, TaskCreationOptions.LongRunning)).ToList();
                try
                {
                    await using var command = source.CreateCommand("""
                        SELECT "Id", "SearchText", "MajorCodes", "PublishedAtUtc", "ValidUntil", "Status", "Title", "EmployerName", "RegionCode" FROM jobs_job WHERE "Status" = 3
                        ORDER BY "PublishedAtUtc" DESC, "Id" DESC
                        """);
                    command.CommandTimeout = 0;
                    await using var reader = await command.ExecuteReaderAsync();
                    while (await reader.ReadAsync())
                    {
                        var id = reader.GetGuid(0).ToString();
                        var doc = new Document
                        {
                            new StringField("id", id, Field.Store.YES),
                            new SortedDocValuesField("id", new BytesRef(id)), // uuid order = the order of its lower-case text
                            new Field(GramAnalyzer.Unigrams, reader.GetString(1), Unigrams),
                            new Field(GramAnalyzer.Bigrams, reader.GetString(1), Bigrams),
                            new NumericDocValuesField("published", reader.IsDBNull(3) ? 0 : reader.GetDateTime(3).Ticks),
                            new Int32Field("valid", reader.GetFieldValue<DateOnly>(4).DayNumber, Field.Store.NO),
                            new StringField("status", reader.GetInt32(5).ToString(CultureInfo.InvariantCulture), Field.Store.NO),
                            // What the list shows, so that page one needs no database round trip.
                            new StoredField("title", reader.GetString(6)),
                            new StoredField("employer", reader.GetString(7)),
                            new StoredField("region", reader.GetString(8)),
                        };
                        foreach (var code in reader.GetFieldValue<string[]>(2)) doc.Add(new StringField("major", code, Field.Store.NO));
                        rows.Add(doc);
                    }
                }
                finally
                {
                    rows.CompleteAdding();
                    await Task.WhenAll(indexers);
                }
                var added = watch.Elapsed;
                writer.Commit();
                Console.WriteLine($"    {writer.NumDocs:N0} documents added in {added.TotalSeconds:F0} s, committed (merges done) after {watch.Elapsed.TotalSeconds:F0} s");
            }
            Console.WriteLine($"    built in {watch.Elapsed.TotalSeconds:F0} s");
        }
    }

    private sealed class FirstInOrder : ICollector
    {
        private int _base;

        public List<int> Page { get; } = new(PageSize);

        public int Count { get; private set; }

        public bool AcceptsDocsOutOfOrder => false;

        public void SetScorer(Scorer scorer) { }

        public void SetNextReader(AtomicReaderContext context) => _base = context.DocBase;

        public void Collect(int doc)
        {
            if (Page.Count < PageSize) Page.Add(_base + doc);
            if (++Count > CountCap) throw new Enough();
        }

        public sealed class Enough : Exception;
    }
}
