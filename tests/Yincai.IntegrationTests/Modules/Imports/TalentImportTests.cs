using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore.Metadata;
using Yincai.IntegrationTests.Modules.Talents;
using Yincai.Modules.Imports;
using Yincai.Modules.Imports.Contracts;
using static Yincai.IntegrationTests.Modules.Imports.ImportTestData;

namespace Yincai.IntegrationTests.Modules.Imports;

/// <summary>An officer imports a list of graduates: every row checked and every bad row named by row, column and
/// reason; all or nothing, or the valid rows only; the same file twice changes nothing; only rows of the
/// officer's region; other cities' officers never see the import.</summary>
public sealed class TalentImportTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Rows 2 and 4 good; row 3 has a wrong check digit and an unknown degree; row 5 an unknown school.</summary>
    private static (byte[] File, string[] Good, string[] Bad) MixedFile()
    {
        var (good1, good2, bad3, bad5) = (TalentTestData.NewIdNumber(), TalentTestData.NewIdNumber(), TalentTestData.NewIdNumber(), TalentTestData.NewIdNumber());
        var wrongCheck = bad3[..17] + (bad3[17] == '1' ? '2' : '1');
        var row3 = TalentRow("赵错号", wrongCheck);
        row3[8] = "学士";
        var row5 = TalentRow("钱无校", bad5);
        row5[6] = "青岛不存在大学";
        var file = Workbook(TalentHeaders, [TalentRow("孙正确", good1), row3, TalentRow("李正确", good2), row5]);
        return (file, [good1, good2], [wrongCheck, bad5]);
    }

    [Fact]
    public async Task Import_AllOrNothingWithBadRows_SavesNothingAndNamesEachBadRow()
    {
        var (file, good, _) = MixedFile();
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");

        var (job, page) = await app.ImportAsync(officer, ImportKind.Talents, ImportMode.AllOrNothing, file);

        Assert.Equal((ImportStatus.Failed, ImportFailure.RowsInvalid, 2), (job.Status, job.Failure, job.ErrorRows));
        Assert.Contains("有 2 行存在错误", page, StringComparison.Ordinal);
        var errors = job.Errors();
        Assert.Contains(errors, e => e is { Row: 3, Field: "身份证号" } && e.Message == "身份证号：校验位不符，请逐位核对号码");
        Assert.Contains(errors, e => e is { Row: 3, Field: "学历（专科/本科/硕士/博士）" } && e.Message.Contains("“学士”不是可选的值", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { Row: 5, Field: "学校" } && e.Message.Contains("“青岛不存在大学”不在教育部普通高等学校名单中", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.Row is 2 or 4);
        Assert.Contains("校验位不符", page, StringComparison.Ordinal);
        foreach (var id in good) Assert.False(await app.TalentExistsAsync(id));
    }

    [Fact]
    public async Task Import_ValidOnlyWithBadRows_SavesTheGoodRowsWithTheirEducationAndNamesTheBad()
    {
        var (file, good, bad) = MixedFile();
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");

        var (job, page) = await app.ImportAsync(officer, ImportKind.Talents, ImportMode.ValidOnly, file);

        Assert.Equal((ImportStatus.Succeeded, 2, 0, 0, 2), (job.Status, job.Created, job.Updated, job.Unchanged, job.ErrorRows));
        Assert.Contains("新增 2 条", page, StringComparison.Ordinal);
        Assert.Contains(">3<", page, StringComparison.Ordinal);
        Assert.Contains(">5<", page, StringComparison.Ordinal);
        foreach (var id in good) Assert.True(await app.TalentExistsAsync(id));
        foreach (var id in bad) Assert.False(await app.TalentExistsAsync(id));
        var talent = await app.WithServicesAsync(async s =>
        {
            var index = s.GetRequiredService<TalentProfiles>().BlindIndexOf(good[0]);
            return await s.GetRequiredService<YincaiDb>().Talents.AsNoTracking().SingleAsync(t => t.IdNumberIndex == index, Ct);
        });
        Assert.Equal(("孙正确", "370202", "中国海洋大学", "080901", 2024), (talent.FullName, talent.RegionCode, talent.SchoolName, talent.MajorCode, talent.GraduationYear));
        Assert.True(talent.Categories.HasFlag(Yincai.Modules.Talents.Contracts.TalentCategory.UnemployedGraduate));
        Assert.Equal("138****8000", talent.MobileMasked);
        Assert.Null(talent.UserId);
        var history = await app.WithDbAsync(db => db.EmploymentChanges.AsNoTracking().Where(c => c.TalentId == talent.Id).ToListAsync(Ct));
        Assert.Equal(Yincai.Modules.Talents.Contracts.EmploymentSource.Import, Assert.Single(history).Source);
    }

    [Fact]
    public async Task Import_EveryCreatedRecordIsAuditedAsTheOfficers_AndTheChainStillVerifies()
    {
        var ids = Enumerable.Range(0, 3).Select(_ => TalentTestData.NewIdNumber("370203")).ToList();
        var file = Workbook(TalentHeaders, ids.Select((id, i) => TalentRow("审计导入" + i, id, "370203")));
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");
        var mark = await app.LastAuditSequenceAsync();

        var (job, _) = await app.ImportAsync(officer, ImportKind.Talents, ImportMode.AllOrNothing, file);

        Assert.Equal((ImportStatus.Succeeded, 3), (job.Status, job.Created));
        var audit = await app.AuditEntriesAfterAsync(mark);
        var inserts = audit.Where(a => a is { Action: AuditActions.Insert, EntityType: nameof(Talent) }).ToList();
        Assert.Equal(3, inserts.Count);
        Assert.All(inserts, a => Assert.Equal("officer.qd", a.ActorName));
        Assert.Contains(audit, a => a is { Action: AuditActions.Insert, EntityType: nameof(Education) });
        Assert.True((await app.VerifyAuditChainAsync()).IsIntact);
    }

    [Fact]
    public async Task Import_AuditRowsOfCreatedRecords_HoldEveryValueAsSaved()
    {
        // An import's new records are not scanned for changes before their save (YincaiDb.CopyNewRows): their audit rows
        // must still hold the values set after they were added (mobile, places, categories, education summary, employment).
        var id = TalentTestData.NewIdNumber("370203");
        var row = TalentRow("审计全值", id, "370203");
        (row[12], row[13]) = ("已就业", "青岛海尔");
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");
        var mark = await app.LastAuditSequenceAsync();

        var (job, _) = await app.ImportAsync(officer, ImportKind.Talents, ImportMode.AllOrNothing, Workbook(TalentHeaders, [row]));

        Assert.Equal((ImportStatus.Succeeded, 1), (job.Status, job.Created));
        var audit = await app.AuditEntriesAfterAsync(mark);
        await app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<YincaiDb>();
            var index = services.GetRequiredService<TalentProfiles>().BlindIndexOf(id);
            var talent = await db.Talents.AsNoTracking().SingleAsync(t => t.IdNumberIndex == index, Ct);
            var education = await db.Educations.AsNoTracking().SingleAsync(e => e.TalentId == talent.Id, Ct);
            var change = await db.EmploymentChanges.AsNoTracking().SingleAsync(c => c.TalentId == talent.Id, Ct);
            Assert.Equal(("138****8000", "370202", "370212", "中国海洋大学", Yincai.Modules.Talents.Contracts.EmploymentStatus.Employed, "青岛海尔"),
                (talent.MobileMasked, talent.NativePlaceCode, talent.CurrentRegionCode, talent.SchoolName, talent.Employment, talent.EmployerName));
            var keys = new SubjectKeyRing(services.GetRequiredService<Yincai.Platform.Protection.FieldProtection>());
            await keys.LoadAsync(db, [talent.Id], [], create: false, DateTime.MinValue, Ct);
            foreach (var (entity, key) in new (object, Guid)[] { (talent, talent.Id), (education, education.Id), (change, change.Id) })
            {
                var inserted = Assert.Single(audit, a => a.Action == AuditActions.Insert && a.EntityId == key.ToString());
                Assert.Equal(("officer.qd", entity is Talent ? "370203" : null), (inserted.ActorName, inserted.RegionCode));
                AssertAuditedAsStored(db.Model.FindEntityType(entity.GetType())!, entity, keys.Reveal(inserted.After, "erased"));
            }
        });
    }

    /// <summary>The audit row's After, revealed, against the stored record: every audited property, each personal one
    /// readable, each redacted one "[redacted]", derived ones (search columns) left out.</summary>
    private static void AssertAuditedAsStored(IEntityType type, object entity, string? after)
    {
        var written = Assert.IsType<JsonObject>(JsonNode.Parse(after!));
        var audited = type.GetProperties().Where(p => p.FindAnnotation(AuditAnnotations.Derived)?.Value is not true).ToList();
        Assert.Equal(audited.Select(p => p.Name).Order(StringComparer.Ordinal), written.Select(v => v.Key).Order(StringComparer.Ordinal));
        foreach (var property in audited)
        {
            var value = written[property.Name];
            if (property.FindAnnotation(AuditAnnotations.Redacted)?.Value is true)
            {
                Assert.Equal("[redacted]", value!.GetValue<string>());
                continue;
            }
            var stored = property.PropertyInfo!.GetValue(entity);
            if (stored is DateTime at) // the database keeps microseconds, the trail what the clock gave
                Assert.True((value!.GetValue<DateTime>() - at).Duration() < TimeSpan.FromMilliseconds(1), property.Name);
            else
                Assert.True(JsonNode.DeepEquals(JsonNode.Parse(AuditJson.Serialize(stored)), value), $"{property.Name}: {value?.ToJsonString()}");
        }
    }

    [Fact]
    public async Task Import_SameFileTwice_SecondTimeCreatesAndUpdatesNothing()
    {
        var ids = Enumerable.Range(0, 3).Select(_ => TalentTestData.NewIdNumber("370203")).ToList();
        var file = Workbook(TalentHeaders, ids.Select((id, i) => TalentRow("重复导入" + i, id, "370203")));
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");
        var (first, _) = await app.ImportAsync(officer, ImportKind.Talents, ImportMode.AllOrNothing, file);
        var countAfterFirst = await app.WithDbAsync(db => db.Talents.CountAsync(Ct));
        var changesAfterFirst = await app.WithDbAsync(db => db.EmploymentChanges.CountAsync(Ct));
        var educationsAfterFirst = await app.WithDbAsync(db => db.Educations.CountAsync(Ct));

        var (second, page) = await app.ImportAsync(officer, ImportKind.Talents, ImportMode.AllOrNothing, file);

        Assert.Equal((ImportStatus.Succeeded, 3), (first.Status, first.Created));
        Assert.Equal((ImportStatus.Succeeded, 0, 0, 3), (second.Status, second.Created, second.Updated, second.Unchanged));
        Assert.Contains("3 条与系统中一致未作改动", page, StringComparison.Ordinal);
        Assert.Equal(countAfterFirst, await app.WithDbAsync(db => db.Talents.CountAsync(Ct)));
        Assert.Equal(changesAfterFirst, await app.WithDbAsync(db => db.EmploymentChanges.CountAsync(Ct)));
        Assert.Equal(educationsAfterFirst, await app.WithDbAsync(db => db.Educations.CountAsync(Ct)));
    }

    [Fact]
    public async Task Import_ChangedRowOfAPersonOnFile_UpdatesThatPersonAndReplacesTheImportedEducation()
    {
        var id = TalentTestData.NewIdNumber("370211");
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");
        await app.ImportAsync(officer, ImportKind.Talents, ImportMode.AllOrNothing, Workbook(TalentHeaders, [TalentRow("周改名", id, "370211")]));
        var changed = TalentRow("周新名", id, "370211");
        (changed[6], changed[8], changed[10]) = ("青岛大学", "硕士", "2026-06-30");

        var (job, _) = await app.ImportAsync(officer, ImportKind.Talents, ImportMode.AllOrNothing, Workbook(TalentHeaders, [changed]));

        Assert.Equal((0, 1, 0), (job.Created, job.Updated, job.Unchanged));
        var talent = await app.WithServicesAsync(async s =>
        {
            var index = s.GetRequiredService<TalentProfiles>().BlindIndexOf(id);
            return await s.GetRequiredService<YincaiDb>().Talents.AsNoTracking().SingleAsync(t => t.IdNumberIndex == index, Ct);
        });
        var education = await app.WithDbAsync(db => db.Educations.AsNoTracking().Where(e => e.TalentId == talent.Id).ToListAsync(Ct));
        Assert.Equal(("周新名", "青岛大学", Yincai.Modules.Talents.Contracts.DegreeLevel.Master), (talent.FullName, talent.SchoolName, talent.HighestDegree));
        Assert.Equal("青岛大学", Assert.Single(education).SchoolName);
    }

    [Fact]
    public async Task Import_RowsOutsideTheOfficersRegion_AreRowErrorsAndNeverWritten()
    {
        var (_, jinanTalent, jinanId) = await app.CreateTalentAsync("370102", "济南在册");
        var newInJinan = TalentTestData.NewIdNumber("370102");
        var file = Workbook(TalentHeaders, [TalentRow("户籍在济南", newInJinan, "370102"), TalentRow("冒改济南人", jinanId, "370202")]);
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");

        var (job, page) = await app.ImportAsync(officer, ImportKind.Talents, ImportMode.ValidOnly, file);

        Assert.Equal((0, 2), (job.Created + job.Updated, job.ErrorRows));
        var errors = job.Errors();
        Assert.Contains(errors, e => e is { Row: 2, Field: "户籍地区代码" } && e.Message == "户籍地区代码：370102 不在您的管辖范围内，不能导入");
        Assert.Contains(errors, e => e is { Row: 3, Field: "身份证号" } && e.Message.Contains("已在其他地区登记", StringComparison.Ordinal));
        Assert.Contains("不在您的管辖范围内", page, StringComparison.Ordinal);
        Assert.False(await app.TalentExistsAsync(newInJinan));
        var after = await app.WithDbAsync(db => db.Talents.AsNoTracking().SingleAsync(t => t.Id == jinanTalent.Id, Ct));
        Assert.Equal(("济南在册", "370102"), (after.FullName, after.RegionCode));
    }

    [Fact]
    public async Task Import_SameIdNumberTwiceInAFile_IsAnErrorOnTheSecondRow()
    {
        var id = TalentTestData.NewIdNumber();
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");

        var (job, _) = await app.ImportAsync(officer, ImportKind.Talents, ImportMode.ValidOnly,
            Workbook(TalentHeaders, [TalentRow("第一次", id), TalentRow("第二次", id)]));

        Assert.Equal(1, job.Created);
        var error = Assert.Single(job.Errors());
        Assert.Equal((3, "身份证号", "身份证号：与第 2 行重复"), (error.Row, error.Field, error.Message));
    }

    [Fact]
    public async Task Details_OfficerOfAnotherCity_Gets404()
    {
        using var qingdao = await app.ClientAsync(Via.Cookie, "officer.qd");
        var id = await UploadAsync(qingdao, ImportKind.Talents, ImportMode.ValidOnly,
            Workbook(TalentHeaders, [TalentRow("青岛导入", TalentTestData.NewIdNumber())]));
        await app.FinishedImportAsync(id);
        using var jinan = await app.ClientAsync(Via.Cookie, "officer.jn");
        using var province = await app.ClientAsync(Via.Cookie, "officer.sd");

        using var details = await jinan.GetAsync($"/Imports/Details?id={id}", Ct);
        using var errors = await jinan.GetAsync($"/Imports/Errors?id={id}", Ct);
        var list = await (await jinan.GetAsync("/Imports", Ct)).Content.ReadAsStringAsync(Ct);
        using var provinceView = await province.GetAsync($"/Imports/Details?id={id}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, details.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, errors.StatusCode);
        Assert.DoesNotContain(id.ToString(), list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, provinceView.StatusCode);
    }

    [Fact]
    public async Task ImportPages_TalentAccount_IsRefused()
    {
        var talent = await app.RegisterAsync(AccountKind.Talent);
        using var browser = await app.ClientAsync(Via.Cookie, talent.UserName, talent.Password);

        using var list = await browser.GetAsync("/Imports", Ct);
        using var template = await browser.GetAsync("/Imports/Template?kind=Talents", Ct);

        Assert.NotEqual(HttpStatusCode.OK, list.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, template.StatusCode);
    }

    [Fact]
    public async Task Upload_FileThatIsNotAWorkbook_IsRefusedAtOnceWithAReason()
    {
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");
        var before = await app.WithDbAsync(db => db.ImportJobs.CountAsync(Ct));

        using var response = await PostUploadAsync(officer, ImportKind.Talents, ImportMode.AllOrNothing,
            "姓名,身份证号\n张三,110105194912310020\n"u8.ToArray(), "名单.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("文件不是有效的 Excel 工作簿（.xlsx）", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.ImportJobs.CountAsync(Ct)));
    }

    [Fact]
    public async Task Upload_WorkbookWithoutTheTemplatesColumns_IsRefusedNamingThem()
    {
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");

        using var response = await PostUploadAsync(officer, ImportKind.Talents, ImportMode.AllOrNothing,
            Workbook(["姓名", "身份证号"], [["张三", TalentTestData.NewIdNumber()]]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("缺少模板中的列：手机号、户籍地区代码", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Template_Talents_HasTheExactHeadersAndAnInstructionsSheet()
    {
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");

        using var response = await officer.GetAsync("/Imports/Template?kind=Talents", Ct);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Yincai.Platform.Excel.ExcelWriter.ContentType, response.Content.Headers.ContentType?.MediaType);
        var rows = Rows(bytes);
        Assert.Equal(TalentHeaders, rows[0]);
        Assert.Equal(2, rows.Count);
        Assert.Equal(["导入数据", "填写说明"], MiniExcelLibs.MiniExcel.GetSheetNames(new MemoryStream(bytes)));
    }
}
