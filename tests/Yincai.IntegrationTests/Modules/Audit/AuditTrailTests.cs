using System.Text.Json;
using Microsoft.AspNetCore.Identity;

namespace Yincai.IntegrationTests.Modules.Audit;

/// <summary>What the audit trail records for writes and sign-ins, and that its hash chain holds.</summary>
public sealed class AuditTrailTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private const string QingdaoOfficer = "officer.qd";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string? Field(string? json, string name) =>
        json is not null && JsonDocument.Parse(json).RootElement.TryGetProperty(name, out var value) ? value.ToString() : null;

    private Task<List<AuditEntry>> EntriesOfAsync(string entityType, string entityId) =>
        app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == entityType && a.EntityId == entityId)
            .OrderBy(a => a.Id).ToListAsync(Ct));

    private Task<List<AuditEntry>> SignInsOfAsync(Guid userId) =>
        app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == AuditActions.SignIn && a.ActorId == userId)
            .OrderBy(a => a.Id).ToListAsync(Ct));

    [Fact]
    public async Task SaveChanges_InsertThenUpdateByOfficer_WritesRowsWithBeforeAfterAndActor()
    {
        var office = await app.CreateOfficeAsync(DemoData.Qingdao);
        var officerId = await app.UserIdAsync(QingdaoOfficer);
        using var client = await app.CreateApiClientAsync(QingdaoOfficer);
        var input = new OfficeInput(office.RegionCode, office.Name + "（更新）", office.Address, "0532-88888888", office.OpeningHours);

        using var response = await client.PutAsJsonAsync($"/api/v1/offices/{office.Id}", input, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = await EntriesOfAsync(nameof(Office), office.Id.ToString());
        Assert.Collection(rows,
            insert =>
            {
                Assert.Equal(AuditActions.Insert, insert.Action);
                Assert.Equal(AuditOutcome.Success, insert.Outcome);
                Assert.Null(insert.ActorId); // written by the system, outside any request
                Assert.Null(insert.Before);
                Assert.Equal(office.Name, Field(insert.After, nameof(Office.Name)));
                Assert.Equal(DemoData.Qingdao, insert.RegionCode);
            },
            update =>
            {
                Assert.Equal(AuditActions.Update, update.Action);
                Assert.Equal(AuditOutcome.Success, update.Outcome);
                Assert.Equal(officerId, update.ActorId);
                Assert.Equal(QingdaoOfficer, update.ActorName);
                Assert.Equal(DemoData.Qingdao, update.RegionCode);
                Assert.Equal(office.Name, Field(update.Before, nameof(Office.Name)));
                Assert.Equal(input.Name, Field(update.After, nameof(Office.Name)));
                Assert.Equal(office.Phone, Field(update.Before, nameof(Office.Phone)));
                Assert.Equal(input.Phone, Field(update.After, nameof(Office.Phone)));
                Assert.Null(Field(update.After, nameof(Office.Address))); // unchanged values are left out
            });
    }

    [Fact]
    public async Task VerifyAsync_AfterSeveralWrites_ReportsIntactChain()
    {
        var offices = new List<Office>();
        for (var i = 0; i < 3; i++) offices.Add(await app.CreateOfficeAsync(DemoData.Qingdao));
        using var client = await app.CreateApiClientAsync(QingdaoOfficer);
        foreach (var office in offices)
        {
            using var put = await client.PutAsJsonAsync($"/api/v1/offices/{office.Id}",
                new OfficeInput(office.RegionCode, office.Name + "*", office.Address, office.Phone, office.OpeningHours), Ct);
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }
        using var browser = app.CreateBrowser();
        using var failedSignIn = await YincaiAppFactory.PostLoginAsync(browser, QingdaoOfficer, "Wrong#Pass1");
        var last = await app.LastAuditSequenceAsync();

        var report = await app.VerifyAuditChainAsync();

        Assert.True(report.IsIntact, $"chain broken at {report.BrokenAtSequence} ({report.Break})");
        Assert.Null(report.Break);
        Assert.True(report.CheckedCount >= last, $"checked {report.CheckedCount} of {last} rows");
    }

    [Fact]
    public async Task SaveChanges_ALargeBatch_WritesAnAuditRowPerRecordWithTheChainIntact()
    {
        // 1,500 rows: past the point where PostgreSQL gets the audit rows by COPY rather than by EF's inserts.
        var mark = await app.LastAuditSequenceAsync();
        var tag = Guid.NewGuid().ToString("N")[..8];
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < 1_500; i++)
                db.Offices.Add(new Office(DemoData.Qingdao, $"批量服务站{tag}-{i}", "青岛市市南区香港中路1号", "0532-12345678", "工作日 9:00-17:00"));
            await db.SaveChangesAsync(Ct);
        });
        await app.CreateOfficeAsync(DemoData.Qingdao);

        var written = await app.AuditEntriesAfterAsync(mark);
        var report = await app.VerifyAuditChainAsync();
        Assert.True(report.IsIntact, $"chain broken at {report.BrokenAtSequence} ({report.Break})");
        Assert.Equal(Enumerable.Range(1, written.Count).Select(i => mark + i), written.Select(a => a.Sequence!.Value));
        var batch = written.Where(a => a.After?.Contains($"批量服务站{tag}-", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(1_500, batch.Count);
        Assert.All(batch, a => Assert.Equal((AuditActions.Insert, "Office", DemoData.Qingdao), (a.Action, a.EntityType, a.RegionCode)));
        Assert.Equal(batch.Select(a => a.EntityId).Distinct().Count(), batch.Count);
    }

    [Fact]
    public async Task VerifyAsync_AfterConcurrentWrites_ReportsIntactChainWithoutGaps()
    {
        var mark = await app.LastAuditSequenceAsync();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => app.CreateOfficeAsync(DemoData.Qingdao), Ct)));

        var written = await app.AuditEntriesAfterAsync(mark);
        var report = await app.VerifyAuditChainAsync();
        Assert.True(report.IsIntact, $"chain broken at {report.BrokenAtSequence} ({report.Break})");
        Assert.True(written.Count >= 8);
        Assert.Equal(Enumerable.Range(1, written.Count).Select(i => mark + i), written.Select(a => a.Sequence!.Value));
    }

    [Fact]
    public async Task SignInForm_FailureThenSuccess_WritesSignInRowForEach()
    {
        var account = await app.CreateStaffAsync(DemoData.Qingdao, Roles.Officer);
        using var browser = app.CreateBrowser();

        using var failed = await YincaiAppFactory.PostLoginAsync(browser, account.UserName, account.Password + "x");
        using var succeeded = await YincaiAppFactory.PostLoginAsync(browser, account.UserName, account.Password);

        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, succeeded.StatusCode);
        var rows = await SignInsOfAsync(account.Id);
        Assert.Collection(rows,
            failure =>
            {
                Assert.Equal(AuditOutcome.Failure, failure.Outcome);
                Assert.Equal(account.UserName, failure.ActorName);
            },
            success =>
            {
                Assert.Equal(AuditOutcome.Success, success.Outcome);
                Assert.Equal(account.UserName, success.ActorName);
            });
    }

    [Fact]
    public async Task IssueToken_FailureThenSuccess_WritesSignInRowForEach()
    {
        var account = await app.CreateStaffAsync(DemoData.Qingdao, Roles.Officer);
        using var client = app.CreateClient();

        using var failed = await client.PostAsJsonAsync("/api/v1/auth/token",
            new { userName = account.UserName, password = account.Password + "x" }, Ct);
        using var succeeded = await app.WithSecondStepAsync(account.UserName, code => client.PostAsJsonAsync("/api/v1/auth/token",
            new { userName = account.UserName, password = account.Password, twoFactorCode = code }, Ct));

        Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, succeeded.StatusCode);
        var rows = await SignInsOfAsync(account.Id);
        Assert.Collection(rows,
            failure => Assert.Equal(AuditOutcome.Failure, failure.Outcome),
            success => Assert.Equal(AuditOutcome.Success, success.Outcome));
    }

    [Fact]
    public async Task SignInForm_UnknownUser_WritesFailedSignInRowWithoutWhatWasTyped()
    {
        var userName = TestData.UniqueUserName("nobody");
        using var browser = app.CreateBrowser();
        var mark = await app.LastAuditSequenceAsync();

        using var response = await YincaiAppFactory.PostLoginAsync(browser, userName, TestData.NewPassword());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = Assert.Single(await app.AuditEntriesAfterAsync(mark), a => a.Action == AuditActions.SignIn);
        Assert.Equal(AuditOutcome.Failure, row.Outcome);
        Assert.Null(row.ActorId);
        // What was typed may be someone's mobile number: it is not kept.
        Assert.Null(row.ActorName);
        Assert.DoesNotContain(userName, string.Join('\n', row.EntityId, row.Before, row.After), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditTrail_AfterRegistrationSignInsAndTokens_ContainsNoPasswordOrPasswordHash()
    {
        var staff = await app.CreateStaffAsync(DemoData.Qingdao, Roles.Officer);
        var wrongPassword = TestData.NewPassword();
        var mobile = TestData.NewMobile();
        var talentPassword = TestData.NewPassword();
        using var browser = app.CreateBrowser();
        using var registered = await app.RegisterByFormAsync(browser, AccountKind.Talent, mobile, "测试人才", talentPassword);
        using var staffBrowser = app.CreateBrowser();
        using var wrongSignIn = await YincaiAppFactory.PostLoginAsync(staffBrowser, staff.UserName, wrongPassword);
        using var rightSignIn = await YincaiAppFactory.PostLoginAsync(staffBrowser, staff.UserName, staff.Password);
        using var api = app.CreateClient();
        using var wrongToken = await api.PostAsJsonAsync("/api/v1/auth/token", new { userName = staff.UserName, password = wrongPassword }, Ct);
        using var rightToken = await app.WithSecondStepAsync(staff.UserName, code =>
            api.PostAsJsonAsync("/api/v1/auth/token", new { userName = staff.UserName, password = staff.Password, twoFactorCode = code }, Ct));

        var hashes = await app.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var index = services.GetRequiredService<Yincai.Platform.Protection.FieldProtection>().BlindIndex(mobile);
            var talent = await users.Users.SingleAsync(u => u.MobileIndex == index, Ct);
            var officer = await users.FindByNameAsync(staff.UserName);
            return new[] { talent?.PasswordHash, officer?.PasswordHash, officer?.SecurityStamp };
        });
        var rows = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().ToListAsync(Ct));

        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, rightSignIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rightToken.StatusCode);
        Assert.All(hashes, h => Assert.False(string.IsNullOrEmpty(h)));
        var secrets = new[] { staff.Password, wrongPassword, talentPassword }.Concat(hashes.Select(h => h!)).ToList();
        Assert.All(rows, row =>
        {
            var text = string.Join('\n', row.Action, row.ActorName, row.EntityType, row.EntityId, row.RegionCode, row.Before, row.After, row.IpAddress);
            Assert.All(secrets, secret => Assert.DoesNotContain(secret, text, StringComparison.Ordinal));
        });
    }
}
