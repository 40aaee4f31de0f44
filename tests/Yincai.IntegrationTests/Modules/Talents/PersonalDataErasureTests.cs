using System.Globalization;
using Yincai.IntegrationTests.Modules.Employers;
using Yincai.Modules.Talents.Contracts;

namespace Yincai.IntegrationTests.Modules.Talents;

/// <summary>
/// PIPL erasure that holds in the database: after a completed deletion request, neither the audit trail nor the account
/// or talent rows keep the person's name, mobile, birth date or ID number in any readable form; the audit trail shows
/// them to the auditor only while the person's key exists, and its hash chain still verifies.
/// </summary>
public sealed class PersonalDataErasureTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>A valid ID number of Qingdao's 市南区 with the given birth date (check digit per GB 11643).</summary>
    private static string IdNumber(DateOnly born)
    {
        var body = "370202" + born.ToString("yyyyMMdd", CultureInfo.InvariantCulture)
            + Random.Shared.Next(0, 1000).ToString("D3", CultureInfo.InvariantCulture);
        return body + "10X98765432"[body.Select((c, i) => (c - '0') * Weights[i]).Sum() % 11];
    }

    [Fact]
    public async Task CompleteDeletion_AfterRegistrationProfileApplicationAndSignIns_LeavesNoPersonalValueInAuditUsersOrTalents()
    {
        var name = "销" + (char)('甲' + Random.Shared.Next(0, 10)) + Guid.NewGuid().ToString("N")[..4];
        var mobile = TestData.NewMobile();
        var typedMobile = $"+86 {mobile[..3]}-{mobile[3..7]}-{mobile[7..]}";
        var born = new DateOnly(1976, 1, 1).AddDays(Random.Shared.Next(0, 3000));
        var idNumber = IdNumber(born);
        var password = TestData.NewPassword();
        using var browser = app.CreateBrowser();
        using var registered = await app.RegisterByFormAsync(browser, AccountKind.Talent, mobile, name, password);
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        // Registration leads to the sign-in page (it answers a taken number alike); the newcomer signs in with the number.
        await YincaiAppFactory.SignInAsync(browser, mobile, password);
        using var saved = await YincaiAppFactory.PostFormAsync(browser, "/Talents/Profile",
        [
            new("Input.FullName", name), new("Input.IdNumber", idNumber), new("Province", "370000"),
            new("Input.HouseholdRegionCode", "370202"), new("Input.Mobile", typedMobile),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var talent = await app.WithDbAsync(db => db.Talents.AsNoTracking().SingleAsync(t => t.FullName == name, Ct));
        var userId = talent.UserId!.Value;
        await app.ApplyToNewJobAsync(userId, "注销审计测试岗位");
        // Signed in by mobile (as typed, and as digits), with a wrong password once, and by a mobile nobody has.
        using (var again = app.CreateBrowser())
        {
            using var wrong = await YincaiAppFactory.PostLoginAsync(again, mobile, password + "x");
            await YincaiAppFactory.SignInAsync(again, typedMobile, password);
            using var unknown = await YincaiAppFactory.PostLoginAsync(again, mobile[..10] + (mobile[10] == '9' ? '0' : '9'), password);
        }
        using var token = await app.CreateApiClientAsync(mobile, password);
        var userName = await app.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.UserName!).SingleAsync(Ct));
        using var auditor = await SignedInAuditorAsync();
        var trail = await auditor.GetStringAsync("/Audit?actor=" + Uri.EscapeDataString(userName), Ct);

        using var qingdao = await app.ClientAsync(Via.Cookie, "officer.qd");
        using var asked = await YincaiAppFactory.PostFormAsync(browser, "/Talents/Profile/Data?handler=Delete",
            new Dictionary<string, string> { ["Reason"] = "不再求职" }, tokenFrom: "/Talents/Profile/Data");
        var requestId = await app.WithDbAsync(db => db.DeletionRequests.Where(r => r.TalentId == talent.Id).Select(r => r.Id).SingleAsync(Ct));
        using var done = await YincaiAppFactory.PostFormAsync(qingdao, $"/Talents/Deletions/Details?id={requestId}&handler=Complete",
            new Dictionary<string, string> { ["id"] = requestId.ToString(), ["version"] = "0" }, tokenFrom: "/Talents/Deletions");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);

        // Before the erasure, the auditor reads the values in clear (decrypted under the person's key).
        Assert.Contains(name, trail, StringComparison.Ordinal);
        Assert.Contains(born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), trail, StringComparison.Ordinal);
        var needles = new[]
        {
            name, mobile, typedMobile, idNumber, born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            born.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
        };
        var hits = new List<string>();
        hits.AddRange(await ScanAsync("SELECT * FROM audit_entry", needles));
        hits.AddRange(await ScanAsync($"SELECT * FROM accounts_user WHERE \"Id\" = '{Key(userId)}'", needles));
        hits.AddRange(await ScanAsync($"SELECT * FROM talents_talent WHERE \"Id\" = '{Key(talent.Id)}'", needles));
        Assert.True(hits.Count == 0, $"{hits.Count} personal values left:\n" + string.Join('\n', hits.Take(60)));
        Assert.DoesNotContain(mobile, userName, StringComparison.Ordinal);
        var erased = await app.ReloadTalentAsync(talent.Id);
        Assert.Equal(((DateOnly?)null, (Gender?)null), ((DateOnly?)erased.BirthDate, (Gender?)erased.Gender));
        var report = await app.VerifyAuditChainAsync();
        Assert.True(report.IsIntact, $"chain broken at {report.BrokenAtSequence} ({report.Break})");
        var after = await auditor.GetStringAsync("/Audit?actor=" + Uri.EscapeDataString(userName), Ct);
        Assert.DoesNotContain(name, after, StringComparison.Ordinal);
        Assert.Contains("已删除的个人信息", after, StringComparison.Ordinal);
        using var signIn = await YincaiAppFactory.PostLoginAsync(app.CreateBrowser(), mobile, password);
        Assert.NotEqual(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    // Guids as each provider stores them: SQLite as upper-case text, PostgreSQL as uuid.
    private string Key(Guid id) => app.Provider == DatabaseProvider.Sqlite ? id.ToString().ToUpperInvariant() : id.ToString();

    /// <summary>Every column of every row the query returns, as text, searched for each needle: "table#row.column: needle".</summary>
    private async Task<List<string>> ScanAsync(string sql, string[] needles)
    {
        await using var connection = await app.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var hits = new List<string>();
        var row = 0;
        while (await reader.ReadAsync(Ct))
        {
            row++;
            for (var i = 0; i < reader.FieldCount; i++)
            {
                if (await reader.IsDBNullAsync(i, Ct)) continue;
                var text = Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) ?? "";
                foreach (var needle in needles.Where(n => text.Contains(n, StringComparison.Ordinal)))
                    hits.Add($"{sql.Split(' ')[3]}#{row}.{reader.GetName(i)}: {needle} in {(text.Length > 200 ? text[..200] : text)}");
            }
        }
        return hits;
    }

    private async Task<HttpClient> SignedInAuditorAsync()
    {
        var auditor = await app.CreateStaffAsync(DemoData.Shandong, Roles.Auditor);
        var key = await app.EnrolAuthenticatorAsync(auditor.UserName);
        var browser = app.CreateBrowser();
        await YincaiAppFactory.SignInWithAuthenticatorAsync(browser, auditor.UserName, auditor.Password, key);
        return browser;
    }
}
