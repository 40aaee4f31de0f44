using Microsoft.Extensions.Logging.Abstractions;
using Yincai.Modules.Jobs;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Jobs.Search;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.UnitTests.Modules.Jobs;

/// <summary>
/// The job keyword index against a plain reading of every row (every term an ordinal substring of the folded text, or the
/// name of a major the job asks for; newest first, then by id; counted to the cap): through a build in page order, where a
/// segment stops after the cap, and jobs put, replaced and removed since, which land in segments out of page order.
/// </summary>
public sealed class JobKeywordIndexTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 12, 4);
    private static readonly MajorCatalog Majors = new();
    private static readonly string[] Words = ["软件", "工程师", "会计", "java", "销售", "见习", "青岛", "数据", "测试", "运营"];

    // 软件工程, 会计学, 财务管理, 管理科学 (软件工程 then 管理科学 reads 工程管理, another major's name, across the two): most jobs
    // ask for no major.
    private static readonly string[][] MajorLists = [[], [], [], [], [], [], ["080902"], ["080902", "120203"], ["120204", "120203"], ["080902", "120101"]];

    private readonly JobKeywordIndex _index = new(Majors, NullLogger<JobKeywordIndex>.Instance);
    private readonly Dictionary<Guid, JobKeywordRow> _rows = [];
    private readonly Random _random = new(16);
    private readonly DateTime _start = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public void Dispose() => _index.Dispose();

    private JobKeywordRow NewRow(int minute)
    {
        var text = string.Join(' ', Enumerable.Range(0, _random.Next(1, 4)).Select(_ => Words[_random.Next(Words.Length)] + (_random.Next(3) == 0 ? "助理" : "")));
        return new JobKeywordRow(Guid.CreateVersion7(), SearchTerms.Normalize(text), MajorLists[_random.Next(MajorLists.Length)],
            _start.AddMinutes(minute / 3), Today.AddDays(_random.Next(-2, 30)), (JobType)_random.Next(1, 5),
            new[] { "370202", "370211", "370102" }[_random.Next(3)], "I", (DegreeLevel)_random.Next(0, 5), 3000, 3000 + _random.Next(10) * 1000);
    }

    private void Build(int count, string? folder = null)
    {
        _index.Open(folder);
        _index.Clear();
        var rows = Enumerable.Range(0, count).Select(NewRow).ToList();
        foreach (var row in rows.OrderByDescending(r => r.PublishedAtUtc).ThenByDescending(r => r.Id.ToString("D"), StringComparer.Ordinal))
        {
            _index.Add(row);
            _rows[row.Id] = row;
        }
        _index.Refresh();
        _index.MarkReady();
    }

    private (List<Guid> Page, int Counted) Expected(string query, JobListFilter filter, int count, int cap)
    {
        var terms = SearchTerms.Parse(query);
        var majorsNamed = terms.Terms.ToDictionary(t => t, t => Majors.CodesNaming(t));
        var found = _rows.Values.Where(r => r.ValidUntil >= Today
            && terms.Terms.All(t => r.SearchText.Contains(t, StringComparison.Ordinal) || r.MajorCodes.Any(majorsNamed[t].Contains))
            && (filter.Type is null || r.Type == filter.Type) && (filter.RegionPrefix is null || r.RegionCode.StartsWith(filter.RegionPrefix, StringComparison.Ordinal))
            && (filter.Degree is null || r.MinDegree <= filter.Degree) && (filter.MinSalary is null || r.SalaryMaxYuan >= filter.MinSalary)).ToList();
        var ordered = filter.Sort == JobSort.Pay
            ? found.OrderByDescending(r => r.SalaryMaxYuan).ThenByDescending(r => r.SalaryMinYuan).ThenByDescending(r => r.PublishedAtUtc)
            : found.OrderByDescending(r => r.PublishedAtUtc);
        return (ordered.ThenByDescending(r => r.Id.ToString("D"), StringComparer.Ordinal).Take(count).Select(r => r.Id).ToList(), Math.Min(found.Count, cap + 1));
    }

    private void AssertSameAsEveryRow()
    {
        JobListFilter[] filters = [JobListFilter.None, new(Type: JobType.Internship), new(RegionPrefix: "3702"), new(Degree: DegreeLevel.Bachelor),
            new(MinSalary: 9000), new(Sort: JobSort.Pay), new(RegionPrefix: "370211", Sort: JobSort.Pay)];
        // 件工, 计学, 财务管理: in the majors' names only; 工程管理 and 程管 run from one name of a job into the next.
        foreach (var query in Words.Concat(["软", "助理", "工程", "软件 助理", "计算机", "java 青岛", "考古", "件工", "计学", "财务管理", "工程管理", "程管"]))
            foreach (var filter in filters)
                foreach (var (count, cap) in new[] { (20, 200), (200, 200), (5, 7) })
                {
                    var hits = _index.Search(SearchTerms.Parse(query), filter, Today, count, cap)!;
                    var (page, counted) = Expected(query, filter, count, cap);
                    Assert.True(page.SequenceEqual(hits.Ids), $"{query} {filter} {count}/{cap}: page differs");
                    Assert.True(Math.Min(hits.Counted, cap + 1) == counted, $"{query} {filter} {count}/{cap}: counted {hits.Counted}, expected {counted}");
                }
    }

    [Fact]
    public void Search_BuiltInPageOrder_GivesThePageAndTheCappedCountOfEveryRow()
    {
        Build(3_000);

        AssertSameAsEveryRow();
    }

    [Fact]
    public void Search_InAFolderReadAgainFromItsFiles_GivesThePageAndTheCappedCountOfEveryRow()
    {
        var folder = Directory.CreateTempSubdirectory("yincai-keyword-index-").FullName;
        try
        {
            Build(3_000, folder);
            foreach (var row in Enumerable.Range(0, 50).Select(_ => NewRow(_random.Next(0, 12_000))))
            {
                _index.Put(row); // a small segment beside the build's: a compound file, read in slices
                _rows[row.Id] = row;
            }
            _index.Commit(new Dictionary<string, string> { ["test"] = "1" });

            Assert.Equal("1", _index.Open(folder)["test"]);
            _index.MarkReady();

            Assert.Equal(folder, _index.Location);
            AssertSameAsEveryRow();
        }
        finally
        {
            _index.Dispose();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Search_AfterPutsReplacementsAndRemovals_GivesThePageAndTheCappedCountOfEveryRow()
    {
        Build(3_000);
        foreach (var id in _rows.Keys.Where((_, i) => i % 7 == 0).ToList())
        {
            _index.Remove(id);
            _rows.Remove(id);
        }
        foreach (var id in _rows.Keys.Where((_, i) => i % 5 == 0).ToList())
        {
            // Replaced with other words and an older or newer date: the new document lands out of page order.
            var row = NewRow(_random.Next(0, 12_000)) with { Id = id };
            _index.Put(row);
            _rows[id] = row;
        }
        foreach (var row in Enumerable.Range(0, 400).Select(_ => NewRow(_random.Next(0, 12_000))))
        {
            _index.Put(row);
            _rows[row.Id] = row;
        }
        _index.Refresh();

        AssertSameAsEveryRow();
    }

    [Fact]
    public async Task MergeDown_ABuildOfManySegments_LeavesAFewStillInPageOrder_AndTheSameAnswers()
    {
        _index.Open(null);
        _index.Clear();
        var rows = Enumerable.Range(0, 3_000).Select(NewRow).OrderByDescending(r => r.PublishedAtUtc).ThenByDescending(r => r.Id.ToString("D"), StringComparer.Ordinal).ToList();
        foreach (var chunk in rows.Chunk(500))
        {
            foreach (var row in chunk)
            {
                _index.Add(row);
                _rows[row.Id] = row;
            }
            _index.Refresh(); // a segment of its own, as a big build flushes one every 64 MB
        }
        _index.MarkReady();
        var built = _index.SegmentOrder();

        await _index.MergeDownAsync(2);

        Assert.Equal((6, 6), built);
        Assert.Equal((2, 2), _index.SegmentOrder());
        AssertSameAsEveryRow();
    }

    [Fact]
    public void Search_NotReady_AnswersNothingSoTheDatabaseDoes()
    {
        _index.Open(null);

        Assert.Null(_index.Search(SearchTerms.Parse("软件"), JobListFilter.None, Today, 20, 200));
    }
}
