using System.Data.Common;
using System.Text.Json.Nodes;

namespace Yincai.IntegrationTests.Modules.Audit;

/// <summary>SECURITY.md T8: the database refuses edits of the audit trail, and the verifier names the first broken
/// link when a superuser edits or deletes a row all the same.</summary>
public sealed class AuditTamperTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The insert row of a new office, followed by the rows of a second one, so it is not the newest.</summary>
    private async Task<AuditEntry> MiddleRowAsync()
    {
        var office = await app.CreateOfficeAsync(DemoData.Qingdao);
        await app.CreateOfficeAsync(DemoData.Qingdao);
        await app.SealAuditAsync();
        return await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(a => a.EntityType == nameof(Office) && a.EntityId == office.Id.ToString() && a.Action == AuditActions.Insert, Ct));
    }

    private async Task ExecuteAsync(string sql, long sequence)
    {
        await using var connection = await app.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (sql.Contains("@sequence", StringComparison.Ordinal))
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "sequence";
            parameter.Value = sequence;
            command.Parameters.Add(parameter);
        }
        await command.ExecuteNonQueryAsync(Ct);
    }

    [Fact]
    public async Task VerifyAsync_AfterOfOneRowEditedBySuperuser_ReportsThatRow()
    {
        var target = await MiddleRowAsync();
        Assert.True((await app.VerifyAuditChainAsync()).IsIntact);
        await using var tamper = await AuditTamper.BeginAsync(app);
        var forged = JsonNode.Parse(target.After!)!;
        forged[nameof(Office.Phone)] = "0532-00000000";
        await tamper.SetAfterAsync(target.Sequence!.Value, forged.ToJsonString());

        var report = await app.VerifyAuditChainAsync();

        Assert.False(report.IsIntact);
        Assert.Equal(target.Sequence!.Value, report.BrokenAtSequence);
        Assert.Equal(AuditChainBreak.ContentAltered, report.Break);
        Assert.Equal(target.Sequence!.Value - 1, report.CheckedCount);
    }

    [Fact]
    public async Task VerifyAsync_OneRowDeletedBySuperuser_ReportsTheMissingSequence()
    {
        var target = await MiddleRowAsync();
        Assert.True((await app.VerifyAuditChainAsync()).IsIntact);
        await using var tamper = await AuditTamper.BeginAsync(app);
        await tamper.DeleteAsync(target.Sequence!.Value);

        var report = await app.VerifyAuditChainAsync();

        Assert.False(report.IsIntact);
        Assert.Equal(target.Sequence!.Value, report.BrokenAtSequence);
        Assert.Equal(AuditChainBreak.Missing, report.Break);
    }

    [Fact]
    public async Task VerifyAsync_NewestRowDeletedAndAnchorKept_ReportsTheCutOff()
    {
        await app.CreateOfficeAsync(DemoData.Qingdao);
        await app.SealAuditAsync();
        var head = await app.WithServicesAsync(s => s.GetRequiredService<AuditChain>().HeadAsync(Ct));
        Assert.NotNull(head);
        await using var tamper = await AuditTamper.BeginAsync(app);
        await tamper.DeleteAsync(head.Sequence);

        var withoutAnchor = await app.WithServicesAsync(s => s.GetRequiredService<AuditChain>().VerifyAsync(Ct));
        var withAnchor = await app.WithServicesAsync(s => s.GetRequiredService<AuditChain>().VerifyAsync(Ct, head));

        Assert.True(withoutAnchor.IsIntact); // what the chain alone cannot see
        Assert.False(withAnchor.IsIntact);
        Assert.Equal(head.Sequence, withAnchor.BrokenAtSequence);
        Assert.Equal(AuditChainBreak.Truncated, withAnchor.Break);
        Assert.Equal(head.Sequence - 1, withAnchor.LastSequence);
    }

    [Fact]
    public async Task VerifyAsync_AfterTamperingIsUndone_ReportsIntactChain()
    {
        var target = await MiddleRowAsync();
        await using (var tamper = await AuditTamper.BeginAsync(app))
        {
            await tamper.SetAfterAsync(target.Sequence!.Value, null);
            Assert.False((await app.VerifyAuditChainAsync()).IsIntact);
        }

        var report = await app.VerifyAuditChainAsync();

        Assert.True(report.IsIntact, $"chain broken at {report.BrokenAtSequence} ({report.Break})");
    }

    [Theory]
    [InlineData("UPDATE audit_entry SET \"After\" = 'forged' WHERE \"Sequence\" = @sequence")]
    [InlineData("DELETE FROM audit_entry WHERE \"Sequence\" = @sequence")]
    public async Task RawSql_WithAppendOnlyTriggers_IsRefusedAndRowStays(string sql)
    {
        var target = await MiddleRowAsync();

        var error = await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync(sql, target.Sequence!.Value));

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        var stored = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleOrDefaultAsync(a => a.Sequence == target.Sequence!.Value, Ct));
        Assert.NotNull(stored);
        Assert.Equal(target.After, stored.After);
        Assert.Equal(target.Hash, stored.Hash);
    }

    [Fact]
    public async Task RawSql_WipingTheTrailWithAppendOnlyTriggers_IsRefused()
    {
        var target = await MiddleRowAsync();
        // PostgreSQL's TRUNCATE skips row triggers, so the migration adds a statement trigger for it; SQLite has none.
        var wipe = app.Provider == DatabaseProvider.Postgres ? "TRUNCATE audit_entry" : "DELETE FROM audit_entry WHERE \"Sequence\" >= @sequence";

        var error = await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync(wipe, target.Sequence!.Value));

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        Assert.True((await app.VerifyAuditChainAsync()).IsIntact);
        Assert.True(await app.LastAuditSequenceAsync() > target.Sequence!.Value);
    }
}
