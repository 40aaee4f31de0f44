using Yincai.IntegrationTests.Modules.Employers;
using Yincai.IntegrationTests.Modules.Talents;
using static Yincai.IntegrationTests.Modules.Imports.ImportTestData;

namespace Yincai.IntegrationTests.Modules.Imports;

/// <summary>Officers' lists export to .xlsx with the list's filters, masked as on screen, neutralised against
/// formula injection, watermarked with user and time, and audited with filter and row count (SECURITY.md §3).</summary>
public sealed class ExportTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TalentExport_NameStartingWithEquals_IsNeutralisedMaskedWatermarkedAndAudited()
    {
        const string name = "=HYPERLINK(\"http://evil.example\",\"点我\")";
        var (_, talent, idNumber) = await app.CreateTalentAsync("370202", name);
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");
        var mark = await app.LastAuditSequenceAsync();

        using var response = await officer.GetAsync("/Talents/Review/Export?q=" + Uri.EscapeDataString("=HYPERLINK(\"http://evil.example\""), Ct);
        var rows = Rows(await response.Content.ReadAsByteArrayAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.DispositionType, StringComparison.Ordinal);
        Assert.Contains("officer.qd", rows[0][0], StringComparison.Ordinal);
        Assert.Contains("北京时间", rows[0][0], StringComparison.Ordinal);
        Assert.Equal(["姓名", "身份证号码", "性别", "学历", "专业", "毕业年份", "户籍所在地", "就业状态"], rows[1]);
        var line = Assert.Single(rows.Skip(2));
        Assert.Equal("'" + Talent.MaskName(name), line[0]);
        Assert.StartsWith("'=", line[0], StringComparison.Ordinal);
        Assert.Equal(talent.IdNumberMasked, line[1]);
        Assert.Equal("市南区", line[6]);
        Assert.DoesNotContain(rows.SelectMany(r => r), c => c.Contains(idNumber, StringComparison.Ordinal));
        var audit = Assert.Single(await app.AuditEntriesAfterAsync(mark), a => a.Action == AuditActions.Export);
        Assert.Equal(("Talent", "officer.qd"), (audit.EntityType, audit.ActorName));
        Assert.Contains("\"rows\":1", audit.After, StringComparison.Ordinal);
        Assert.Contains("HYPERLINK", audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TalentExport_SearchByIdNumber_KeepsTheNumberOutOfTheAuditTrail()
    {
        var (_, _, idNumber) = await app.CreateTalentAsync("370202", "按号导出");
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");
        var mark = await app.LastAuditSequenceAsync();

        var rows = Rows(await (await officer.GetAsync($"/Talents/Review/Export?q={idNumber}", Ct)).Content.ReadAsByteArrayAsync(Ct));

        Assert.Equal("按**出", Assert.Single(rows.Skip(2))[0]);
        var audit = Assert.Single(await app.AuditEntriesAfterAsync(mark), a => a.Action == AuditActions.Export);
        Assert.DoesNotContain(idNumber, audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TalentExport_OfficerOfAnotherCity_GetsNoneOfQingdaosPeople()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        await app.CreateTalentAsync("370202", "青岛导出" + suffix);
        using var jinan = await app.ClientAsync(Via.Cookie, "officer.jn");

        var rows = Rows(await (await jinan.GetAsync("/Talents/Review/Export?q=" + Uri.EscapeDataString("青岛导出" + suffix), Ct)).Content.ReadAsByteArrayAsync(Ct));

        Assert.Equal(2, rows.Count); // the watermark and the header only
    }

    [Fact]
    [Trait("Rule", "ENT-01")]
    public async Task KeyContactExport_ListsOnlyTheKeyContactEnterprisesOfTheRegion()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var (_, key) = await app.RegisterEmployerAsync("370202", "重点联系" + suffix);
        var (_, plain) = await app.RegisterEmployerAsync("370202", "普通单位" + suffix);
        var officerId = await app.UserIdAsync("officer.qd");
        await app.WithDbAsync(async db =>
        {
            foreach (var e in await db.Employers.Where(e => e.Id == key.Id || e.Id == plain.Id).ToListAsync(Ct)) e.Verify(officerId, DateTime.UtcNow);
            (await db.Employers.SingleAsync(e => e.Id == key.Id, Ct)).SetKeyContact(true, DateTime.UtcNow);
            await db.SaveChangesAsync(Ct);
        });
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");
        var mark = await app.LastAuditSequenceAsync();

        var rows = Rows(await (await officer.GetAsync($"/Employers/Review/Export?keyContact=true&q={suffix}", Ct)).Content.ReadAsByteArrayAsync(Ct));

        var line = Assert.Single(rows.Skip(2));
        Assert.Equal(["重点联系" + suffix, key.CreditCode, "市南区", "软件和信息技术服务业", "已核验", "是"], line);
        var audit = Assert.Single(await app.AuditEntriesAfterAsync(mark), a => a.Action == AuditActions.Export);
        Assert.Equal("Employer", audit.EntityType);
        Assert.Contains("\"keyContact\":true", audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListPages_OfferTheExportWithTheSameQueryString()
    {
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");

        var talents = await (await officer.GetAsync("/Talents/Review?year=2024&degree=Bachelor", Ct)).Content.ReadAsStringAsync(Ct);
        var employers = await (await officer.GetAsync("/Employers/Review?keyContact=true", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Contains("href=\"/Talents/Review/Export?year=2024&amp;degree=Bachelor\"", talents, StringComparison.Ordinal);
        Assert.Contains("href=\"/Employers/Review/Export?keyContact=true\"", employers, StringComparison.Ordinal);
    }
}
