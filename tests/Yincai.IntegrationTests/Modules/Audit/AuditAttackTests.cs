using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Yincai.IntegrationTests.Modules.Audit;

/// <summary>
/// The three attacks on the audit trail that a plain hash chain misses, each by a superuser on the app's database
/// through a raw connection, followed by <c>audit verify</c>: the newest rows deleted, a row rewritten with every later
/// hash recomputed (plain SHA-256, as the code without the key would), and a forged row appended. The keyed chain and
/// the signed anchors outside the database catch each one and say which it is.
/// </summary>
public sealed class AuditAttackTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The canonical text of a row, rebuilt by an attacker who read the source but holds no key.</summary>
    private static string Canonical(AuditEntry e, long sequence, string? after, string? previousHash) =>
        string.Join('\u001f', sequence.ToString(CultureInfo.InvariantCulture),
            e.OccurredAtUtc.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture), e.Action,
            ((int)e.Outcome).ToString(CultureInfo.InvariantCulture), e.ActorId?.ToString() ?? "", e.ActorName ?? "", e.EntityType ?? "",
            e.EntityId ?? "", e.RegionCode ?? "", e.Before ?? "", after ?? "", e.IpAddress ?? "", previousHash ?? "");

    private static string PlainSha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private Task<List<AuditEntry>> RowsFromAsync(long sequence) =>
        app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Sequence >= sequence).OrderBy(a => a.Sequence).ToListAsync(Ct));

    [Fact]
    public async Task AuditVerify_LastTenRowsDeleted_ReportsTheTruncationAgainstTheLatestAnchor()
    {
        for (var i = 0; i < 11; i++) await app.CreateOfficeAsync(DemoData.Qingdao);
        var head = await app.WriteAuditAnchorAsync();
        Assert.Equal(0, (await app.RunAuditVerifyAsync()).ExitCode);
        await using var tamper = await AuditTamper.BeginAsync(app);
        for (var sequence = head.Sequence; sequence > head.Sequence - 10; sequence--) await tamper.DeleteAsync(sequence);

        var (exitCode, output) = await app.RunAuditVerifyAsync();

        Assert.NotEqual(0, exitCode);
        Assert.Contains("TRUNCATED", output, StringComparison.Ordinal);
        Assert.Contains($"chain ends at {head.Sequence - 10} but anchor says {head.Sequence}", output, StringComparison.Ordinal);
        var report = await app.VerifyAuditChainAsync();
        Assert.Equal((head.Sequence - 9, AuditChainBreak.Truncated), (report.BrokenAtSequence, report.Break));
    }

    [Fact]
    public async Task AuditVerify_MiddleRowRewrittenWithEveryLaterHashRecomputedWithoutTheKey_ReportsTheRewrittenRow()
    {
        var office = await app.CreateOfficeAsync(DemoData.Qingdao);
        for (var i = 0; i < 3; i++) await app.CreateOfficeAsync(DemoData.Qingdao);
        await app.WriteAuditAnchorAsync();
        var target = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(a => a.EntityType == nameof(Office) && a.EntityId == office.Id.ToString() && a.Action == AuditActions.Insert, Ct));
        var rows = await RowsFromAsync(target.Sequence!.Value);
        // The attacker's rebuild of the text is faithful: over an untouched row it is exactly what the chain hashes.
        Assert.Equal(target.Canonical(), Canonical(target, target.Sequence!.Value, target.After, target.PreviousHash));

        await using var tamper = await AuditTamper.BeginAsync(app);
        var previousHash = target.PreviousHash;
        foreach (var row in rows)
        {
            var after = row.Sequence == target.Sequence!.Value ? row.After!.Replace(office.Phone, "0532-00000000", StringComparison.Ordinal) : row.After;
            var hash = PlainSha256(Canonical(row, row.Sequence!.Value, after, previousHash));
            await tamper.UpdateAsync(row.Sequence!.Value, ("After", after), ("PreviousHash", previousHash), ("Hash", hash));
            previousHash = hash;
        }

        var (exitCode, output) = await app.RunAuditVerifyAsync();

        Assert.NotEqual(0, exitCode);
        Assert.Contains($"BROKEN at entry {target.Sequence!.Value}: REWRITTEN", output, StringComparison.Ordinal);
        var report = await app.VerifyAuditChainAsync();
        Assert.Equal((target.Sequence!.Value, AuditChainBreak.ContentAltered), (report.BrokenAtSequence, report.Break));
        Assert.Equal(target.Sequence!.Value - 1, report.CheckedCount);
    }

    [Fact]
    public async Task AuditVerify_ForgedRowAppended_ReportsTheForgery()
    {
        await app.CreateOfficeAsync(DemoData.Qingdao);
        var head = await app.WriteAuditAnchorAsync();
        var last = (await RowsFromAsync(head.Sequence)).Single();
        var forgedAfter = "{\"Name\":\"伪造的服务站\"}";
        var forgedHash = PlainSha256(Canonical(last, head.Sequence + 1, forgedAfter, head.Hash));

        await using var tamper = await AuditTamper.BeginAsync(app);
        await tamper.InsertLikeAsync(head.Sequence, ("Sequence", head.Sequence + 1), ("After", forgedAfter), ("PreviousHash", head.Hash),
            ("Hash", forgedHash));

        var (exitCode, output) = await app.RunAuditVerifyAsync();

        Assert.NotEqual(0, exitCode);
        Assert.Contains($"BROKEN at entry {head.Sequence + 1}: FORGED", output, StringComparison.Ordinal);
        var report = await app.VerifyAuditChainAsync();
        Assert.Equal((head.Sequence + 1, AuditChainBreak.Forged), (report.BrokenAtSequence, report.Break));
    }

    [Fact]
    public async Task AuditVerify_AnchorLineEditedByHand_ReportsTheTamperedAnchor()
    {
        await app.CreateOfficeAsync(DemoData.Qingdao);
        var head = await app.WriteAuditAnchorAsync();
        var original = await File.ReadAllTextAsync(app.AnchorFile, Ct);
        var lines = original.TrimEnd('\n').Split('\n');
        // The attacker moves the latest anchor back to the row before, to hide the cut of the newest row.
        var parts = lines[^1].Split(' ');
        var before = (await RowsFromAsync(head.Sequence - 1))[0];
        parts[0] = (head.Sequence - 1).ToString(CultureInfo.InvariantCulture);
        parts[1] = before.Hash!;
        lines[^1] = string.Join(' ', parts);
        try
        {
            await File.WriteAllTextAsync(app.AnchorFile, string.Join('\n', lines) + "\n", Ct);

            var (exitCode, output) = await app.RunAuditVerifyAsync();

            Assert.NotEqual(0, exitCode);
            Assert.Contains($"line {lines.Length} has a bad signature", output, StringComparison.Ordinal);
        }
        finally
        {
            await File.WriteAllTextAsync(app.AnchorFile, original, CancellationToken.None);
        }
    }

    [Fact]
    public async Task AuditVerify_UntouchedChain_ExitsZeroAndNamesTheLatestAnchor()
    {
        await app.CreateOfficeAsync(DemoData.Qingdao);
        var head = await app.WriteAuditAnchorAsync();

        var (exitCode, output) = await app.RunAuditVerifyAsync();

        Assert.Equal(0, exitCode);
        Assert.Contains("Audit chain intact", output, StringComparison.Ordinal);
        Assert.Contains($"anchor {head.Sequence} written", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditVerify_AnchorOptionBeyondTheChain_ReportsTheTruncation()
    {
        var head = await app.WriteAuditAnchorAsync();

        var (exitCode, output) = await app.RunAuditVerifyAsync($"--anchor={head.Sequence + 5}:{head.Hash}");

        Assert.Equal(2, exitCode);
        Assert.Contains($"but anchor says {head.Sequence + 5}", output, StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInAuditorAsync()
    {
        var key = await app.EnrolAuthenticatorAsync("auditor");
        var browser = app.CreateBrowser();
        await YincaiAppFactory.SignInWithAuthenticatorAsync(browser, "auditor", YincaiAppFactory.DemoPassword, key);
        return browser;
    }

    /// <summary>One sign-in for both checks: an authenticator code is accepted once.</summary>
    [Fact]
    public async Task AuditPage_Auditor_SeesTheLatestSignedAnchorAndTheTruncationWhenTheNewestRowIsDeleted()
    {
        using var auditor = await SignedInAuditorAsync();
        await app.CreateOfficeAsync(DemoData.Qingdao);
        var head = await app.WriteAuditAnchorAsync();

        var page = await (await auditor.GetAsync("/Audit", Ct)).Content.ReadAsStringAsync(Ct);
        string verified;
        await using (var tamper = await AuditTamper.BeginAsync(app))
        {
            await tamper.DeleteAsync(head.Sequence);
            using var response = await YincaiAppFactory.PostFormAsync(auditor, "/Audit?handler=Verify", [], tokenFrom: "/Audit");
            verified = await response.Content.ReadAsStringAsync(Ct);
            await tamper.ForgetFromAsync(head.Sequence); // the page's own audit.verify row, written where the deleted row was
        }

        Assert.Contains($"data-testid=\"audit-anchor\">{head}</code>", page, StringComparison.Ordinal);
        Assert.Contains(app.AnchorFile, page, StringComparison.Ordinal);
        Assert.Contains($"审计链被截断：链止于第 {head.Sequence - 1} 条", verified, StringComparison.Ordinal);
        Assert.Contains($"记录到第 {head.Sequence} 条", verified, StringComparison.Ordinal);
    }
}
