using System.Globalization;
using Yincai.IntegrationTests.Modules.Talents;
using Yincai.Modules.Imports;
using Yincai.Modules.Imports.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform.Protection;
using static Yincai.IntegrationTests.Modules.Imports.ImportTestData;

namespace Yincai.IntegrationTests.Modules.Imports;

/// <summary>
/// Imports of more rows than one batch (1,000 a batch by default). On PostgreSQL their new records are written by binary
/// COPY, on SQLite by EF's inserts: both must leave the same records, history, change feed and audit rows, or nothing.
/// </summary>
public sealed class LargeTalentImportTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private const int Rows = 2_500;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Every third person employed (with an employer), every fifth without a mobile, every seventh without education.</summary>
    private static object?[] Row(int i, string idNumber)
    {
        var row = TalentRow("大批" + i, idNumber);
        if (i % 3 == 0) (row[12], row[13]) = ("已就业", "青岛海尔" + i);
        if (i % 5 == 0) row[2] = null;
        if (i % 7 == 0) (row[6], row[8], row[9], row[10]) = (null, null, null, null);
        return row;
    }

    /// <summary>Numbers of people born in <paramref name="region"/> (one per test: the tests of the class share a database).</summary>
    private static List<string> DistinctIds(int count, string region)
    {
        var ids = new HashSet<string>();
        while (ids.Count < count) ids.Add(TalentTestData.NewIdNumber(region));
        return [.. ids];
    }

    [Fact]
    public async Task Import_2500RowsInThreeBatches_WritesEachPersonWithEducationHistoryChangeFeedAndAudit()
    {
        var ids = DistinctIds(Rows, "370213");
        var file = Workbook(TalentHeaders, ids.Select((id, i) => Row(i, id)));
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");

        var (job, _) = await app.ImportAsync(officer, ImportKind.Talents, ImportMode.AllOrNothing, file);

        Assert.Equal((ImportStatus.Succeeded, Rows, 0, 0), (job.Status, job.Created, job.Updated, job.Unchanged));
        var (talents, protection) = await app.WithServicesAsync(async s =>
        {
            var profiles = s.GetRequiredService<TalentProfiles>();
            var indexes = ids.Select(profiles.BlindIndexOf).ToList();
            var found = await s.GetRequiredService<YincaiDb>().Talents.AsNoTracking().Where(t => indexes.Contains(t.IdNumberIndex)).ToListAsync(Ct);
            return (found, s.GetRequiredService<FieldProtection>());
        });
        Assert.Equal(Rows, talents.Count);
        var byId = talents.ToDictionary(t => protection.Decrypt(t.IdNumberCipher));
        var talentIds = talents.Select(t => t.Id).ToList();
        var educations = (await app.WithDbAsync(db => db.Educations.AsNoTracking().Where(e => talentIds.Contains(e.TalentId)).ToListAsync(Ct)))
            .ToLookup(e => e.TalentId);
        var history = (await app.WithDbAsync(db => db.EmploymentChanges.AsNoTracking().Where(c => talentIds.Contains(c.TalentId)).ToListAsync(Ct)))
            .ToLookup(c => c.TalentId);
        for (var i = 0; i < Rows; i++)
        {
            var t = byId[ids[i]];
            Assert.Equal(("大批" + i, "370202", "370202", "370212", null, false), (t.FullName, t.RegionCode, t.NativePlaceCode,
                t.CurrentRegionCode, t.UserId, t.IsErased));
            Assert.Equal((ids[i][..4] + "**********" + ids[i][14..], ids[i][6..14]), (t.IdNumberMasked, t.BirthDate!.Value.ToString("yyyyMMdd", CultureInfo.InvariantCulture)));
            Assert.Equal(i % 5 == 0 ? null : "138****8000", t.MobileMasked);
            Assert.Equal(i % 5 == 0 ? null : "13800138000", t.MobileCipher is null ? null : protection.Decrypt(t.MobileCipher));
            Assert.Equal(t.CreatedAtUtc, t.UpdatedAtUtc);
            var employed = i % 3 == 0;
            // Employed, the person is no longer an unemployed graduate whatever the row declared.
            Assert.Equal(!employed, t.Categories.HasFlag(TalentCategory.UnemployedGraduate));
            Assert.Equal((employed ? EmploymentStatus.Employed : EmploymentStatus.Seeking, employed ? "青岛海尔" + i : null),
                (t.Employment, t.EmployerName));
            var change = Assert.Single(history[t.Id]);
            Assert.Equal((t.Employment, t.EmployerName, EmploymentSource.Import, t.CreatedAtUtc),
                (change.Status, change.EmployerName, change.Source, change.AtUtc));
            if (i % 7 == 0)
            {
                Assert.Empty(educations[t.Id]);
                Assert.Equal((DegreeLevel.None, null, null), (t.HighestDegree, t.SchoolName, t.GraduationYear));
                continue;
            }
            var education = Assert.Single(educations[t.Id]);
            Assert.Equal(("4137010423", "中国海洋大学", null, DegreeLevel.Bachelor, "080901", "计算机科学与技术", new DateOnly(2024, 6, 30), true),
                (education.SchoolCode, education.SchoolName, education.Country, education.Degree, education.MajorCode, education.MajorName,
                    education.GraduationDate, education.IsImported));
            Assert.Equal((DegreeLevel.Bachelor, "中国海洋大学", 2024, "080901", "计算机科学与技术"),
                (t.HighestDegree, t.SchoolName, t.GraduationYear, t.MajorCode, t.MajorName));
        }

        var feed = await app.WithDbAsync(db => db.ChangeFeed.AsNoTracking().Where(f => talentIds.Contains(f.EntityId)).ToListAsync(Ct));
        Assert.Equal(talentIds.Order(), feed.Where(f => f.Kind == nameof(Talent)).Select(f => f.EntityId).Order());
        var keys = await app.WithDbAsync(db => db.DataSubjectKeys.AsNoTracking().CountAsync(k => talentIds.Contains(k.SubjectId), Ct));
        Assert.Equal(Rows, keys);
        var keysOf = talentIds.Select(id => id.ToString()).ToHashSet();
        var educationKeys = educations.SelectMany(g => g).Select(e => e.Id.ToString()).ToHashSet();
        var historyKeys = history.SelectMany(g => g).Select(c => c.Id.ToString()).ToHashSet();
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == AuditActions.Insert && a.OccurredAtUtc >= talents[0].CreatedAtUtc.AddMinutes(-1)
                && (a.EntityType == nameof(Talent) || a.EntityType == nameof(Education) || a.EntityType == nameof(EmploymentChange)))
            .Select(a => new { a.EntityType, a.EntityId, a.ActorName, a.RegionCode, a.After }).ToListAsync(Ct));
        var talentRows = audit.Where(a => a.EntityType == nameof(Talent) && keysOf.Contains(a.EntityId!)).ToList();
        Assert.Equal(keysOf.Order(), talentRows.Select(a => a.EntityId!).Order());
        Assert.All(talentRows, a => Assert.Equal(("officer.qd", "370202"), (a.ActorName, a.RegionCode)));
        // Personal values under the person's key; secrets never written.
        Assert.All(talentRows, a => Assert.Contains("\"FullName\":\"pii:", a.After, StringComparison.Ordinal));
        Assert.All(talentRows, a => Assert.Contains("\"IdNumberCipher\":\"[redacted]\"", a.After, StringComparison.Ordinal));
        Assert.Equal(educationKeys.Order(), audit.Where(a => a.EntityType == nameof(Education) && educationKeys.Contains(a.EntityId!)).Select(a => a.EntityId!).Order());
        Assert.Equal(historyKeys.Order(), audit.Where(a => a.EntityType == nameof(EmploymentChange) && historyKeys.Contains(a.EntityId!)).Select(a => a.EntityId!).Order());
        Assert.True((await app.VerifyAuditChainAsync()).IsIntact);
    }

    [Fact]
    public async Task Import_DuplicatesLateInTheFileAndAgainstAnotherCity_NamesEachByRowAndFieldAndWritesNothing()
    {
        var (_, _, jinanId) = await app.CreateTalentAsync("370102", "济南在册");
        var ids = DistinctIds(Rows, "370214");
        var rows = ids.Select((id, i) => Row(i, id)).ToList();
        rows[2_300][1] = ids[10];      // Excel row 2,302 repeats row 12
        rows[2_400][1] = jinanId;       // Excel row 2,402: a person on file in Jinan
        rows[2_450][8] = "学士";        // Excel row 2,452: not a degree the template knows
        var talentsBefore = await app.WithDbAsync(db => db.Talents.CountAsync(Ct));
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");

        var (job, page) = await app.ImportAsync(officer, ImportKind.Talents, ImportMode.AllOrNothing, Workbook(TalentHeaders, rows));

        Assert.Equal((ImportStatus.Failed, ImportFailure.RowsInvalid, 3), (job.Status, job.Failure, job.ErrorRows));
        Assert.Contains("有 3 行存在错误", page, StringComparison.Ordinal);
        var errors = job.Errors();
        Assert.Contains(errors, e => e is { Row: 2_302, Field: "身份证号", Message: "身份证号：与第 12 行重复" });
        Assert.Contains(errors, e => e is { Row: 2_402, Field: "身份证号" } && e.Message.Contains("已在其他地区登记", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { Row: 2_452, Field: "学历（专科/本科/硕士/博士）" } && e.Message.Contains("“学士”不是可选的值", StringComparison.Ordinal));
        Assert.Equal(talentsBefore, await app.WithDbAsync(db => db.Talents.CountAsync(Ct)));
        Assert.False(await app.TalentExistsAsync(ids[0]));
    }

    [Fact]
    public async Task Import_ValidOnlyWithDuplicatesAcrossBatches_WritesTheFirstOfEachAndNamesTheRest()
    {
        var ids = DistinctIds(Rows, "370215");
        var rows = ids.Select((id, i) => Row(i, id)).ToList();
        rows[1_500][1] = ids[5];        // Excel row 1,502, in the second batch, repeats row 7 of the first
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");

        var (job, _) = await app.ImportAsync(officer, ImportKind.Talents, ImportMode.ValidOnly, Workbook(TalentHeaders, rows));

        Assert.Equal((ImportStatus.Succeeded, Rows - 1, 1), (job.Status, job.Created, job.ErrorRows));
        var error = Assert.Single(job.Errors());
        Assert.Equal((1_502, "身份证号", "身份证号：与第 7 行重复"), (error.Row, error.Field, error.Message));
        Assert.False(await app.TalentExistsAsync(ids[1_500]));
        var name = await app.WithServicesAsync(async s =>
        {
            var index = s.GetRequiredService<TalentProfiles>().BlindIndexOf(ids[5]);
            return await s.GetRequiredService<YincaiDb>().Talents.AsNoTracking().Where(t => t.IdNumberIndex == index).Select(t => t.FullName).SingleAsync(Ct);
        });
        Assert.Equal("大批5", name);
    }
}
