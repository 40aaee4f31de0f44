using System.Text.Json;
using MiniExcelLibs;
using Yincai.Modules.Talents.Contracts;

namespace Yincai.IntegrationTests.Modules.Talents;

/// <summary>"Download my data": all of the person's data, their own ID number and disadvantaged groups in clear, as
/// JSON and as an Excel workbook with one sheet per part; each download is in the audit trail.</summary>
public sealed class PersonalDataDownloadTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<SignedInTalent> TalentWithAProfileAsync()
    {
        var me = await app.SignedInTalentAsync(fullName: "数据下载人" + Guid.NewGuid().ToString("N")[..4]);
        await YincaiAppFactory.PostFormAsync(me.Browser, "/Talents/Profile", new Dictionary<string, string>
        {
            ["Input.FullName"] = me.Talent.FullName, ["Province"] = "370000", ["Input.HouseholdRegionCode"] = me.Talent.RegionCode,
            ["Input.Disadvantaged"] = "PoorFamily",
        });
        await YincaiAppFactory.PostFormAsync(me.Browser, "/Talents/Profile/EducationEdit",
            ProfileTestData.Education("中国海洋大学", DegreeLevel.Bachelor, "海洋科学", "2023-06-30"));
        await ProfileTestData.PostMultipartAsync(me.Browser, "/Talents/Profile/ResumeEdit",
            new Dictionary<string, string> { ["Form.Title"] = "海洋调查岗位", ["Form.Text"] = "=HYPERLINK(\"http://example.com\")" },
            "Form.Pdf", "海洋简历.pdf", ProfileTestData.Pdf());
        await YincaiAppFactory.PostFormAsync(me.Browser, "/Talents/Profile/Consents",
            new Dictionary<string, string> { ["purpose"] = "ShareWithStations", ["granted"] = "true" });
        await YincaiAppFactory.PostFormAsync(me.Browser, "/Talents/Profile/Intention", new Dictionary<string, string>
        {
            ["Form.Positions[0].OccupationCode"] = "2-02-22", ["Form.Positions[0].Title"] = "海洋调查员", ["Form.Positions[0].RegionCode"] = "370200",
            ["Form.Positions[0].SalaryMinYuan"] = "7000",
        });
        return me;
    }

    [Fact]
    public async Task DownloadJson_HoldsThePersonsDataInClear_AndIsAudited()
    {
        using var me = await TalentWithAProfileAsync();
        var mark = await app.LastAuditSequenceAsync();

        using var response = await YincaiAppFactory.PostFormAsync(me.Browser, "/Talents/Profile/Data?handler=Json", [],
            tokenFrom: "/Talents/Profile/Data");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(Ct));
        var root = json.RootElement;
        var profile = root.GetProperty("profile");
        Assert.Equal(me.Talent.FullName, profile.GetProperty("fullName").GetString());
        Assert.Equal(me.IdNumber, profile.GetProperty("idNumber").GetString());
        Assert.Equal("脱贫家庭（建档立卡）", profile.GetProperty("disadvantagedGroups")[0].GetString());
        Assert.Equal("中国海洋大学", root.GetProperty("educations")[0].GetProperty("schoolName").GetString());
        Assert.Equal("海洋简历.pdf", root.GetProperty("resumes")[0].GetProperty("pdfFileName").GetString());
        var view = Assert.Single(await app.AuditEntriesAfterAsync(mark), a => a.Action == AuditActions.SensitiveView);
        Assert.Equal((nameof(Talent), me.Talent.Id.ToString()), (view.EntityType, view.EntityId));
        Assert.Contains("self_download_json", view.After, StringComparison.Ordinal);
        Assert.DoesNotContain(me.IdNumber, view.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DownloadJson_ChineseReader_ReadsAsTextInChineseWithFullRegionNames()
    {
        using var me = await TalentWithAProfileAsync();

        using var response = await YincaiAppFactory.PostFormAsync(me.Browser, "/Talents/Profile/Data?handler=Json", [],
            tokenFrom: "/Talents/Profile/Data");

        var raw = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("\"schoolName\": \"中国海洋大学\"", raw, StringComparison.Ordinal); // UTF-8 as it is, never \\uXXXX
        Assert.DoesNotContain("\\u", raw, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(raw);
        var profile = json.RootElement.GetProperty("profile");
        Assert.Contains(profile.GetProperty("gender").GetString(), new[] { "男", "女" });
        Assert.Equal("山东省青岛市市南区", profile.GetProperty("householdRegion").GetProperty("name").GetString());
        Assert.Equal("370202", profile.GetProperty("householdRegion").GetProperty("code").GetString());
        Assert.Equal("本科", json.RootElement.GetProperty("educations")[0].GetProperty("degree").GetString());
        Assert.Equal("接受人才驿站和就业服务机构的服务联系", json.RootElement.GetProperty("consents")[0].GetProperty("purpose").GetString());
        var position = profile.GetProperty("intention").GetProperty("positions")[0];
        Assert.Equal(("2-02-22", "海洋工程技术人员", "海洋调查员", "山东省青岛市", 7000), (position.GetProperty("occupationCode").GetString(),
            position.GetProperty("occupation").GetString(), position.GetProperty("title").GetString(),
            position.GetProperty("city").GetProperty("name").GetString(), position.GetProperty("salaryMinYuan").GetInt32()));
        Assert.DoesNotContain("ShareWithStations", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("Bachelor", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("PoorFamily", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DownloadJson_EnglishReader_ReadsAsTextInEnglish()
    {
        using var me = await TalentWithAProfileAsync();

        using var response = await YincaiAppFactory.PostFormAsync(me.Browser, "/Talents/Profile/Data?handler=Json&culture=en", [],
            tokenFrom: "/Talents/Profile/Data?culture=en");

        using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(Ct));
        var profile = json.RootElement.GetProperty("profile");
        Assert.Contains(profile.GetProperty("gender").GetString(), new[] { "Male", "Female" });
        Assert.Equal("Family lifted out of poverty (建档立卡)", profile.GetProperty("disadvantagedGroups")[0].GetString());
        Assert.Equal("Let talent stations and service offices contact me", json.RootElement.GetProperty("consents")[0].GetProperty("purpose").GetString());
    }

    [Fact]
    public async Task DownloadExcel_Regions_CarryTheirFullNames()
    {
        using var me = await TalentWithAProfileAsync();

        using var response = await YincaiAppFactory.PostFormAsync(me.Browser, "/Talents/Profile/Data?handler=Excel", [],
            tokenFrom: "/Talents/Profile/Data");

        using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        var profile = workbook.Query(useHeaderRow: true, sheetName: "个人信息").Cast<IDictionary<string, object?>>()
            .ToDictionary(r => (string)r["项目"]!, r => r["内容"]?.ToString());
        Assert.Equal("山东省青岛市市南区", profile["户籍所在地"]);
    }

    [Fact]
    public async Task DownloadExcel_HasASheetPerPart_WithThePersonsData()
    {
        using var me = await TalentWithAProfileAsync();
        var mark = await app.LastAuditSequenceAsync();

        using var response = await YincaiAppFactory.PostFormAsync(me.Browser, "/Talents/Profile/Data?handler=Excel", [],
            tokenFrom: "/Talents/Profile/Data");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(["个人信息", "教育经历", "简历", "就业状态记录", "授权记录", "注销申请"], workbook.GetSheetNames());
        var profile = workbook.Query(useHeaderRow: true, sheetName: "个人信息").Cast<IDictionary<string, object?>>()
            .ToDictionary(r => (string)r["项目"]!, r => r["内容"]?.ToString());
        Assert.Equal(me.Talent.FullName, profile["姓名"]);
        Assert.Equal(me.IdNumber, profile["身份证号码"]);
        Assert.Equal("脱贫家庭（建档立卡）", profile["困难群体类别"]);
        var school = Assert.Single(workbook.Query(useHeaderRow: true, sheetName: "教育经历").Cast<IDictionary<string, object?>>());
        Assert.Equal(("中国海洋大学", "本科"), (school["学校"]?.ToString(), school["学历"]?.ToString()));
        var resume = Assert.Single(workbook.Query(useHeaderRow: true, sheetName: "简历").Cast<IDictionary<string, object?>>());
        Assert.Equal("'=HYPERLINK(\"http://example.com\")", resume["简历内容"]?.ToString()); // never a live formula
        Assert.Contains(await app.AuditEntriesAfterAsync(mark), a => a.Action == AuditActions.SensitiveView
            && a.After!.Contains("self_download_xlsx", StringComparison.Ordinal));
    }
}
