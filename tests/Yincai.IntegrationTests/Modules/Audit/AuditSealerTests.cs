namespace Yincai.IntegrationTests.Modules.Audit;

/// <summary>
/// Audit rows are written unsealed in the business transaction and chained afterwards by the sealer of whichever copy of the
/// app gets there: concurrent writers on two copies still give one unbroken chain, every row sealed once; rows of a copy that
/// stopped before sealing are sealed by the next; racing sealers never fork the chain; a row that commits after later rows
/// were sealed is sealed next; rows left unsealed too long are a finding of <c>audit verify</c>. A database per test class.
/// </summary>
public sealed class AuditSealerTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Rows unsealed for more than a second are overdue here: the verify test need not wait a minute.
    private readonly YincaiAppFactory _first = new YincaiAppFactory().WithSetting("Audit:SealWithin", "00:00:01");
    private readonly List<YincaiAppFactory> _copies = [];

    public ValueTask InitializeAsync() => _first.InitializeAsync();

    public async ValueTask DisposeAsync()
    {
        foreach (var copy in _copies) await copy.DisposeAsync();
        await _first.DisposeAsync();
    }

    /// <summary>Another running copy on the same database; its sealer runs every <paramref name="sealInterval"/> (and at start).</summary>
    private async Task<YincaiAppFactory> StartCopyAsync(string sealInterval = "01:00:00")
    {
        var copy = _first.SecondCopy().WithSetting("Audit:SealInterval", sealInterval).WithSetting("Audit:SealWithin", "00:00:01");
        _copies.Add(copy);
        await copy.InitializeAsync();
        return copy;
    }

    private async Task StopAsync(YincaiAppFactory copy)
    {
        _copies.Remove(copy);
        await copy.DisposeAsync();
    }

    private static Task<Office> NewOfficeAsync(YincaiAppFactory copy, string tag) =>
        copy.WithDbAsync(async db =>
        {
            var office = new Office(DemoData.Qingdao, $"封存测试{tag} {Guid.NewGuid():N}"[..30], "测试路1号", "0532-12333", "工作日 9:00–17:00");
            db.Offices.Add(office);
            await db.SaveChangesAsync(Ct);
            return office;
        });

    private Task<List<AuditEntry>> InsertRowsOfAsync(IEnumerable<Office> offices)
    {
        var ids = offices.Select(o => o.Id.ToString()).ToList();
        return _first.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Office) && a.Action == AuditActions.Insert && ids.Contains(a.EntityId!)).ToListAsync(Ct));
    }

    private Task<int> UnsealedCountAsync() => _first.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Sequence == null, Ct));

    /// <summary>The whole trail: one row per sequence 1..N, no row unsealed, the keyed chain intact.</summary>
    private async Task AssertOneUnbrokenChainAsync()
    {
        var report = await _first.WithServicesAsync(s => s.GetRequiredService<AuditChain>().VerifyWithAnchorsAsync(Ct));
        var (rows, sequences) = await _first.WithDbAsync(async db =>
            (await db.AuditEntries.CountAsync(Ct), await db.AuditEntries.Where(a => a.Sequence != null).Select(a => a.Sequence!.Value).ToListAsync(Ct)));
        Assert.True(report.IsIntact, $"chain broken at {report.BrokenAtSequence} ({report.Break})");
        Assert.Equal(0, report.Unsealed.Count);
        Assert.Equal(rows, sequences.Count);
        Assert.Equal(Enumerable.Range(1, rows).Select(i => (long)i), sequences.Order());
        Assert.Equal(rows, report.CheckedCount);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromSeconds(60); waited += TimeSpan.FromMilliseconds(100))
        {
            if (await condition()) return;
            await Task.Delay(100, Ct);
        }
        Assert.Fail($"Not within a minute: {what}");
    }

    [Fact]
    public async Task Sealers_ConcurrentWritersOnTwoCopies_GiveOneUnbrokenChainWithEveryRowSealedOnce()
    {
        var one = await StartCopyAsync(sealInterval: "00:00:00.100");
        var two = await StartCopyAsync(sealInterval: "00:00:00.100");

        var written = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => NewOfficeAsync(i % 2 == 0 ? one : two, "并发"), Ct)));

        // No explicit seal: the background sealers of the two copies (each every 100 ms) do it.
        await WaitUntilAsync(async () => await UnsealedCountAsync() == 0, "every row sealed by the copies' sealers");
        var rows = await InsertRowsOfAsync(written);
        Assert.Equal(40, rows.Count);
        Assert.All(rows, r => Assert.True(r.IsSealed));
        Assert.Equal(40, rows.Select(r => r.Sequence).Distinct().Count());
        await AssertOneUnbrokenChainAsync();
    }

    [Fact]
    public async Task Sealer_CopyStoppedBetweenWriteAndSeal_NextCopySealsEveryRow()
    {
        await _first.SealAuditAsync();
        var crashed = await StartCopyAsync();
        var written = new List<Office>();
        for (var i = 0; i < 5; i++) written.Add(await NewOfficeAsync(crashed, "中断"));
        Assert.All(await InsertRowsOfAsync(written), r => Assert.False(r.IsSealed));

        await StopAsync(crashed);
        Assert.Equal(5, (await InsertRowsOfAsync(written)).Count(r => !r.IsSealed));
        await StartCopyAsync(); // its sealer's first round runs at start

        await WaitUntilAsync(async () => await UnsealedCountAsync() == 0, "the new copy sealed the stopped copy's rows");
        Assert.All(await InsertRowsOfAsync(written), r => Assert.True(r.IsSealed));
        await AssertOneUnbrokenChainAsync();
    }

    [Fact]
    public async Task SealAsync_SealersOfTwoCopiesRacingWhileWritersWrite_NeverForkTheChain()
    {
        // Slices of 3 rows: many seal transactions, each racing the other copy's for the next sequence.
        var one = _first;
        var two = await StartCopyAsync();
        var written = new List<Office>();
        var writers = Enumerable.Range(0, 30).Select(i => Task.Run(() => NewOfficeAsync(i % 2 == 0 ? one : two, "竞争"), Ct)).ToList();
        var sealers = Enumerable.Range(0, 12).Select(i => Task.Run(() => (i % 2 == 0 ? one : two).SealAuditAsync(), Ct)).ToList();

        written.AddRange(await Task.WhenAll(writers));
        var sealedWhileWriting = (await Task.WhenAll(sealers)).Sum();
        var sealedAfter = await one.SealAuditAsync() + await two.SealAuditAsync();

        Assert.True(sealedWhileWriting + sealedAfter >= 30, $"sealed {sealedWhileWriting} + {sealedAfter}");
        Assert.Equal(30, (await InsertRowsOfAsync(written)).Count(r => r.IsSealed));
        await AssertOneUnbrokenChainAsync();
    }

    [Fact]
    public async Task SealAsync_RowCommittedAfterALaterRowWasSealed_IsSealedNextWithTheNextSequence()
    {
        // SQLite has one writer at a time, so there a row cannot commit after a later-numbered one.
        Assert.SkipWhen(_first.Provider == DatabaseProvider.Sqlite, "PostgreSQL only: SQLite serialises writers");
        await _first.SealAuditAsync();
        var slow = await _first.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<YincaiDb>();
            await using var transaction = await db.Database.BeginTransactionAsync(Ct);
            var office = new Office(DemoData.Qingdao, "封存测试 晚提交", "测试路1号", "0532-12333", "工作日 9:00–17:00");
            db.Offices.Add(office);
            await db.SaveChangesAsync(Ct); // its audit row has its id now, but is not committed

            var fast = await NewOfficeAsync(_first, "先提交");
            Assert.True(await _first.SealAuditAsync() >= 1);
            Assert.True((await InsertRowsOfAsync([fast])).Single().IsSealed);

            await transaction.CommitAsync(Ct);
            return (office, fast);
        });
        await _first.SealAuditAsync();

        var late = (await InsertRowsOfAsync([slow.office])).Single();
        var early = (await InsertRowsOfAsync([slow.fast])).Single();
        Assert.True(late.Id < early.Id, $"ids {late.Id} and {early.Id}");
        Assert.True(late.Sequence > early.Sequence, $"sequences {late.Sequence} and {early.Sequence}");
        await AssertOneUnbrokenChainAsync();
    }

    [Fact]
    public async Task AuditVerify_RowLeftUnsealedPastSealWithin_ReportsItAndFails()
    {
        await _first.SealAuditAsync();
        await NewOfficeAsync(_first, "逾期");
        await Task.Delay(TimeSpan.FromSeconds(1.5), Ct);

        await using var output = new StringWriter();
        var exitCode = await _first.WithServicesAsync(services => AuditVerifyCommand.RunAsync(services, ["audit", "verify"], output));
        var report = await _first.WithServicesAsync(s => s.GetRequiredService<AuditChain>().VerifyWithAnchorsAsync(Ct));

        Assert.Equal(2, exitCode);
        Assert.Contains("UNSEALED: ", output.ToString(), StringComparison.Ordinal);
        Assert.True(report.IsIntact);
        Assert.True(report.HasFindings);
        Assert.True(report.Unsealed.Overdue >= 1, $"{report.Unsealed.Overdue} overdue");
        Assert.Equal(0, (await _first.RunAuditVerifyAsync()).ExitCode); // sealed, it is in the chain
    }

    [Fact]
    public async Task AuditPage_RowNotSealedYet_IsShownMarkedAsNotSealed()
    {
        var key = await _first.EnrolAuthenticatorAsync("auditor");
        using var auditor = _first.CreateBrowser();
        await YincaiAppFactory.SignInWithAuthenticatorAsync(auditor, "auditor", YincaiAppFactory.DemoPassword, key);
        await _first.SealAuditAsync();
        var office = await NewOfficeAsync(_first, "页面");

        var page = await (await auditor.GetAsync("/Audit", Ct)).Content.ReadAsStringAsync(Ct);
        await _first.SealAuditAsync();
        var sealedPage = await (await auditor.GetAsync("/Audit", Ct)).Content.ReadAsStringAsync(Ct);

        var row = page[..page.IndexOf(office.Id.ToString(), StringComparison.Ordinal)];
        Assert.Contains("data-testid=\"unsealed\">未封存<", row[row.LastIndexOf("<tr>", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Contains("data-testid=\"audit-unsealed\"", page, StringComparison.Ordinal);
        var sealedRow = sealedPage[..sealedPage.IndexOf(office.Id.ToString(), StringComparison.Ordinal)];
        Assert.DoesNotContain("data-testid=\"unsealed\"", sealedRow[sealedRow.LastIndexOf("<tr>", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }
}
