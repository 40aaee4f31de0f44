using Yincai.IntegrationTests.Modules.Employers;
using Yincai.Modules.Imports;
using Yincai.Modules.Imports.Contracts;
using static Yincai.IntegrationTests.Modules.Imports.ImportTestData;

namespace Yincai.IntegrationTests.Modules.Imports;

/// <summary>Employers imported by an officer are verified by that officer; jobs imported by an officer are published
/// by that officer, for verified employers of the region only.</summary>
public sealed class EmployerAndJobImportTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object?[] EmployerRow(string name, string creditCode, string region = "370202") =>
        [name, creditCode, region, "65", "民营企业", "小型", "青岛市市南区香港中路 1 号", "王芳", "0532-80000000"];

    private static object?[] JobRow(string creditCode, string title) =>
        [creditCode, title, "全职", "370202", null, "3", "本科", "6000", "9000", DateTime.UtcNow.AddMonths(2).ToString("yyyy-MM-dd"),
         "负责后台系统开发，熟悉 C# 或 Java。"];

    /// <summary>An office's systems follow an import through /api/v1/imports: its counts and the refused row with field and reason, in the
    /// officer's scope only.</summary>
    [Fact]
    public async Task ImportsApi_GivesTheImportsCountsAndRefusedRows_InTheOfficersScope()
    {
        var bad = EmployerTestData.NewCreditCode();
        bad = bad[..17] + (bad[17] == '0' ? '1' : '0');
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");
        var (job, _) = await app.ImportAsync(officer, ImportKind.Employers, ImportMode.ValidOnly,
            Workbook(EmployerHeaders, [EmployerRow("接口正确单位", EmployerTestData.NewCreditCode()), EmployerRow("接口错误单位", bad)]));
        using var api = await app.ClientAsync(Via.Bearer, "officer.qd");
        using var other = await app.ClientAsync(Via.Bearer, "officer.jn");

        using var list = await api.GetAsync("/api/v1/imports", Ct);
        using var one = await api.GetAsync($"/api/v1/imports/{job.Id}", Ct);
        using var elsewhere = await other.GetAsync($"/api/v1/imports/{job.Id}", Ct);

        Assert.Contains(System.Text.Json.JsonDocument.Parse(await list.Content.ReadAsStringAsync(Ct)).RootElement.EnumerateArray(),
            i => i.GetProperty("id").GetGuid() == job.Id);
        var answer = System.Text.Json.JsonDocument.Parse(await one.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal(("Succeeded", 1, 1), (answer.GetProperty("import").GetProperty("status").GetString(), answer.GetProperty("import").GetProperty("created").GetInt32(),
            answer.GetProperty("import").GetProperty("errorRows").GetInt32()));
        Assert.Contains("统一社会信用代码", answer.GetProperty("errors").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
    }

    [Fact]
    public async Task EmployerImport_ValidOnlyWithABadCreditCode_VerifiesTheGoodOneAndNamesTheBadRow()
    {
        var good = EmployerTestData.NewCreditCode();
        var bad = EmployerTestData.NewCreditCode();
        bad = bad[..17] + (bad[17] == '0' ? '1' : '0');
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");
        var officerId = await app.UserIdAsync("officer.qd");

        var (job, page) = await app.ImportAsync(officer, ImportKind.Employers, ImportMode.ValidOnly,
            Workbook(EmployerHeaders, [EmployerRow("导入正确单位", good), EmployerRow("导入错误单位", bad)]));

        Assert.Equal((ImportStatus.Succeeded, 1, 1), (job.Status, job.Created, job.ErrorRows));
        var error = Assert.Single(job.Errors());
        Assert.Equal((3, "统一社会信用代码", "统一社会信用代码：校验位不符，请逐位核对代码"), (error.Row, error.Field, error.Message));
        Assert.Contains("统一社会信用代码：校验位不符", page, StringComparison.Ordinal);
        var employer = await app.WithDbAsync(db => db.Employers.AsNoTracking().SingleAsync(e => e.CreditCode == good, Ct));
        Assert.Equal((EmployerStatus.Verified, officerId, "导入正确单位"), (employer.Status, employer.ReviewedBy, employer.Name));
        Assert.False(await app.WithDbAsync(db => db.Employers.AnyAsync(e => e.CreditCode == bad, Ct)));
    }

    [Fact]
    public async Task JobImport_ValidOnlyWithAnUnknownEmployer_PublishesTheGoodJobAndNamesTheBadRow()
    {
        var (_, employer) = await app.RegisterEmployerAsync("370202", "岗位导入单位");
        var officerId = await app.UserIdAsync("officer.qd");
        await app.WithDbAsync(async db =>
        {
            (await db.Employers.SingleAsync(e => e.Id == employer.Id, Ct)).Verify(officerId, DateTime.UtcNow);
            await db.SaveChangesAsync(Ct);
        });
        var unknown = EmployerTestData.NewCreditCode();
        var title = "导入岗位" + Guid.NewGuid().ToString("N")[..6];
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");

        var (job, _) = await app.ImportAsync(officer, ImportKind.Jobs, ImportMode.ValidOnly,
            Workbook(JobHeaders, [JobRow(employer.CreditCode, title), JobRow(unknown, title + "乙")]));

        Assert.Equal((ImportStatus.Succeeded, 1, 1), (job.Status, job.Created, job.ErrorRows));
        var error = Assert.Single(job.Errors());
        Assert.Equal((3, "单位统一社会信用代码"), (error.Row, error.Field));
        Assert.Contains("您的辖区内没有登记这个单位", error.Message, StringComparison.Ordinal);
        var published = await app.WithDbAsync(db => db.Jobs.AsNoTracking().SingleAsync(j => j.Title == title, Ct));
        Assert.Equal((JobStatus.Published, officerId, employer.Id, "65"), (published.Status, published.ReviewedBy, published.EmployerId, published.IndustryCode));
        Assert.False(await app.WithDbAsync(db => db.Jobs.AnyAsync(j => j.Title == title + "乙", Ct)));

        var (again, _) = await app.ImportAsync(officer, ImportKind.Jobs, ImportMode.ValidOnly, Workbook(JobHeaders, [JobRow(employer.CreditCode, title)]));
        var export = Rows(await (await officer.GetAsync("/Jobs/Review/Export?status=Published", Ct)).Content.ReadAsByteArrayAsync(Ct));

        Assert.Equal((0, 0, 1), (again.Created, again.Updated, again.Unchanged));
        Assert.Contains(export, r => r[0] == title && r[1] == "岗位导入单位" && r[2] == "全职");
    }
}
