using System.Globalization;
using System.Text.RegularExpressions;
using Yincai.IntegrationTests.Modules.Ambassadors;
using Yincai.IntegrationTests.Modules.Graduates;
using Yincai.Modules.Graduates;
using static Yincai.IntegrationTests.Modules.Graduates.GraduateTestData;

namespace Yincai.IntegrationTests.Modules.Reporting;

/// <summary>Nothing else writes while the reports are compared with their lists: a count read between two others' saves would differ.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ReportingCollection
{
    public const string Name = "Reporting";
}

/// <summary>
/// The reports against the notices' targets: each figure is the count of the list it links to (the drill-down), for every program and
/// each level of scope; a city sees its counties only; targets against actuals on data made here (GRD-15, GRD-03, GRD-02, AMB-05,
/// STN-08, RET-01); the workbook and the wall's figures.
/// </summary>
[Collection(ReportingCollection.Name)]
public sealed partial class ReportingTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static DateOnly Today => ChinaClock.DateOf(DateTime.UtcNow);
    private static readonly string[] Pages = ["/Reporting", "/Reporting/graduates", "/Reporting/ambassadors", "/Reporting/stations"];

    [GeneratedRegex("""<a href="([^"]+)" data-count="(\d+)" data-testid="drill">""")]
    private static partial Regex Drill();

    [GeneratedRegex("data-testid=\"pager-total\" data-count=\"(\\d+)\"|data-testid=\"pager-capped\"")]
    private static partial Regex ListTotal();

    [GeneratedRegex("""<section class="mb-5" data-testid="indicator" data-rule="([A-Z]+-\d+)".*?</section>""", RegexOptions.Singleline)]
    private static partial Regex IndicatorSection();

    private static Dictionary<string, string> Sections(string page) =>
        IndicatorSection().Matches(page).GroupBy(m => m.Groups[1].Value).ToDictionary(g => g.Key, g => g.First().Value);

    private static string Text(string html, string testId) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"data-testid=\"{testId}\"[^>]*>([^<]*)<").Groups[1].Value.Trim());

    [Theory]
    [InlineData(DemoUsers.ProvinceOfficer)]
    [InlineData(DemoUsers.QingdaoOfficer)]
    [InlineData(DemoUsers.CountyOfficer)]
    [InlineData(DemoUsers.JiangsuOfficer)]
    public async Task EveryCountOnTheReports_IsTheCountOfTheListItOpens(string officer)
    {
        using var browser = await app.ClientAsync(Via.Cookie, officer);
        var checkedLinks = 0;
        foreach (var path in Pages)
        {
            using var response = await browser.GetAsync(path, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.Content.ReadAsStringAsync(Ct);
            foreach (var link in Drill().Matches(page).Select(m => (Href: WebUtility.HtmlDecode(m.Groups[1].Value), Count: int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)))
                         .Distinct())
            {
                var list = await browser.GetPageAsync(link.Href);
                var total = ListTotal().Match(list);
                Assert.True(total.Success, $"{path} → {link.Href}: the list shows no count");
                if (!total.Groups[1].Success) { Assert.True(link.Count > PagedListExtensions.DefaultCountCap, link.Href); continue; }
                Assert.True(link.Count == int.Parse(total.Groups[1].Value, CultureInfo.InvariantCulture),
                    $"{officer} {path}: {link.Count} on the report, {total.Groups[1].Value} on {link.Href}");
                checkedLinks++;
            }
        }
        Assert.True(checkedLinks > 0, "no figure linked to a list");
    }

    /// <summary>/api/v1/reports answers the report page's figures, each count with the list behind it, in the officer's scope; no one
    /// else reads them.</summary>
    [Fact]
    public async Task ReportsApi_GivesTheOfficerThePagesFigures_WithTheirLists_AndNobodyElse()
    {
        using var browser = await app.ClientAsync(Via.Cookie, DemoUsers.QingdaoOfficer);
        using var api = await app.ClientAsync(Via.Bearer, DemoUsers.QingdaoOfficer);
        var page = await browser.GetPageAsync("/Reporting/graduates");
        var onPage = Drill().Matches(page).Select(m => (WebUtility.HtmlDecode(m.Groups[1].Value), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)))
            .ToHashSet();

        using var response = await api.GetAsync("/api/v1/reports/graduates", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var indicators = json.RootElement.GetProperty("indicators").EnumerateArray().ToList();
        Assert.Equal(["GRD-15", "GRD-03", "GRD-02"], indicators.Select(i => i.GetProperty("rule").GetString()).Take(3));
        var counted = indicators.SelectMany(i => i.GetProperty("rows").EnumerateArray()).SelectMany(r => r.GetProperty("cells").EnumerateArray())
            .Where(c => c.GetProperty("count").ValueKind == System.Text.Json.JsonValueKind.Number && c.GetProperty("link").ValueKind == System.Text.Json.JsonValueKind.String)
            .Select(c => (c.GetProperty("link").GetString()!, c.GetProperty("count").GetInt32())).ToList();
        Assert.NotEmpty(counted);
        Assert.All(counted, c => Assert.Contains(c, onPage));
        Assert.Contains("青岛", json.RootElement.GetProperty("scope").GetString(), StringComparison.Ordinal);

        using var unknown = await api.GetAsync("/api/v1/reports/nothing", Ct);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var talent = await app.ClientAsync(Via.Bearer, DemoUsers.Talent);
        using var refused = await talent.GetAsync("/api/v1/reports", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    [Trait("Rule", "GRD-15")]
    [Trait("Rule", "GRD-03")]
    [Trait("Rule", "GRD-02")]
    public async Task GraduatesReport_CityOfficer_SeesTheRateContactAndServicesOfItsCounties_FurthestBehindFirst_AgainstTheTargets()
    {
        var (_, city) = await app.OfficerAsync("371600");
        var cohort = Today.Year;
        var registered = ChinaMorning(Today.AddDays(-40));
        var left = new DateOnly(cohort, 6, 30);
        var binCheng = new List<Graduate>();
        for (var i = 0; i < 2; i++) binCheng.Add(await app.RegisterAsync(Person("371602", left: left), registeredAtUtc: registered));
        for (var i = 0; i < 2; i++) await app.RegisterAsync(Person("371603", left: left), registeredAtUtc: registered);
        await app.WithServicesAsync(async s =>
        {
            s.GetRequiredService<CurrentUser>().ActAs(Guid.CreateVersion7(), "officer.test", "371602", [Roles.Officer]);
            var db = s.GetRequiredService<YincaiDb>();
            var graduate = await db.Graduates.SingleAsync(g => g.Id == binCheng[0].Id, Ct);
            Assert.False((await s.GetRequiredService<RealNameDatabase>().SetOutcomeAsync(graduate, GraduateOutcome.Employed, Today.AddDays(-5), "劳动合同",
                "测试单位", OutcomeSource.Officer, Ct)).IsError);
            await db.SaveChangesAsync(Ct);
        });

        var page = await city.GetPageAsync($"/Reporting/graduates?cohort={cohort}");
        var sections = Sections(page);

        var rate = sections["GRD-15"];
        Assert.Equal("25.0%", Text(rate, "actual"));
        Assert.Equal("≥ 90%", Text(rate, "target"));
        Assert.Equal("未达标", Text(rate, "met"));
        // 沾化区 (none placed) before 滨城区 (one of two), then the total.
        var rows = Regex.Matches(rate, """<tr class="[^"]*" data-testid="(?:report-row|total-row)">\s*<td[^>]*>([^<]+)</td>""").Select(m => m.Groups[1].Value.Trim()).ToList();
        Assert.Equal(["沾化区", "滨城区", "合计"], rows);
        Assert.DoesNotContain("市南区", page, StringComparison.Ordinal); // another city's county
        var notPlaced = Drill().Matches(rate).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).First(h => h.Contains("view=NotPlacedOn") && h.Contains("region=371603"));
        Assert.Equal(2, Regex.Count(await city.GetPageAsync(notPlaced), "data-testid=\"graduate-row\""));

        var contact = sections["GRD-03"];
        Assert.Equal("0.0%", Text(contact, "actual")); // registered 40 days ago, nobody contacted
        // Overdue today, linked to the work list: the three still in the database (the one placed is owed nothing now).
        Assert.True(contact.Contains(">3</a>", StringComparison.Ordinal), contact);

        var services = sections["GRD-02"];
        Assert.Equal("0.0%", Text(services, "actual")); // four wanting a job, no targeted service yet
        Assert.Equal("未达标", Text(services, "met"));
    }

    [Fact]
    public async Task DrilledList_ExportsTheSameGraduatesMasked_AndTheExportIsAudited()
    {
        var (officer, city) = await app.OfficerAsync("371600");
        var cohort = Today.Year - 3; // a class no other test of this city makes
        var people = new[] { Person("371603", "沾化测试甲", new DateOnly(cohort, 6, 30)), Person("371603", "沾化测试乙", new DateOnly(cohort, 6, 30)) };
        foreach (var p in people) await app.RegisterAsync(p, registeredAtUtc: ChinaMorning(Today.AddDays(-3)));
        var link = $"/Graduates?view=NotPlacedOn&cohort={cohort}&region=371603&at={Iso(Today)}";

        var list = await city.GetPageAsync(link);
        Assert.Contains("data-testid=\"pager-total\" data-count=\"2\"", list, StringComparison.Ordinal);
        var export = WebUtility.HtmlDecode(Regex.Match(list, "href=\"([^\"]+)\" data-testid=\"export\"").Groups[1].Value);
        using var file = await city.GetAsync(export, Ct);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        await using var stream = new MemoryStream(await file.Content.ReadAsByteArrayAsync(Ct));
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: false).Select(r => (IDictionary<string, object?>)r).ToList();

        Assert.Equal(4, rows.Count); // the watermark, the header, the two graduates
        var names = rows.Skip(2).Select(r => r["A"]?.ToString()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["沾***乙", "沾***甲"], names);
        Assert.Contains(officer.UserName, rows[0]["A"]?.ToString(), StringComparison.Ordinal);
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == AuditActions.Export && a.ActorId == officer.Id).ToListAsync(Ct));
        Assert.Contains(audit, a => a.After!.Contains("371603", StringComparison.Ordinal) && a.After.Contains("\"rows\":2", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "AMB-05")]
    public async Task AmbassadorsReport_CityWithoutAmbassadors_IsShortOfTheQuotaOfAHundred()
    {
        var (_, city) = await app.OfficerAsync("371600");
        var section = Sections(await city.GetPageAsync("/Reporting/ambassadors"))["AMB-05"];

        Assert.Equal("每市 ≥ 100 名", Text(section, "target"));
        Assert.Equal("0 / 1 个市达标", Text(section, "actual"));
        Assert.Contains("滨州市", section, StringComparison.Ordinal);
        Assert.Matches(@"data-label=""缺口"">\s*100\s*</td>", section);
    }

    [Fact]
    [Trait("Rule", "STN-08")]
    public async Task StationsReport_Qingdao_ShowsTheProgramsTargets_AndTheNamedStationsOfItsList()
    {
        using var browser = await app.ClientAsync(Via.Cookie, DemoUsers.QingdaoOfficer);
        var section = Sections(await browser.GetPageAsync("/Reporting/stations"))["STN-08"];

        Assert.Equal("驿站 10 个、活动 100 场、配置人才 10,000 人", Text(section, "target"));
        var named = Drill().Match(section);
        Assert.True(named.Success);
        Assert.StartsWith("驿站 " + named.Groups[2].Value + " / 10、", Text(section, "actual"), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "RET-01")]
    public async Task StationsReport_Jiangsu_JudgesEachReturneeHomeOnFiveHundredServedAYear()
    {
        using var browser = await app.ClientAsync(Via.Cookie, DemoUsers.JiangsuOfficer);
        var sections = Sections(await browser.GetPageAsync("/Reporting/stations"));

        var homes = sections["RET-01"];
        Assert.Equal("每家每年 ≥ 500 人", Text(homes, "target"));
        Assert.Matches(@"^\d+ / \d+ 家达标$", Text(homes, "actual"));
        Assert.False(sections.ContainsKey("STN-08")); // Qingdao's stations are not Jiangsu's
    }

    [Fact]
    public async Task Workbook_HasASheetPerTarget_AndTheWallsFiguresComeAsJson()
    {
        using var browser = await app.ClientAsync(Via.Cookie, DemoUsers.ProvinceOfficer);

        using var workbook = await browser.GetAsync("/Reporting/graduates?handler=Export", Ct);
        Assert.Equal(HttpStatusCode.OK, workbook.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook.Content.Headers.ContentType?.MediaType);
        await using var stream = new MemoryStream(await workbook.Content.ReadAsByteArrayAsync(Ct));
        var sheets = MiniExcelLibs.MiniExcel.GetSheetNames(stream);
        Assert.Equal(["高校毕业生就业"], sheets); // one sheet per program
        var lines = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: false).Select(r => (IDictionary<string, object?>)r).Select(r => r["A"]?.ToString()).ToList();
        Assert.Contains(lines, l => l?.Contains("(GRD-15)", StringComparison.Ordinal) == true);
        Assert.Contains(lines, l => l?.Contains("(GRD-02)", StringComparison.Ordinal) == true);
        Assert.Contains("合计", lines);

        using var wall = await browser.GetAsync("/Reporting/Wall?handler=Figures", Ct);
        Assert.Equal(HttpStatusCode.OK, wall.StatusCode);
        var figures = await wall.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Ct);
        var rules = figures.GetProperty("tiles").EnumerateArray().Select(t => t.GetProperty("rule").GetString()).ToList();
        Assert.Contains("GRD-15", rules);
        Assert.Contains("AMB-05", rules);
        Assert.Contains("STN-08", rules);
    }

    [Fact]
    public async Task MonthlyWorkbook_MadeOnDemandAndBySchedule_KeptForDownload_AnOpenPeriodIsRefused()
    {
        var (officer, city) = await app.OfficerAsync("371600");
        var today = Today;
        var lastMonth = today.AddDays(1 - today.Day).AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var thisMonth = today.ToString("yyyy-MM", CultureInfo.InvariantCulture);

        using var open = await city.SubmitFormAsync("/Reporting/Files", new() { ["Period"] = thisMonth });
        var refused = await open.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        Assert.Contains("结束后再生成", WebUtility.HtmlDecode(refused), StringComparison.Ordinal);
        using var bad = await city.SubmitFormAsync("/Reporting/Files", new() { ["Period"] = "2026/13" });
        Assert.Contains("报告期格式应为", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);

        using var made = await city.SubmitFormAsync("/Reporting/Files", new() { ["Period"] = lastMonth });
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var list = await city.GetPageAsync("/Reporting/Files");
        var link = WebUtility.HtmlDecode(Regex.Match(list, """<a href="(/Reporting/Files\?handler=Download&(?:amp;)?id=[^"]+)">""").Groups[1].Value);
        Assert.NotEqual("", link);
        Assert.Contains(lastMonth + " 月报-滨州市.xlsx", list, StringComparison.Ordinal);
        using var file = await city.GetAsync(link, Ct);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        await using var stream = new MemoryStream(await file.Content.ReadAsByteArrayAsync(Ct));
        // 滨州 runs no station program: no sheet for one.
        Assert.Equal(["高校毕业生就业", "青年人才大使"], MiniExcelLibs.MiniExcel.GetSheetNames(stream));

        // The schedule makes last month's for every officer's region that has none, and not twice.
        var before = await app.WithDbAsync(db => db.Set<Yincai.Modules.Reporting.Files.ReportFile>().IgnoreQueryFilters()
            .CountAsync(f => f.RegionCode == "371600" && f.Period == lastMonth, Ct));
        await app.WithServicesAsync(s => s.GetRequiredService<Yincai.Modules.Reporting.Files.ReportScheduleRound>().RunAsync(Ct));
        await app.WithServicesAsync(s => s.GetRequiredService<Yincai.Modules.Reporting.Files.ReportScheduleRound>().RunAsync(Ct));
        var files = await app.WithDbAsync(db => db.Set<Yincai.Modules.Reporting.Files.ReportFile>().IgnoreQueryFilters().AsNoTracking()
            .Where(f => f.Period == lastMonth && (f.RegionCode == "371600" || f.RegionCode == "370000")).ToListAsync(Ct));
        Assert.Equal(1, before);
        Assert.Single(files, f => f.RegionCode == "371600"); // made on demand already
        var province = Assert.Single(files, f => f.RegionCode == "370000");
        Assert.Null(province.CreatedById);
        Assert.DoesNotContain(files, f => f.RegionCode == "371600" && f.CreatedById != officer.Id);
    }

    [Fact]
    public async Task Reports_AreForOfficersOnly()
    {
        using var talent = await app.ClientAsync(Via.Cookie, DemoUsers.Talent);
        using var response = await talent.GetAsync("/Reporting/graduates", Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Accounts/AccessDenied", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
