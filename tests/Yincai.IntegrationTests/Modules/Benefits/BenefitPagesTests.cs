using System.Net;
using MiniExcelLibs;
using Yincai.IntegrationTests.Modules.Talents;

namespace Yincai.IntegrationTests.Modules.Benefits;

/// <summary>
/// The benefits' pages as their users post them (ENT-05): Qingdao's officer defines a benefit and its rules on the page, tried on
/// sample records; a talent claims it, the household condition (only declared) asking for a file; the officer opens the file,
/// approves, batches the claim, exports the payment instruction and marks it paid.
/// </summary>
public sealed class BenefitPagesTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string> FollowAsync(HttpClient browser, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await browser.GetStringAsync(response.Headers.Location!.OriginalString, Ct);
    }

    private async Task<(Guid Id, string Name)> DefineAsync(HttpClient officer)
    {
        var name = "青岛户籍青年生活补助" + Guid.NewGuid().ToString("N")[..4];
        using var created = await YincaiAppFactory.PostFormAsync(officer, "/Benefits/Manage?handler=Create",
            [new("fundId", "young-talent-living-housing"), new("regionCode", "370200"), new("name", name), new("claimant", "Talent"),
             new("frequency", "Once"), new("instalments", "None")], tokenFrom: "/Benefits/Manage");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = Guid.Parse(created.Headers.Location!.OriginalString.Split("id=")[1]);
        using var rules = await YincaiAppFactory.PostFormAsync(officer, $"/Benefits/Manage?id={id}&handler=Rules",
        [
            new("Form.EffectiveOn", DateTime.UtcNow.AddHours(8).AddDays(-1).ToString("yyyy-MM-dd")),
            new("Form.Labels[0]", "青岛户籍"), new("Form.Expressions[0]", "In(HouseholdRegion, \"3702\")"), new("Form.Evidence[0]", "户口簿"),
            new("Form.Labels[1]", "年满 18 周岁"), new("Form.Expressions[1]", "Age >= 18"), new("Form.Evidence[1]", ""),
            new("Form.Amount", "800"), new("Form.AmountNote", "每人 800 元（测试）"),
        ], tokenFrom: $"/Benefits/Manage?id={id}");
        var page = await FollowAsync(officer, rules);
        Assert.Contains("第 1 版规则已保存", page, StringComparison.Ordinal);
        Assert.Contains("试算", page, StringComparison.Ordinal);
        return (id, name);
    }

    [Fact]
    [Trait("Rule", "ENT-05")]
    public async Task Manage_ARuleThatDoesNotCompile_IsShownNamingTheCondition_AndNothingIsSaved()
    {
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");
        var (id, _) = await DefineAsync(officer);

        using var wrong = await YincaiAppFactory.PostFormAsync(officer, $"/Benefits/Manage?id={id}&handler=Rules",
        [
            new("Form.EffectiveOn", DateTime.UtcNow.AddHours(8).AddDays(30).ToString("yyyy-MM-dd")),
            new("Form.Labels[0]", "月收入"), new("Form.Expressions[0]", "Salary < 5000"), new("Form.Amount", "800"), new("Form.AmountNote", "说明"),
        ], tokenFrom: $"/Benefits/Manage?id={id}");
        var page = await wrong.Content.ReadAsStringAsync(Ct);
        var after = await officer.GetStringAsync($"/Benefits/Manage?id={id}", Ct);

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("第 1 个条件“月收入”", page, StringComparison.Ordinal);
        Assert.DoesNotContain("第 2 版", after, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "ENT-05")]
    [Trait("Rule", "ENT-06")]
    public async Task Claim_DeclaredHouseholdAsksForAFile_ThenOfficerApprovesBatchesExportsAndMarksPaid()
    {
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");
        var (benefitId, name) = await DefineAsync(officer);
        var talent = await app.SignedInTalentAsync("370202", "钱多多");
        var claimPath = $"/Benefits/Claim?benefit={benefitId}";

        var form = await talent.Browser.GetStringAsync(claimPath, Ct);
        Assert.Contains("需上传材料", form, StringComparison.Ordinal); // the household is only declared
        Assert.Contains("依据：身份证号码", form, StringComparison.Ordinal); // the age is proven by the ID number

        using var without = await YincaiAppFactory.PostFormAsync(talent.Browser, claimPath + "&handler=Apply", [], tokenFrom: claimPath);
        var refused = await without.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, without.StatusCode);
        Assert.Contains("请为条件“青岛户籍”上传证明材料：户口簿", refused, StringComparison.Ordinal);

        using var notPdf = await ProfileTestData.PostMultipartAsync(talent.Browser, claimPath + "&handler=Apply", new Dictionary<string, string> { ["conditions"] = "0" },
            "files", "户口簿.pdf", "not a pdf at all"u8.ToArray());
        Assert.Contains("须为 PDF、JPEG 或 PNG 文件", await notPdf.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.BenefitApplications.IgnoreQueryFilters().CountAsync(a => a.BenefitId == benefitId, Ct)));

        using var applied = await ProfileTestData.PostMultipartAsync(talent.Browser, claimPath + "&handler=Apply", new Dictionary<string, string> { ["conditions"] = "0" },
            "files", "户口簿.pdf", ProfileTestData.Pdf());
        var submitted = await FollowAsync(talent.Browser, applied);
        var claimUrl = applied.Headers.Location!.OriginalString;
        Assert.Contains("待审核", submitted, StringComparison.Ordinal);
        Assert.Contains("800.00 元", submitted, StringComparison.Ordinal);

        // The officer opens the file and approves.
        var review = await officer.GetStringAsync(claimUrl, Ct);
        var fileLink = System.Text.RegularExpressions.Regex.Match(review, "href=\"(/Benefits/Claim\\?handler=Evidence[^\"]+)\"").Groups[1].Value.Replace("&amp;", "&");
        var file = await officer.GetByteArrayAsync(fileLink, Ct);
        Assert.Equal(ProfileTestData.Pdf(), file);
        var version = System.Text.RegularExpressions.Regex.Match(review, "name=\"version\" value=\"(\\d+)\"").Groups[1].Value;
        using var approved = await YincaiAppFactory.PostFormAsync(officer, claimUrl + "&handler=Approve", [new("version", version)], tokenFrom: claimUrl);
        Assert.Contains("已通过待拨付", await FollowAsync(officer, approved), StringComparison.Ordinal);
        var inbox = await talent.Browser.GetStringAsync("/Notifications", Ct);
        Assert.Contains($"“{name}”申领已通过", inbox, StringComparison.Ordinal);

        // Batched, exported, marked paid: a date in the future is refused and changes nothing.
        using var batched = await YincaiAppFactory.PostFormAsync(officer, "/Benefits/Batches?handler=Create", [], tokenFrom: "/Benefits/Batches");
        var batches = await FollowAsync(officer, batched);
        Assert.Contains("已生成拨付批次 ZF-370200-", batches, StringComparison.Ordinal);
        var batchId = System.Text.RegularExpressions.Regex.Match(batches, "handler=Export(?:&amp;|&)id=([0-9a-f-]{36})").Groups[1].Value;
        using var export = await officer.GetAsync($"/Benefits/Batches?handler=Export&id={batchId}", Ct);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
        var rows = MiniExcel.Query(await export.Content.ReadAsStreamAsync(Ct), useHeaderRow: false).Cast<IDictionary<string, object?>>()
            .Select(r => r.Values.Select(v => v?.ToString()).ToList()).ToList();
        Assert.Contains(rows, r => r.Contains("钱多多") && r.Contains(name) && r.Contains("800.00"));
        var batchVersion = System.Text.RegularExpressions.Regex.Match(batches, $"name=\"id\" value=\"{batchId}\" /><input type=\"hidden\" name=\"version\" value=\"(\\d+)\"").Groups[1].Value;

        using var future = await YincaiAppFactory.PostFormAsync(officer, "/Benefits/Batches?handler=Paid",
            [new("id", batchId), new("version", batchVersion), new("paidOn", DateTime.UtcNow.AddHours(8).AddDays(2).ToString("yyyy-MM-dd"))], tokenFrom: "/Benefits/Batches");
        Assert.Contains("请填写“拨付日期”", await FollowAsync(officer, future), StringComparison.Ordinal);
        Assert.Contains("已通过待拨付", await talent.Browser.GetStringAsync(claimUrl, Ct), StringComparison.Ordinal);
        using var paid = await YincaiAppFactory.PostFormAsync(officer, "/Benefits/Batches?handler=Paid",
            [new("id", batchId), new("version", batchVersion), new("paidOn", DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd"))], tokenFrom: "/Benefits/Batches");
        Assert.Contains("已标记为已拨付", await FollowAsync(officer, paid), StringComparison.Ordinal);
        Assert.Contains("已拨付", await talent.Browser.GetStringAsync(claimUrl, Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claim_OfAnotherCitysRegion_IsNotFoundForJinansOfficer()
    {
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");
        var (benefitId, _) = await DefineAsync(officer);
        var talent = await app.SignedInTalentAsync("370202", "孙小圣");
        var claimPath = $"/Benefits/Claim?benefit={benefitId}";
        using var applied = await ProfileTestData.PostMultipartAsync(talent.Browser, claimPath + "&handler=Apply", new Dictionary<string, string> { ["conditions"] = "0" },
            "files", "户口簿.pdf", ProfileTestData.Pdf());
        var claimUrl = applied.Headers.Location!.OriginalString;
        using var jinan = await app.ClientAsync(Via.Cookie, "officer.jn");

        using var seen = await jinan.GetAsync(claimUrl, Ct);
        var queue = await jinan.GetStringAsync("/Benefits/Applications", Ct);

        Assert.Equal(HttpStatusCode.NotFound, seen.StatusCode);
        Assert.DoesNotContain("孙小圣", queue, StringComparison.Ordinal);
        Assert.Contains("孙小圣", await officer.GetStringAsync("/Benefits/Applications", Ct), StringComparison.Ordinal);
    }
}
