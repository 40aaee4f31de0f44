using Yincai.IntegrationTests.Modules.Talents;
using Yincai.Modules.Imports;
using Yincai.Modules.Imports.Contracts;
using static Yincai.IntegrationTests.Modules.Imports.ImportTestData;

namespace Yincai.IntegrationTests.Modules.Imports;

/// <summary>An import that dies halfway leaves nothing behind (SECURITY.md §5, T1 "nothing half-imported"), says
/// so, and can run again.</summary>
public sealed class ImportCrashTests(CrashingImportAppFactory app) : IClassFixture<CrashingImportAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Import_ProcessDiesAfterTwoOfFiveBatches_LeavesNoTalentAndFailsTheJob()
    {
        var ids = Enumerable.Range(0, 2_500).Select(_ => TalentTestData.NewIdNumber()).Distinct().ToList();
        var file = Workbook(TalentHeaders, ids.Select((id, i) => TalentRow("批量" + i, id)));
        var talentsBefore = await app.WithDbAsync(db => db.Talents.CountAsync(Ct));
        var educationsBefore = await app.WithDbAsync(db => db.Educations.CountAsync(Ct));
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");

        var (job, page) = await app.ImportAsync(officer, ImportKind.Talents, ImportMode.AllOrNothing, file);

        Assert.Equal((ImportStatus.Failed, ImportFailure.Interrupted), (job.Status, job.Failure));
        Assert.Contains("导入被中断，没有保存任何数据；请重新运行。", page, StringComparison.Ordinal);
        Assert.True(job.CanRunAgain);
        Assert.Equal(talentsBefore, await app.WithDbAsync(db => db.Talents.CountAsync(Ct)));
        Assert.Equal(educationsBefore, await app.WithDbAsync(db => db.Educations.CountAsync(Ct)));
        Assert.False(await app.TalentExistsAsync(ids[0]));
        Assert.False(await app.TalentExistsAsync(ids[CrashingImportAppFactory.FailAfterRows - 1]));
    }

    [Fact]
    public async Task Import_ProcessDiesAfterTwoBatchesWritten_LeavesNoHistoryChangeFeedKeysOrAuditRows()
    {
        var ids = Enumerable.Range(0, 2_500).Select(_ => TalentTestData.NewIdNumber("370213")).Distinct().ToList();
        // Employed people: each brings an employment-history row besides the talent and the education.
        var file = Workbook(TalentHeaders, ids.Select((id, i) => Employed(TalentRow("中断" + i, id))));
        Task<(int History, int Feed, int Keys, int Audit)> CountsAsync() => app.WithDbAsync(async db => (await db.EmploymentChanges.CountAsync(Ct),
            await db.ChangeFeed.CountAsync(Ct), await db.DataSubjectKeys.CountAsync(Ct), await db.AuditEntries.CountAsync(a =>
                a.EntityType == nameof(Talent) || a.EntityType == nameof(Education) || a.EntityType == nameof(EmploymentChange), Ct)));
        var before = await CountsAsync();
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");

        var (job, _) = await app.ImportAsync(officer, ImportKind.Talents, ImportMode.AllOrNothing, file);

        Assert.Equal((ImportStatus.Failed, ImportFailure.Interrupted), (job.Status, job.Failure));
        Assert.Equal(before, await CountsAsync());
    }

    private static object?[] Employed(object?[] row)
    {
        row[12] = "已就业";
        return row;
    }

    [Fact]
    public async Task MarkInterrupted_ImportLeftCommittingByAKilledProcess_FailsItAsInterruptedAtStart()
    {
        var officer = await app.UserIdAsync("officer.qd");
        var id = await app.WithDbAsync(async db =>
        {
            var job = new ImportJob(ImportKind.Talents, ImportMode.AllOrNothing, "killed.xlsx", 10, officer, "officer.qd", "370200", DateTime.UtcNow);
            db.ImportJobs.Add(job);
            await db.SaveChangesAsync(Ct);
            // What a process killed mid-commit leaves: the job still says Committing; its transaction died with it.
            await db.ImportJobs.Where(j => j.Id == job.Id).ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, ImportStatus.Committing), Ct);
            return job.Id;
        });

        var marked = await app.Services.GetRequiredService<ImportRunner>().MarkInterruptedAsync(atStart: true, Ct);

        Assert.True(marked >= 1);
        var after = await app.WithDbAsync(db => db.ImportJobs.AsNoTracking().SingleAsync(j => j.Id == id, Ct));
        Assert.Equal((ImportStatus.Failed, ImportFailure.Interrupted), (after.Status, after.Failure));
    }
}
