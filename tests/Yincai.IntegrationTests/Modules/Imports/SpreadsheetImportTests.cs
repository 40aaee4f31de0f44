using System.IO.Compression;
using Yincai.IntegrationTests.Modules.Employers;
using Yincai.Modules.Imports;
using Yincai.Modules.Imports.Contracts;
using static Yincai.IntegrationTests.Modules.Imports.ImportTestData;

namespace Yincai.IntegrationTests.Modules.Imports;

/// <summary>Spreadsheets as officers make them: saved by LibreOffice, with months for dates, region names for codes, a
/// formula left in a cell; and the template keeps typed ID and mobile numbers as text.</summary>
public sealed class SpreadsheetImportTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static byte[] File(string name) => System.IO.File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Modules", "Imports", "Files", name));

    [Fact]
    public async Task Import_LibreOfficeWorkbookWithMonthsAndRegionNames_CreatesEveryRow()
    {
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");

        var (job, page) = await app.ImportAsync(officer, ImportKind.Talents, ImportMode.AllOrNothing, File("libreoffice-talents.xlsx"));

        Assert.True(job.Status == ImportStatus.Succeeded, page);
        Assert.Equal(2, job.Created);
        var talents = await app.WithDbAsync(db => db.Talents.AsNoTracking().Where(t => t.FullName == "王月份" || t.FullName == "李名称")
            .OrderBy(t => t.FullName).Select(t => new { t.Id, t.FullName, t.RegionCode, t.NativePlaceCode, t.CurrentRegionCode }).ToListAsync(Ct));
        Assert.Equal([("李名称", "370203", "370203", "370211"), ("王月份", "370202", "370202", "370212")],
            talents.Select(t => (t.FullName, t.RegionCode, t.NativePlaceCode, t.CurrentRegionCode)).ToList());
        var ids = talents.Select(t => t.Id).ToList();
        var graduations = await app.WithDbAsync(db => db.Educations.AsNoTracking().Where(e => ids.Contains(e.TalentId))
            .Select(e => e.GraduationDate).OrderBy(d => d).ToListAsync(Ct));
        // A month alone is the month's first day for a graduation.
        Assert.Equal([new DateOnly(2024, 6, 1), new DateOnly(2025, 6, 1)], graduations);
    }

    [Fact]
    public async Task Import_LibreOfficeWorkbookWithAFormula_IsRefusedNamingTheCell()
    {
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");
        // The other LibreOffice workbook of this class imports 王月份 too: what counts is that this import adds nobody.
        Task<int> NamedAsync() => app.WithDbAsync(db => db.Talents.CountAsync(t => t.FullName == "点" || t.FullName == "王月份", Ct));
        var before = await NamedAsync();

        var (job, page) = await app.ImportAsync(officer, ImportKind.Talents, ImportMode.AllOrNothing, File("libreoffice-formula.xlsx"));

        Assert.Equal((ImportStatus.Failed, ImportFailure.RowsInvalid, 1), (job.Status, job.Failure, job.ErrorRows));
        var error = Assert.Single(job.Errors());
        Assert.Equal((3, "姓名", "第 3 行「姓名」列（A3）是公式，请粘贴为数值后再导入"), (error.Row, error.Field, error.Message));
        Assert.Contains("（A3）是公式", page, StringComparison.Ordinal);
        Assert.Equal(before, await NamedAsync());
    }

    [Fact]
    public async Task Import_JobValidUntilAMonth_IsOpenThroughTheMonthsLastDay()
    {
        var (_, employer) = await app.RegisterVerifiedEmployerAsync("370202", "月份导入单位");
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");
        var year = DateTime.UtcNow.Year + 1;
        object?[] row = [employer.CreditCode, "月份岗位" + Guid.NewGuid().ToString("N")[..6], "全职", "青岛市市南区", null, "3", "本科", "6000", "9000",
            $"{year}年2月", "负责后台系统开发，熟悉 C# 或 Java。"];

        var (job, page) = await app.ImportAsync(officer, ImportKind.Jobs, ImportMode.AllOrNothing, Workbook(JobHeaders, [row]));

        Assert.True(job.Status == ImportStatus.Succeeded, page);
        var posted = await app.WithDbAsync(db => db.Jobs.AsNoTracking().SingleAsync(j => j.Title == (string)row[1]!, Ct));
        Assert.Equal((new DateOnly(year, 2, DateTime.DaysInMonth(year, 2)), "370202"), (posted.ValidUntil, posted.RegionCode));
    }

    [Theory]
    [InlineData(ImportKind.Talents, "B", "C")]
    [InlineData(ImportKind.Employers, "B", "I")]
    public async Task Template_IdMobileAndCodeColumns_AreFormattedAsText(ImportKind kind, string first, string second)
    {
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");

        var bytes = await officer.GetByteArrayAsync($"/Imports/Template?kind={kind}", Ct);

        using var zip = new ZipArchive(new MemoryStream(bytes));
        var sheet = await new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open()).ReadToEndAsync(Ct);
        var styles = System.Xml.Linq.XDocument.Load(zip.GetEntry("xl/styles.xml")!.Open());
        System.Xml.Linq.XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var formats = styles.Root!.Element(main + "cellXfs")!.Elements(main + "xf").Select(x => (string?)x.Attribute("numFmtId")).ToList();
        foreach (var letter in new[] { first, second })
        {
            var number = letter[0] - 'A' + 1;
            var col = System.Text.RegularExpressions.Regex.Match(sheet, $"<x:col min=\"{number}\" max=\"{number}\"[^>]*style=\"(\\d+)\"");
            Assert.True(col.Success, $"column {letter} has no style");
            Assert.Equal("49", formats[int.Parse(col.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)]);
        }
        Assert.DoesNotMatch("<x:col min=\"1\" max=\"1\"", sheet);
    }
}
