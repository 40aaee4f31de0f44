using System.Globalization;
using Yincai.IntegrationTests.Modules.Employers;

namespace Yincai.IntegrationTests.Modules.Talents;

/// <summary>Talents for tests: valid resident ID numbers (GB 11643 check digit), unique per call.</summary>
public static class TalentTestData
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    public static string NewIdNumber(string regionCode = "370202")
    {
        var birth = new DateOnly(1990, 1, 1).AddDays(Random.Shared.Next(0, 3650));
        var body = regionCode + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture)
            + Random.Shared.Next(0, 1000).ToString("D3", CultureInfo.InvariantCulture);
        var sum = body.Select((c, i) => (c - '0') * Weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }

    public static async Task<(TestAccount User, Talent Talent, string IdNumber)> CreateTalentAsync(this YincaiAppFactory app,
        string householdRegionCode, string fullName = "测试人才")
    {
        var user = await app.RegisterAsync(AccountKind.Talent);
        var idNumber = NewIdNumber(householdRegionCode);
        var result = await app.WithServicesAsync(s => s.GetRequiredService<TalentProfiles>()
            .SaveAsync(user.Id, fullName, idNumber, householdRegionCode, TestContext.Current.CancellationToken));
        if (result.IsError) throw new InvalidOperationException("Talent not saved: " + result.Error!.Code);
        return (user, result.Value!, idNumber);
    }

    /// <summary>A verified employer of Qingdao (370202) publishes a job, approved, and the talent of <paramref name="talentUserId"/>
    /// applies to it; returns the employer's user and name, and the application.</summary>
    public static async Task<(Guid EmployerUserId, string EmployerName, JobApplication Application)> ApplyToNewJobAsync(this YincaiAppFactory app,
        Guid talentUserId, string title)
    {
        var (employerUser, employer) = await app.RegisterEmployerAsync("370202");
        var job = await app.WithServicesAsync(async s => (await s.GetRequiredService<JobPostings>().SaveAsync(employerUser.Id, null, new JobForm
        {
            Title = title, Description = "负责客户服务与数据整理，沟通能力强。", RegionCode = "370202", Headcount = 1,
            SalaryMinYuan = 5000, SalaryMaxYuan = 7000, ValidUntil = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(1),
        }, submit: true, TestContext.Current.CancellationToken)).Value!);
        await app.WithDbAsync(async db =>
        {
            (await db.Employers.SingleAsync(e => e.Id == employer.Id, TestContext.Current.CancellationToken)).Verify(Guid.CreateVersion7(), DateTime.UtcNow);
            (await db.Jobs.SingleAsync(j => j.Id == job.Id, TestContext.Current.CancellationToken)).Approve(Guid.CreateVersion7(), DateTime.UtcNow);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        var applied = await app.WithServicesAsync(s => s.GetRequiredService<JobApplications>()
            .ApplyAsync(talentUserId, job.Id, null, null, TestContext.Current.CancellationToken));
        return (employerUser.Id, employer.Name, applied.Value ?? throw new InvalidOperationException("Not applied: " + applied.Error!.Code));
    }
}
