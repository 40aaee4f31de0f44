namespace Yincai.IntegrationTests.Platform;

/// <summary>The change feed's reader (matching index and page cache): an id that becomes visible after a higher one
/// (transactions committing out of order) is still read, a gap no transaction fills is given up after its lifetime,
/// and a read that could not be applied is read again.</summary>
public sealed class ChangeFeedCursorTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);
    private static readonly DateTime Now = new(2026, 12, 3, 16, 0, 0, DateTimeKind.Utc);

    private const string Kind = "CursorTest";

    /// <summary>Saves entries for fresh ids and returns their feed ids, in order.</summary>
    private Task<List<long>> AppendAsync(int count) => app.WithDbAsync(async db =>
    {
        var entries = Enumerable.Range(0, count).Select(_ => new ChangeFeedEntry(Kind, Guid.NewGuid(), Now)).ToList();
        db.ChangeFeed.AddRange(entries);
        await db.SaveChangesAsync(Ct);
        return entries.Select(e => e.Id).Order().ToList();
    });

    /// <summary>An entry whose id was taken earlier but is committed only now.</summary>
    private Task CommitLateAsync(long id) => app.WithDbAsync(async db =>
    {
        var entry = new ChangeFeedEntry(Kind, Guid.NewGuid(), Now);
        db.ChangeFeed.Add(entry);
        db.Entry(entry).Property(e => e.Id).CurrentValue = id;
        await db.SaveChangesAsync(Ct);
    });

    private Task RemoveAsync(long id) => app.WithDbAsync(db => db.ChangeFeed.Where(e => e.Id == id).ExecuteDeleteAsync(Ct));

    private Task<List<long>> ReadAsync(ChangeFeedCursor cursor, DateTime now) => app.WithDbAsync(async db =>
        (await cursor.ReadAsync(db, 10_000, now, Ct)).Where(e => e.Kind == Kind).Select(e => e.Id).ToList());

    private async Task<ChangeFeedCursor> StartedAsync()
    {
        var cursor = new ChangeFeedCursor(Lifetime);
        var head = await app.WithDbAsync(db => db.ChangeFeed.MaxAsync(e => (long?)e.Id, Ct));
        cursor.MoveTo(head ?? 0, null, Now);
        return cursor;
    }

    [Fact]
    public async Task Read_AnIdCommittedAfterAHigherOne_IsReadOnTheNextRound()
    {
        var cursor = await StartedAsync();
        var ids = await AppendAsync(3);
        await RemoveAsync(ids[1]); // the middle one's transaction has not committed yet

        var first = await ReadAsync(cursor, Now);
        await CommitLateAsync(ids[1]);
        var second = await ReadAsync(cursor, Now.AddSeconds(1));
        var third = await ReadAsync(cursor, Now.AddSeconds(2));

        Assert.Equal([ids[0], ids[2]], first);
        Assert.Equal([ids[1]], second);
        Assert.Empty(third);
        Assert.Empty(cursor.Gaps);
        Assert.Equal(ids[2], cursor.Position);
    }

    [Fact]
    public async Task Read_AGapOlderThanItsLifetime_IsGivenUp()
    {
        var cursor = await StartedAsync();
        var ids = await AppendAsync(3);
        await RemoveAsync(ids[1]); // a rolled-back transaction's id

        await ReadAsync(cursor, Now);
        var kept = cursor.Gaps.ToList();
        await ReadAsync(cursor, Now + Lifetime + TimeSpan.FromSeconds(1));

        Assert.Equal([(ids[1], ids[1])], kept);
        Assert.Empty(cursor.Gaps);
    }

    [Fact]
    public async Task Restore_AfterAReadThatWasNotApplied_ReadsTheSameEntriesAgain()
    {
        var cursor = await StartedAsync();
        var ids = await AppendAsync(2);

        var mark = cursor.Mark();
        var failed = await ReadAsync(cursor, Now);
        cursor.Restore(mark);
        var again = await ReadAsync(cursor, Now);

        Assert.Equal(ids, failed);
        Assert.Equal(ids, again);
    }

    [Fact]
    public async Task MoveTo_WithASnapshotsGaps_ReadsWhatFillsThem()
    {
        var ids = await AppendAsync(3);
        var cursor = new ChangeFeedCursor(Lifetime);
        cursor.MoveTo(ids[2], [(ids[0], ids[1])], Now);

        var read = await ReadAsync(cursor, Now);

        Assert.Equal([ids[0], ids[1]], read);
        Assert.Empty(cursor.Gaps);
    }
}
