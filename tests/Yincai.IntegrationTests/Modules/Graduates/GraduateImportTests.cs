using Yincai.IntegrationTests.Modules.Ambassadors;
using Yincai.IntegrationTests.Modules.Imports;
using Yincai.IntegrationTests.Modules.Talents;
using Yincai.Modules.Graduates;
using Yincai.Modules.Imports;
using Yincai.Modules.Imports.Contracts;
using static Yincai.IntegrationTests.Modules.Graduates.GraduateTestData;

namespace Yincai.IntegrationTests.Modules.Graduates;

/// <summary>A university's list imported into the real-name database (GRD-01): from a real .xlsx, all or nothing, every problem
/// named by row and column, the same person once, each row to its county and officer.</summary>
public sealed class GraduateImportTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Headers =
    [
        "姓名", "身份证号", "手机号码", "户籍所在地", "求职地（外省户籍必填）", "毕业院校", "学历（专科/本科/硕士/博士）", "专业", "毕业时间",
        "意向（求职就业/升学深造/自主创业/暂不就业）",
    ];

    private static object?[] Row(string name, string id, string household, string? search = null, string degree = "本科", string intention = "求职就业") =>
        [name, id, TestData.NewMobile(), household, search, "山东理工大学", degree, "机械设计制造及其自动化", "2026年6月", intention];

    [Fact]
    [Trait("Rule", "GRD-01")]
    public async Task Import_ListWithBadRows_SavesNothingAndNamesEachRowAndColumn_ThenTheCorrectedListGoesToEachCounty()
    {
        var (officer, browser) = await app.OfficerAsync("370300");
        var (local, outsider, twice) = (TalentTestData.NewIdNumber("370302"), TalentTestData.NewIdNumber("130102"), TalentTestData.NewIdNumber("370303"));
        var bad = ImportTestData.Workbook(Headers,
        [
            Row("淄川本地", local, "淄川区"),
            Row("外省无求职地", outsider, "130102"),
            Row("学历写错", TalentTestData.NewIdNumber("370303"), "张店区", degree: "学士"),
            Row("重复一次", twice, "张店区"),
            Row("重复两次", twice, "张店区"),
        ]);
        var good = ImportTestData.Workbook(Headers,
        [
            Row("淄川本地", local, "淄川区"),
            Row("外省来淄", outsider, "130102", search: "张店区"),
            Row("重复一次", twice, "张店区", intention: "暂不就业"),
        ]);

        var (failed, page) = await app.ImportAsync(browser, ImportKind.Graduates, ImportMode.AllOrNothing, bad);
        var (done, _) = await app.ImportAsync(browser, ImportKind.Graduates, ImportMode.AllOrNothing, good);

        Assert.Equal((ImportStatus.Failed, 3), (failed.Status, failed.ErrorRows));
        var errors = failed.Errors();
        Assert.Contains(errors, e => e is { Row: 3, Field: "求职地（外省户籍必填）" } && e.Message.Contains("请选择在山东的求职地", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { Row: 4, Field: "学历（专科/本科/硕士/博士）" } && e.Message.Contains("“学士”不是可选的值", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Row == 6 && e.Field == "身份证号");
        Assert.Contains("有 3 行存在错误", page, StringComparison.Ordinal);
        Assert.Equal((ImportStatus.Succeeded, 3), (done.Status, done.Created));
        var graduates = await app.WithDbAsync(db => db.Graduates.AsNoTracking().Where(g => g.RegionCode.StartsWith("3703")).ToListAsync(Ct));
        Assert.Equal(3, graduates.Count);
        Assert.All(graduates, g => Assert.Equal((GraduateSource.University, (DateOnly?)null, 2026), (g.Source, g.ContactDueOn, g.CohortYear)));
        Assert.Equal(["370302", "370303", "370303"], graduates.Select(g => g.RegionCode).Order().ToArray());
        Assert.Single(graduates, g => g.FromElsewhere);
        Assert.Single(graduates, g => g.Intention == GraduateIntention.NotYet);
        Assert.NotEqual(officer.Id, Guid.Empty);
    }

    [Fact]
    [Trait("Rule", "GRD-01")]
    public async Task Import_ARowForACountyOutsideTheOfficersScope_IsNamedAndNothingIsSaved()
    {
        var (_, browser) = await app.OfficerAsync("370600");
        var id = TalentTestData.NewIdNumber("370102");

        var (failed, _) = await app.ImportAsync(browser, ImportKind.Graduates, ImportMode.AllOrNothing,
            ImportTestData.Workbook(Headers, [Row("济南的人", id, "历下区")]));

        Assert.Equal(ImportStatus.Failed, failed.Status);
        Assert.Contains(failed.Errors(), e => e is { Row: 2, Field: "户籍所在地" });
        Assert.False(await app.TalentExistsAsync(id));
    }
}
