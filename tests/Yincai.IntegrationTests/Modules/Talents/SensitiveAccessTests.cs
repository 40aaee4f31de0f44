using Yincai.IntegrationTests.Modules.Ambassadors;
using Yincai.Modules.Notifications.Contracts;

namespace Yincai.IntegrationTests.Modules.Talents;

/// <summary>SECURITY.md §2 (access logging, reveals): an officer's download of a talent's résumé PDF is written to the audit
/// trail like an export, and reveals of protected values are limited per officer; past the limit nothing is shown, the
/// refusal is audited and the security admins are alerted in their inbox, once per officer and window.</summary>
public sealed class SensitiveAccessTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<HttpResponseMessage> RevealAsync(HttpClient officer, Guid talentId)
    {
        var page = $"/Talents/Review/Details?id={talentId}";
        return YincaiAppFactory.PostFormAsync(officer, page + "&handler=Reveal",
            new Dictionary<string, string> { ["id"] = talentId.ToString(), ["purpose"] = "identity_check" }, tokenFrom: page);
    }

    [Fact]
    public async Task ResumePdf_OfficerDownloads_IsAuditedWithTheTalentAndPurpose()
    {
        using var me = await app.SignedInTalentAsync();
        using var saved = await ProfileTestData.PostMultipartAsync(me.Browser, "/Talents/Profile/ResumeEdit",
            new Dictionary<string, string> { ["Form.Title"] = "数据分析岗位", ["Form.Text"] = "熟悉 Python。" }, "Form.Pdf", "简历.pdf", ProfileTestData.Pdf());
        var resume = await app.WithDbAsync(db => db.Resumes.AsNoTracking().SingleAsync(r => r.TalentId == me.Talent.Id, Ct));
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");
        var mark = await app.LastAuditSequenceAsync();

        using var download = await officer.GetAsync($"/Talents/Review/Details?handler=Pdf&id={me.Talent.Id}&resumeId={resume.Id}", Ct);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var row = Assert.Single(await app.AuditEntriesAfterAsync(mark), a => a.Action == AuditActions.Export);
        Assert.Equal(("officer.qd", nameof(Talent), me.Talent.Id.ToString(), me.Talent.RegionCode),
            (row.ActorName, row.EntityType, row.EntityId, row.RegionCode));
        Assert.Contains("\"document\":\"ResumePdf\"", row.After, StringComparison.Ordinal);
        Assert.Contains(resume.Id.ToString(), row.After, StringComparison.Ordinal);
        Assert.Contains("\"purpose\":\"officer_review\"", row.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reveal_EleventhWithinAMinute_IsRefusedAuditedAndAlertsTheSecurityAdminOnce()
    {
        var account = await app.CreateStaffAsync(DemoData.Qingdao, Roles.Officer);
        var (_, talent, idNumber) = await app.CreateTalentAsync("370202");
        using var officer = await app.ClientAsync(Via.Cookie, account.UserName, account.Password);
        var securityAdmin = await app.UserIdAsync("secadmin");
        var mark = await app.LastAuditSequenceAsync();
        for (var i = 0; i < 10; i++)
        {
            using var allowed = await RevealAsync(officer, talent.Id);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
            Assert.Contains(idNumber, await allowed.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        using var eleventh = await RevealAsync(officer, talent.Id);
        using var twelfth = await RevealAsync(officer, talent.Id);

        var html = await eleventh.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.TooManyRequests, eleventh.StatusCode);
        Assert.DoesNotContain(idNumber, html, StringComparison.Ordinal);
        Assert.Contains("查看完整个人信息过于频繁（每分钟最多 10 次", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, twelfth.StatusCode);
        Assert.DoesNotContain(idNumber, await twelfth.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var entries = await app.AuditEntriesAfterAsync(mark);
        var views = entries.Where(a => a.Action == AuditActions.SensitiveView && a.ActorId == account.Id).ToList();
        Assert.Equal(10, views.Count(a => a.Outcome == AuditOutcome.Success));
        Assert.Equal(2, views.Count(a => a.Outcome == AuditOutcome.Denied && a.After!.Contains("rate_limit", StringComparison.Ordinal)));
        var alert = Assert.Single(entries, a => a.Action == AuditActions.RevealLimitAlert);
        Assert.Equal(account.Id.ToString(), alert.EntityId);
        var told = await app.ToldAsync(securityAdmin, NotificationKinds.RevealLimitPerMinute);
        Assert.Equal([account.UserName, "10"], Assert.Single(told, values => values[0] == account.UserName));
        Assert.DoesNotContain(await app.ToldAsync(securityAdmin, NotificationKinds.RevealLimitPerDay), values => values[0] == account.UserName);
    }

    [Fact]
    public async Task Reveal_AnotherOfficerAfterOneReachedTheLimit_IsStillShown()
    {
        var busy = await app.CreateStaffAsync(DemoData.Qingdao, Roles.Officer);
        var (_, talent, idNumber) = await app.CreateTalentAsync("370202");
        using (var first = await app.ClientAsync(Via.Cookie, busy.UserName, busy.Password))
            for (var i = 0; i < 11; i++) (await RevealAsync(first, talent.Id)).Dispose();
        var other = await app.CreateStaffAsync(DemoData.Qingdao, Roles.Officer);
        using var second = await app.ClientAsync(Via.Cookie, other.UserName, other.Password);

        using var response = await RevealAsync(second, talent.Id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(idNumber, await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RevealOnAmbassadorPage_OfficerWhoReachedTheLimitOnTalents_IsRefusedToo()
    {
        var account = await app.CreateStaffAsync(DemoData.Qingdao, Roles.Officer);
        var (_, talent, _) = await app.CreateTalentAsync("370202");
        var input = AmbassadorTestData.Candidate(DemoData.Qingdao);
        var ambassador = await app.AddAsync(input);
        using var officer = await app.ClientAsync(Via.Cookie, account.UserName, account.Password);
        for (var i = 0; i < 10; i++) (await RevealAsync(officer, talent.Id)).Dispose();
        var details = $"/Ambassadors/Details?id={ambassador.Id}";

        using var reveal = await officer.SubmitFormAsync(details + "&handler=Reveal", new() { ["id"] = ambassador.Id.ToString(), ["purpose"] = "filing" }, details);

        Assert.Equal(HttpStatusCode.TooManyRequests, reveal.StatusCode);
        var html = await reveal.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain(input.IdNumber, html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"reveal-refused\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reveal_BurstOfFifteenAtOnce_ShowsTheNumberExactlyTenTimes()
    {
        var account = await app.CreateStaffAsync(DemoData.Qingdao, Roles.Officer);
        var (_, talent, idNumber) = await app.CreateTalentAsync("370202");
        using var officer = await app.ClientAsync(Via.Cookie, account.UserName, account.Password);

        var pages = await Task.WhenAll(Enumerable.Range(0, 15).Select(_ => Task.Run(async () =>
        {
            using var response = await RevealAsync(officer, talent.Id);
            return (response.StatusCode, Html: await response.Content.ReadAsStringAsync(Ct));
        }, Ct)));

        Assert.Equal(10, pages.Count(p => p.StatusCode == HttpStatusCode.OK && p.Html.Contains(idNumber, StringComparison.Ordinal)));
        Assert.Equal(5, pages.Count(p => p.StatusCode == HttpStatusCode.TooManyRequests && !p.Html.Contains(idNumber, StringComparison.Ordinal)));
    }
}
