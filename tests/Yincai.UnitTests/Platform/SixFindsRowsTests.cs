using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Yincai.Platform;
using Yincai.Platform.PageCache;

namespace Yincai.UnitTests.Platform;

/// <summary>The six finds' sets in memory: read once and kept, per kind and scope, until a change of the kind, the page
/// cache's maximum age, or never with the page cache off; and matched as the search box's terms are.</summary>
public sealed class SixFindsRowsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed class Monitor(PageCacheOptions value) : IOptionsMonitor<PageCacheOptions>
    {
        public PageCacheOptions CurrentValue => value;
        public PageCacheOptions Get(string? name) => value;
        public IDisposable? OnChange(Action<PageCacheOptions, string?> listener) => null;
    }

    private sealed class Source(params string[] texts)
    {
        public int Loads { get; private set; }

        public Task<List<SixFindsRow<string>>> LoadAsync(CancellationToken cancellationToken)
        {
            Loads++;
            return Task.FromResult(texts.Select(t => new SixFindsRow<string>(t, SixFindsRows.Fold(t))).ToList());
        }
    }

    private static (SixFindsRows Sets, FakeTimeProvider Clock) Make(bool enabled = true)
    {
        var clock = new FakeTimeProvider();
        return (new SixFindsRows(new Monitor(new PageCacheOptions { Enabled = enabled, MaxAgeSeconds = 30 }), clock), clock);
    }

    [Fact]
    public async Task GetAsync_ReadOnce_IsKeptPerKindAndScope_UntilAChangeOfItsKindOrItsMaximumAge()
    {
        var (sets, clock) = Make();
        var offices = new Source("市南区人才服务站");
        var stations = new Source("青岛人才驿站");
        var jinan = new Source();

        await sets.GetAsync("Office", null, offices.LoadAsync, Ct);
        await sets.GetAsync("Office", null, offices.LoadAsync, Ct);
        await sets.GetAsync("Office", "3701", jinan.LoadAsync, Ct);
        await sets.GetAsync("Station", null, stations.LoadAsync, Ct);
        var kept = (offices.Loads, jinan.Loads, stations.Loads);
        sets.Evict(["Office"]);
        await sets.GetAsync("Office", null, offices.LoadAsync, Ct);
        await sets.GetAsync("Office", "3701", jinan.LoadAsync, Ct);
        await sets.GetAsync("Station", null, stations.LoadAsync, Ct);
        var afterChange = (offices.Loads, jinan.Loads, stations.Loads);
        clock.Advance(TimeSpan.FromSeconds(29));
        await sets.GetAsync("Station", null, stations.LoadAsync, Ct);
        var beforeMaxAge = stations.Loads;
        clock.Advance(TimeSpan.FromSeconds(1));
        await sets.GetAsync("Station", null, stations.LoadAsync, Ct);

        Assert.Equal((1, 1, 1), kept);
        Assert.Equal((2, 2, 1), afterChange);
        Assert.Equal(1, beforeMaxAge);
        Assert.Equal(2, stations.Loads);
    }

    [Fact]
    public async Task GetAsync_ChangeWhileLoading_TheLoadServesItsSearch_ButIsNotKept()
    {
        var (sets, _) = Make();
        var loads = 0;
        var read = await sets.GetAsync("ProjectDemand", null, _ =>
        {
            loads++;
            sets.Evict(["ProjectDemand"]); // a demand published while the rows were read
            return Task.FromResult(new List<SixFindsRow<string>> { new("旧", "旧") });
        }, Ct);
        var next = await sets.GetAsync("ProjectDemand", null, _ =>
        {
            loads++;
            return Task.FromResult(new List<SixFindsRow<string>> { new("新", "新") });
        }, Ct);

        Assert.Equal(["旧"], read.Select(r => r.Item));
        Assert.Equal(["新"], next.Select(r => r.Item));
        Assert.Equal(2, loads);
    }

    [Fact]
    public async Task GetAsync_FailedLoad_IsNotKept()
    {
        var (sets, _) = Make();
        var source = new Source("人才驿站");

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            sets.GetAsync<string>("Station", null, _ => throw new InvalidOperationException("database down"), Ct));
        var after = await sets.GetAsync("Station", null, source.LoadAsync, Ct);

        Assert.Single(after);
        Assert.Equal(1, source.Loads);
    }

    [Fact]
    public async Task GetAsync_PageCacheOff_ReadsEverySearch()
    {
        var (sets, _) = Make(enabled: false);
        var source = new Source("人才驿站");

        await sets.GetAsync("Station", null, source.LoadAsync, Ct);
        await sets.GetAsync("Station", null, source.LoadAsync, Ct);

        Assert.Equal(2, source.Loads);
    }

    [Fact]
    public void Match_EveryTermInAnyField_FoldedLikeTheQuery_InTheSetsOrder_CountedToTheCap()
    {
        var rows = new[] { ("青岛AI人才驿站", "市南区"), ("济南人才市场", "历下区"), ("青岛大学生驿站", "崂山区") }
            .Select(r => new SixFindsRow<string>(r.Item1, SixFindsRows.Fold(r.Item1, r.Item2))).ToList();
        var many = Enumerable.Range(0, SixFinds.CountCap + 5).Select(i => new SixFindsRow<string>($"驿站{i}", $"驿站{i}")).ToList();

        var qingdao = SixFindsRows.Match(rows, SearchTerms.Parse("驿站 青岛"), 5);
        var acrossFields = SixFindsRows.Match(rows, SearchTerms.Parse("ａｉ 市南"), 5);
        var notAcrossTheGap = SixFindsRows.Match(rows, SearchTerms.Parse("站市"), 5);
        var capped = SixFindsRows.Match(many, SearchTerms.Parse("驿站"), 5);

        Assert.Equal(["青岛AI人才驿站", "青岛大学生驿站"], qingdao.Hits);
        Assert.Equal((2, false), (qingdao.Total, qingdao.Capped));
        Assert.Equal(["青岛AI人才驿站"], acrossFields.Hits);
        Assert.Empty(notAcrossTheGap.Hits);
        Assert.Equal((5, SixFinds.CountCap, true), (capped.Hits.Count, capped.Total, capped.Capped));
        Assert.Equal(["驿站0", "驿站1", "驿站2", "驿站3", "驿站4"], capped.Hits);
    }
}
