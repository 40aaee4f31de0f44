using System.Globalization;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Yincai.Modules.Jobs.Search;

/// <summary>What the keyword index keeps of a published job: the folded text and the majors it is found by, the job list's
/// filters and both of its orders.</summary>
public sealed record JobKeywordRow(Guid Id, string SearchText, IReadOnlyList<string> MajorCodes, DateTime? PublishedAtUtc,
    DateOnly ValidUntil, JobType Type, string RegionCode, string IndustryCode, DegreeLevel MinDegree, int SalaryMinYuan, int SalaryMaxYuan,
    string? OccupationCode = null, int MinExperienceYears = 0)
{
    public static readonly Expression<Func<Job, JobKeywordRow>> FromJob = j => new JobKeywordRow(j.Id, j.SearchText, j.MajorCodes,
        j.PublishedAtUtc, j.ValidUntil, j.Type, j.RegionCode, j.IndustryCode, j.MinDegree, j.SalaryMinYuan, j.SalaryMaxYuan, j.OccupationCode,
        j.MinExperienceYears);

    private static readonly Func<Job, JobKeywordRow> Compiled = FromJob.Compile();

    public static JobKeywordRow Of(Job job) => Compiled(job);
}

/// <summary>The public job list's filters beside its keywords, and its order.</summary>
/// <param name="OccupationCode">A 中类 takes in its 小类 too.</param>
/// <param name="MaxExperience">The searcher's years of experience: jobs that ask no more.</param>
public sealed record JobListFilter(JobType? Type = null, string? RegionPrefix = null, string? IndustryCode = null,
    DegreeLevel? Degree = null, int? MinSalary = null, JobSort Sort = JobSort.Newest, string? OccupationCode = null, int? MaxExperience = null)
{
    public static JobListFilter None { get; } = new();
}

/// <summary>The first matches in the list's order, and how many match: exact up to the count cap asked for, more than it
/// when more match.</summary>
public sealed record JobKeywordHits(IReadOnlyList<Guid> Ids, int Counted);

/// <summary>
/// This copy's inverted index of published jobs for keyword search (Lucene.NET; issue 16 measured it against pg_trgm at a
/// million jobs: a third of the median, three times the throughput under load, the same answers). A term of one character is
/// looked up among the text's characters, of two among its bigrams, a longer one as a phrase of the bigrams that cover it,
/// so a match is exactly a substring, as the database's LIKE decides it (<see cref="JobSearch"/>, used while this index is
/// not ready). Kept in step by <see cref="JobKeywordSync"/> (the change feed) and at once for saves on this copy
/// (<see cref="JobKeywordUpdates"/>). In memory, or in a folder of this copy's own (<see cref="JobSearchOptions.IndexPath"/>),
/// committed with its change-feed position so that a restart catches up instead of rebuilding.
/// </summary>
public sealed partial class JobKeywordIndex(MajorCatalog majors, ILogger<JobKeywordIndex> logger) : IDisposable
{
    /// <summary>The fields' layout; an index on disk made under another is rebuilt.</summary>
    public const string Layout = "3";

    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string IdField = "id", PublishedField = "published", ValidField = "valid", TypeField = "type",
        RegionField = "region", IndustryField = "industry", DegreeField = "degree", PayMaxField = "pay_max", PayMaxOrder = "pay_max_dv",
        PayMinOrder = "pay_min_dv", OccupationField = "occupation", ExperienceField = "experience";

    private static readonly FieldType UnigramType = TextType(IndexOptions.DOCS_ONLY);
    private static readonly FieldType BigramType = TextType(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    private static readonly ISet<string> IdOnly = new HashSet<string> { IdField };

    // Newest first, as the database's (Status, PublishedAtUtc, Id) index; best paid first, as (Status, SalaryMaxYuan, SalaryMinYuan,
    // PublishedAtUtc), then by id so that equal pay keeps one order.
    private static readonly Sort Newest = new(new SortField(PublishedField, SortFieldType.INT64, true), new SortField(IdField, SortFieldType.STRING, true));
    private static readonly Sort BestPaid = new(new SortField(PayMaxOrder, SortFieldType.INT64, true), new SortField(PayMinOrder, SortFieldType.INT64, true),
        new SortField(PublishedField, SortFieldType.INT64, true), new SortField(IdField, SortFieldType.STRING, true));

    private readonly System.Threading.Lock _gate = new();
    private LuceneDirectory? _directory;
    private IndexWriter? _writer;
    private SearcherManager? _searchers;
    private volatile bool _ready;
    private volatile ValidFilter? _valid;

    private sealed record ValidFilter(int Day, Filter Filter);

    /// <summary>Held from reading a job's row to putting it in the index, by the feed's poll and by a save on this copy, so that
    /// a row read before a save committed is never applied after the saved values.</summary>
    public SemaphoreSlim UpdateGate { get; } = new(1, 1);

    /// <summary>Built and caught up: searches go here rather than to the database.</summary>
    public bool IsReady => _ready;

    /// <summary>The folder the index is kept in, or "memory".</summary>
    public string Location { get; private set; } = "memory";

    public int Documents => _writer?.NumDocs ?? 0;

    /// <summary>Opens the index kept in <paramref name="path"/> (made when missing), or one in memory when no path is given or
    /// another process holds the folder. Returns what the last commit recorded (empty for a new index).</summary>
    public IReadOnlyDictionary<string, string> Open(string? path)
    {
        lock (_gate)
        {
            Close();
            if (path is { Length: > 0 })
            {
                try
                {
                    System.IO.Directory.CreateDirectory(path);
                    var folder = new MappedDirectory(new DirectoryInfo(path));
                    var exists = DirectoryReader.IndexExists(folder);
                    try
                    {
                        Attach(folder, new IndexWriter(folder, Config(exists ? OpenMode.APPEND : OpenMode.CREATE)), path);
                    }
                    catch
                    {
                        folder.Dispose();
                        throw;
                    }
                    return new Dictionary<string, string>(_writer!.CommitData);
                }
                catch (Exception e) when (e is LockObtainFailedException or IOException or UnauthorizedAccessException or CorruptIndexException)
                {
                    LogFolderUnusable(e, path);
                }
            }
            var memory = new RAMDirectory();
            Attach(memory, new IndexWriter(memory, Config(OpenMode.CREATE)), "memory");
            return new Dictionary<string, string>();
        }
    }

    private void Attach(LuceneDirectory directory, IndexWriter writer, string location)
    {
        (_directory, _writer, Location) = (directory, writer, location);
        _searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
    }

    // Merges of adjacent segments only: a build adds the jobs newest first, so its segments, and their merges, stay in page order
    // (PageOrderCollector). TieredMergePolicy, the default, merges any segments and would mix them.
    private static IndexWriterConfig Config(OpenMode mode) =>
        new(Version, new GramAnalyzer()) { OpenMode = mode, RAMBufferSizeMB = 64, MergePolicy = new LogByteSizeMergePolicy() };

    /// <summary>Empties the index before a build from rows.</summary>
    public void Clear()
    {
        _ready = false;
        Writer.DeleteAll();
    }

    /// <summary>Adds a job known not to be in the index (a build after <see cref="Clear"/>, newest first, from one thread, so that
    /// the segments are in page order).</summary>
    public void Add(JobKeywordRow row) => Writer.AddDocument(Document(row));

    /// <summary>Adds or replaces a published job.</summary>
    public void Put(JobKeywordRow row) => Writer.UpdateDocument(new Term(IdField, Key(row.Id)), Document(row));

    /// <summary>Takes out a job that is no longer published (or never was).</summary>
    public void Remove(Guid id) => Writer.DeleteDocuments(new Term(IdField, Key(id)));

    /// <summary>Makes what was put and removed visible to searches.</summary>
    public void Refresh() => _searchers?.MaybeRefreshBlocking();

    public void MarkReady() => _ready = true;

    /// <summary>
    /// Merges the segments of a build from rows down to <paramref name="segments"/>, on a thread of its own while the index
    /// serves (adjacent ones only: page order holds), then shows the merged ones to searches. Every term a search looks up
    /// is looked up in each segment: at a million jobs, 12 segments gave 130–265 searches/s at 32 connections, the 3 a copy
    /// opened from its folder had 350–540.
    /// </summary>
    public Task MergeDownAsync(int segments) => Task.Run(() =>
    {
        if (_writer is not { } writer) return;
        try
        {
            writer.ForceMerge(segments);
            Refresh();
        }
        catch (ObjectDisposedException)
        {
            // Closed while merging (the app stopping, or the folder opened again): nothing is lost, the last commit stands.
        }
        catch (Exception e)
        {
            LogMergeFailed(e);
        }
    });

    /// <summary>Writes what was put and removed to the index's folder with <paramref name="data"/> (the change-feed position).</summary>
    public void Commit(IDictionary<string, string> data)
    {
        lock (_gate)
        {
            if (_writer is not { } writer) return;
            writer.SetCommitData(data);
            writer.Commit();
        }
    }

    private IndexWriter Writer => _writer ?? throw new InvalidOperationException("The job keyword index is not open.");

    /// <summary>
    /// Published jobs valid on <paramref name="today"/> that hold every term of <paramref name="terms"/> (as <see cref="JobSearch"/>)
    /// and pass <paramref name="filter"/>: the first <paramref name="count"/> in the list's order, and how many match, counted
    /// exactly up to <paramref name="countCap"/> + 1; null while the index is not ready (the caller asks the database).
    /// </summary>
    public JobKeywordHits? Search(SearchTerms terms, JobListFilter filter, DateOnly today, int count, int countCap)
    {
        if (!_ready || _searchers is not { } searchers) return null;
        var searcher = searchers.Acquire();
        try
        {
            var query = Query(terms, filter);
            if (filter.Sort == JobSort.Relevance && !terms.IsEmpty)
            {
                // Best matches first (more of the terms' bigrams, in a shorter text), the newest among equals.
                var best = searcher.Search(query, ValidOn(today), Math.Max(count, 1),
                    new Sort(SortField.FIELD_SCORE, new SortField(PublishedField, SortFieldType.INT64, true), new SortField(IdField, SortFieldType.STRING, true)));
                return new JobKeywordHits(best.ScoreDocs.Take(count).Select(d => Guid.Parse(searcher.Doc(d.Doc, IdOnly).Get(IdField))).ToList(), best.TotalHits);
            }
            if (filter.Sort == JobSort.Pay)
            {
                // Segments are not in pay order: every match is compared.
                var top = searcher.Search(query, ValidOn(today), Math.Max(count, 1), BestPaid);
                return new JobKeywordHits(top.ScoreDocs.Take(count).Select(d => Guid.Parse(searcher.Doc(d.Doc, IdOnly).Get(IdField))).ToList(), top.TotalHits);
            }
            var collector = new PageOrderCollector(count, countCap, InPageOrder);
            searcher.Search(query, ValidOn(today), collector);
            return new JobKeywordHits(collector.Page(), collector.Counted);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>How many segments the searcher reads, and how many of them are in page order (a search stops early in those).</summary>
    public (int Segments, int InPageOrder) SegmentOrder()
    {
        if (_searchers is not { } searchers) return (0, 0);
        var searcher = searchers.Acquire();
        try
        {
            var leaves = searcher.IndexReader.Leaves;
            return (leaves.Count, leaves.Count(l => InPageOrder(l.AtomicReader)));
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    // Whether a segment's documents stand newest first (published, then id, descending), as a build adds them: checked once
    // per segment (they never change), ~10 ms a million.
    private readonly ConditionalWeakTable<object, StrongBox<bool>> _inPageOrder = new();

    private bool InPageOrder(AtomicReader segment) =>
        _inPageOrder.GetValue(segment.CoreCacheKey, _ => new StrongBox<bool>(IsInPageOrder(segment))).Value;

    private static bool IsInPageOrder(AtomicReader segment)
    {
        var published = segment.GetNumericDocValues(PublishedField);
        var ids = segment.GetSortedDocValues(IdField);
        if (published is null || ids is null) return segment.MaxDoc <= 1;
        for (var doc = 1; doc < segment.MaxDoc; doc++)
        {
            var (before, after) = (published.Get(doc - 1), published.Get(doc));
            if (before < after || (before == after && ids.GetOrd(doc - 1) < ids.GetOrd(doc))) return false;
        }
        return true;
    }

    /// <summary>
    /// The first matches newest first without comparing every match: in a segment in page order the first matches are its
    /// newest, so it stops after <c>keep</c> of them once it has counted past the cap (Lucene's CollectionTerminatedException
    /// ends one segment's collection); a segment that is not (the jobs saved since the build, a few) gives all its matches,
    /// of which the newest are kept. A common keyword at a million jobs reads a few hundred postings instead of tens of thousands.
    /// </summary>
    private sealed class PageOrderCollector(int keep, int countCap, Func<AtomicReader, bool> inPageOrder) : ICollector
    {
        private readonly List<(long Published, string Id)> _hits = [];
        private readonly BytesRef _bytes = new();
        private NumericDocValues? _published;
        private SortedDocValues? _ids;
        private bool _ordered;
        private int _inSegment;

        public int Counted { get; private set; }

        public bool AcceptsDocsOutOfOrder => false;

        public void SetScorer(Scorer scorer) { }

        public void SetNextReader(AtomicReaderContext context)
        {
            var segment = context.AtomicReader;
            (_published, _ids, _ordered, _inSegment) = (segment.GetNumericDocValues(PublishedField), segment.GetSortedDocValues(IdField), inPageOrder(segment), 0);
        }

        public void Collect(int doc)
        {
            Counted++;
            _inSegment++;
            if (_inSegment <= keep || !_ordered)
            {
                _ids!.Get(doc, _bytes);
                _hits.Add((_published!.Get(doc), _bytes.Utf8ToString()));
                if (_hits.Count > 4 * keep + 1024) Trim();
            }
            if (_ordered && _inSegment > keep && _inSegment > countCap) throw new CollectionTerminatedException();
        }

        private static int Newest((long Published, string Id) a, (long Published, string Id) b) =>
            a.Published != b.Published ? b.Published.CompareTo(a.Published) : string.CompareOrdinal(b.Id, a.Id);

        private void Trim()
        {
            _hits.Sort(Newest);
            if (_hits.Count > keep) _hits.RemoveRange(keep, _hits.Count - keep);
        }

        public List<Guid> Page()
        {
            Trim();
            return _hits.Select(h => Guid.Parse(h.Id)).ToList();
        }
    }

    // Cached per segment and day: the date filter costs one pass over a segment per day, not one per search.
    private Filter ValidOn(DateOnly today)
    {
        var valid = _valid;
        if (valid?.Day != today.DayNumber)
            _valid = valid = new ValidFilter(today.DayNumber,
                new CachingWrapperFilter(NumericRangeFilter.NewInt32Range(ValidField, today.DayNumber, null, true, true)));
        return valid.Filter;
    }

    private Query Query(SearchTerms terms, JobListFilter filter)
    {
        var all = new BooleanQuery();
        foreach (var term in terms.Terms)
        {
            var text = TextQuery(term);
            // Or a major the job asks for is named so: looked up in the majors' names as in the text, rather than as a term for
            // each code (技术 names some 700 majors, 工程 hundreds: 7 MB and 6 ms a search as codes, at a million jobs).
            if (majors.AnyNaming(term))
                text = new BooleanQuery { { text, Occur.SHOULD }, { TextQuery(term, GramAnalyzer.MajorUnigrams, GramAnalyzer.MajorBigrams), Occur.SHOULD } };
            all.Add(text, Occur.MUST);
        }
        if (filter.Type is { } type) all.Add(new TermQuery(new Term(TypeField, Number((int)type))), Occur.MUST);
        if (filter.RegionPrefix is { Length: > 0 } prefix) all.Add(new TermQuery(new Term(RegionField, prefix)), Occur.MUST);
        if (filter.IndustryCode is { Length: > 0 } industry) all.Add(new TermQuery(new Term(IndustryField, industry)), Occur.MUST);
        if (filter.Degree is { } degree) all.Add(NumericRangeQuery.NewInt32Range(DegreeField, null, (int)degree, true, true), Occur.MUST);
        if (filter.MinSalary is { } min) all.Add(NumericRangeQuery.NewInt32Range(PayMaxField, min, null, true, true), Occur.MUST);
        if (filter.OccupationCode is { Length: > 0 } occupation) all.Add(new TermQuery(new Term(OccupationField, occupation)), Occur.MUST);
        if (filter.MaxExperience is { } years) all.Add(NumericRangeQuery.NewInt32Range(ExperienceField, null, years, true, true), Occur.MUST);
        return all.Clauses.Count == 0 ? new MatchAllDocsQuery() : all;
    }

    /// <summary>One character: a unigram; two: a bigram; more: the bigrams at 0, 2, 4, … and the last pair, at their offsets,
    /// which together pin every character of the term.</summary>
    public static Query TextQuery(string term, string unigrams = GramAnalyzer.Unigrams, string bigrams = GramAnalyzer.Bigrams)
    {
        if (term.Length == 1) return new TermQuery(new Term(unigrams, term));
        if (term.Length == 2) return new TermQuery(new Term(bigrams, term));
        var phrase = new PhraseQuery();
        for (var at = 0; ; at += 2)
        {
            at = Math.Min(at, term.Length - 2);
            phrase.Add(new Term(bigrams, term.Substring(at, 2)), at);
            if (at == term.Length - 2) return phrase;
        }
    }

    private Document Document(JobKeywordRow row)
    {
        var id = Key(row.Id);
        var published = row.PublishedAtUtc?.Ticks ?? 0;
        var doc = new Document
        {
            new StringField(IdField, id, Field.Store.YES),
            // A uuid's order is the order of its lower-case text, in PostgreSQL and in SQLite's upper-case text alike.
            new SortedDocValuesField(IdField, new BytesRef(id)),
            new Field(GramAnalyzer.Unigrams, row.SearchText, UnigramType),
            new Field(GramAnalyzer.Bigrams, row.SearchText, BigramType),
            new NumericDocValuesField(PublishedField, published),
            new Int32Field(ValidField, row.ValidUntil.DayNumber, Field.Store.NO),
            new StringField(TypeField, Number((int)row.Type), Field.Store.NO),
            new StringField(IndustryField, row.IndustryCode, Field.Store.NO),
            new Int32Field(DegreeField, (int)row.MinDegree, Field.Store.NO),
            new Int32Field(PayMaxField, row.SalaryMaxYuan, Field.Store.NO),
            new NumericDocValuesField(PayMaxOrder, row.SalaryMaxYuan),
            new NumericDocValuesField(PayMinOrder, row.SalaryMinYuan),
        };
        // Every prefix a region filter may name (province, city, county: RegionScope.PrefixOf).
        foreach (var prefix in new[] { 2, 4, 6 }.Where(n => row.RegionCode.Length >= n).Select(n => row.RegionCode[..n]).Distinct())
            doc.Add(new StringField(RegionField, prefix, Field.Store.NO));
        if (string.Join(' ', row.MajorCodes.Distinct().Select(majors.FoldedName).OfType<string>()) is { Length: > 0 } majorNames)
        {
            doc.Add(new Field(GramAnalyzer.MajorUnigrams, majorNames, UnigramType));
            doc.Add(new Field(GramAnalyzer.MajorBigrams, majorNames, BigramType));
        }
        // The 中类 and, when given, the 小类: a filter by a 中类 finds both.
        if (row.OccupationCode is { Length: >= 4 } occupation)
            foreach (var code in new[] { occupation[..4], occupation }.Distinct()) doc.Add(new StringField(OccupationField, code, Field.Store.NO));
        doc.Add(new Int32Field(ExperienceField, row.MinExperienceYears, Field.Store.NO));
        return doc;
    }

    private static string Key(Guid id) => id.ToString("D");

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static FieldType TextType(IndexOptions options)
    {
        var type = new FieldType { IsIndexed = true, IsTokenized = true, IsStored = false, OmitNorms = true, IndexOptions = options };
        type.Freeze();
        return type;
    }

    private void Close()
    {
        _ready = false;
        _searchers?.Dispose();
        _writer?.Dispose();
        _directory?.Dispose();
        (_searchers, _writer, _directory) = (null, null, null);
    }

    public void Dispose()
    {
        lock (_gate) Close();
    }

    [LoggerMessage(LogLevel.Warning, "The job keyword index's segments could not be merged after its build; it serves them as they are")]
    private partial void LogMergeFailed(Exception e);

    [LoggerMessage(LogLevel.Warning, "The job keyword index cannot be kept in {Path}; it is kept in memory")]
    private partial void LogFolderUnusable(Exception e, string path);
}
