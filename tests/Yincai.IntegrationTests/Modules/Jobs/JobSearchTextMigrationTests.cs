using Yincai.IntegrationTests.Modules.Employers;

namespace Yincai.IntegrationTests.Modules.Jobs;

/// <summary>The migration that added the job search column fills it for the jobs already stored, with what the app
/// would write: the SQL fold (both databases) agrees with SearchTerms'.</summary>
public sealed class JobSearchTextMigrationTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Migrate_JobsStoredBefore_GetTheSearchTextTheAppWouldWrite()
    {
        var user = await app.RegisterAsync(AccountKind.Employer);
        var employer = (await app.WithServicesAsync(s => s.GetRequiredService<EmployerRegistration>().SaveAsync(user.Id, EmployerTestData.Form("370202"), Ct))).Value!;
        var job = (await app.WithServicesAsync(s => s.GetRequiredService<JobPostings>().SaveAsync(user.Id, null, new JobForm
        {
            Title = "ＪＡＶＡ　Developer（高级）", Description = "O'Reilly 书单；ＡＢＣ＇ＸＹＺ", RegionCode = "370202", Headcount = 1,
            SalaryMinYuan = 1, SalaryMaxYuan = 2, Tags = "五险一金、Remote", ValidUntil = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(1),
        }, submit: false, Ct))).Value!;
        var expected = await app.WithDbAsync(db => db.Jobs.Where(j => j.Id == job.Id).Select(j => j.SearchText).SingleAsync(Ct));

        await app.RemigrateFromAsync("_JobSearchText");
        var backfilled = await app.WithDbAsync(db => db.Jobs.Where(j => j.Id == job.Id).Select(j => j.SearchText).SingleAsync(Ct));

        Assert.Equal($"java developer(高级) o'reilly 书单;abc'xyz {employer.Name} 五险一金 remote", expected);
        Assert.Equal(expected, backfilled);
    }
}
