using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yincai.Modules.Accounts;
using Yincai.Modules.Employers;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Jobs;
using Yincai.Platform;

namespace Yincai.EndToEndTests.Infrastructure;

/// <summary>
/// A verified employer with one approved, open job, set up through the app's own services (as
/// tests/Yincai.IntegrationTests/Modules/Jobs/ApplicationLifecycleTests does), not through the browser.
/// </summary>
public sealed record PublishedJob(string EmployerMobile, string EmployerPassword, string EmployerName, Guid JobId, string JobTitle, Guid EmployerUserId)
{
    public static async Task<PublishedJob> CreateAsync(YincaiE2EFixture app, string jobTitle, CancellationToken cancellationToken)
    {
        const string password = "Employer#2026x";
        const string regionCode = "370202";
        var mobile = TestIdentities.NewMobile();
        var employerName = "青岛海图数据科技有限公司";

        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var user = Expect(await services.GetRequiredService<AccountRegistration>()
            .RegisterProvedAsync(new NewAccount(AccountKind.Employer, mobile, null, employerName, password, AcceptsTerms: true), cancellationToken), "employer user");
        var employer = Expect(await services.GetRequiredService<EmployerRegistration>().SaveAsync(user!.Id, new EmployerForm
        {
            CreditCode = TestIdentities.NewCreditCode(), Name = employerName, RegionCode = regionCode, IndustryCode = "65",
            Ownership = OwnershipType.Private, Size = EmployerSize.Small, Address = "青岛市市南区香港中路1号",
            ContactName = "王芳", ContactPhone = "0532-80000000",
        }, cancellationToken), "employer");

        var db = services.GetRequiredService<YincaiDb>();
        (await db.Employers.SingleAsync(e => e.Id == employer.Id, cancellationToken)).Verify(Guid.CreateVersion7(), DateTime.UtcNow);
        await db.SaveChangesAsync(cancellationToken);

        var job = Expect(await services.GetRequiredService<JobPostings>().SaveAsync(user!.Id, null, new JobForm
        {
            Title = jobTitle, Description = "负责业务数据的整理、分析与可视化，熟悉 SQL 和 Excel，沟通能力强。", RegionCode = regionCode,
            Headcount = 2, SalaryMinYuan = 8000, SalaryMaxYuan = 12000, ValidUntil = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(1),
        }, submit: true, cancellationToken), "job");
        (await db.Jobs.SingleAsync(j => j.Id == job.Id, cancellationToken)).Approve(Guid.CreateVersion7(), DateTime.UtcNow);
        await db.SaveChangesAsync(cancellationToken);

        return new PublishedJob(mobile, password, employerName, job.Id, jobTitle, user.Id);
    }

    private static T Expect<T>(Result<T> result, string what) =>
        result.IsError ? throw new InvalidOperationException($"Setup failed for the {what}: {result.Error!.Code} {result.Error.Message}") : result.Value!;
}
