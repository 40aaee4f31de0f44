using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yincai.Modules.Accounts;
using Yincai.Modules.Employers;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Jobs;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Matching.Scoring;
using Yincai.Modules.Talents;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.EndToEndTests.Infrastructure;

/// <summary>
/// A verified employer in 黄岛区 with two published jobs, one that fits a consenting talent in every respect and one
/// that asks for a master's degree the talent lacks, and that talent, set up through the app's own services (as
/// tests/Yincai.IntegrationTests/Modules/Matching/MatchingTestData does) and waited for until the match index holds them.
/// Kotlin, a skill no demo job asks for, keeps the fitting job ahead of the demo jobs.
/// </summary>
public sealed record MatchingSetup(string EmployerMobile, string EmployerName, string TalentMobile, string TalentName,
    string TalentMaskedName, Guid FitJobId, string FitJobTitle, Guid MasterJobId, string MasterJobTitle)
{
    public const string Password = "Matching#2026x";
    public const string Region = "370211";
    public const string RegionName = "黄岛区";

    public static async Task<MatchingSetup> CreateAsync(YincaiE2EFixture app, CancellationToken cancellationToken)
    {
        const string employerName = "青岛蓝湾软件有限公司";
        const string talentName = "王晓雨";
        var employerMobile = TestIdentities.NewMobile();
        var talentMobile = TestIdentities.NewMobile();
        var validUntil = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(1);

        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var accounts = services.GetRequiredService<AccountRegistration>();
        var db = services.GetRequiredService<YincaiDb>();

        var employerUser = Expect(await accounts.RegisterProvedAsync(new NewAccount(AccountKind.Employer, employerMobile, null, employerName, Password, AcceptsTerms: true), cancellationToken), "employer user");
        var employer = Expect(await services.GetRequiredService<EmployerRegistration>().SaveAsync(employerUser!.Id, new EmployerForm
        {
            CreditCode = TestIdentities.NewCreditCode(), Name = employerName, RegionCode = Region, IndustryCode = "65",
            Ownership = OwnershipType.Private, Size = EmployerSize.Small, Address = "青岛市黄岛区长江中路216号",
            ContactName = "陈静", ContactPhone = "0532-86000000",
        }, cancellationToken), "employer");
        (await db.Employers.SingleAsync(e => e.Id == employer.Id, cancellationToken)).Verify(Guid.CreateVersion7(), DateTime.UtcNow);
        await db.SaveChangesAsync(cancellationToken);

        var postings = services.GetRequiredService<JobPostings>();
        var fit = Expect(await postings.SaveAsync(employerUser!.Id, null, new JobForm
        {
            Title = "Java软件工程师", Description = "参与港口物流平台的后端开发，使用 Java、Kotlin 和微服务架构。", RegionCode = Region,
            MinDegree = DegreeLevel.Bachelor, Majors = "080902", Tags = "Java,Kotlin,微服务,五险一金", Headcount = 2,
            SalaryMinYuan = 9000, SalaryMaxYuan = 15000, ValidUntil = validUntil,
        }, submit: true, cancellationToken), "fitting job");
        var master = Expect(await postings.SaveAsync(employerUser!.Id, null, new JobForm
        {
            Title = "Kotlin架构师", Description = "负责移动端与服务端的架构设计，要求硕士及以上学历。", RegionCode = Region,
            MinDegree = DegreeLevel.Master, Majors = "080902", Tags = "Java,Kotlin,微服务", Headcount = 1,
            SalaryMinYuan = 15000, SalaryMaxYuan = 25000, ValidUntil = validUntil,
        }, submit: true, cancellationToken), "master's job");
        foreach (var job in await db.Jobs.Where(j => j.Id == fit.Id || j.Id == master.Id).ToListAsync(cancellationToken))
            job.Approve(Guid.CreateVersion7(), DateTime.UtcNow);
        await db.SaveChangesAsync(cancellationToken);

        var talentUser = Expect(await accounts.RegisterProvedAsync(new NewAccount(AccountKind.Talent, talentMobile, null, talentName, Password, AcceptsTerms: true), cancellationToken), "talent user");
        var talent = Expect(await services.GetRequiredService<TalentProfiles>().SaveAsync(talentUser!.Id, talentName,
            TestIdentities.NewIdNumber(Region, new DateOnly(2002, 4, 18)), Region, cancellationToken), "talent");
        var education = new Education(talent.Id, new EducationDetails(null, "中国海洋大学", null, DegreeLevel.Bachelor, "080902", "软件工程",
            new DateOnly(2025, 6, 30)));
        db.Educations.Add(education);
        talent.SummariseEducation([education], DateOnly.FromDateTime(DateTime.UtcNow));
        talent.SetIntention([Region], ["65"], [JobType.FullTime], 9000, null, ["Java", "Kotlin", "微服务"], DateTime.UtcNow);
        talent.RecordConsent(ConsentPurpose.ShareWithEmployers, true);
        db.Consents.Add(new Consent(talent.Id, ConsentPurpose.ShareWithEmployers, true, Consent.CurrentTextVersion, DateTime.UtcNow));
        await db.SaveChangesAsync(cancellationToken);

        // The index follows the change feed within about a second.
        var index = app.Services.GetRequiredService<MatchIndex>();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (index.Job(fit.Id) is null || index.Job(master.Id) is null || index.Talent(talent.Id) is null)
        {
            if (DateTime.UtcNow > deadline) throw new InvalidOperationException("The match index did not pick up the jobs and the talent.");
            await Task.Delay(100, cancellationToken);
        }

        return new MatchingSetup(employerMobile, employerName, talentMobile, talentName, Talent.MaskName(talentName),
            fit.Id, fit.Title, master.Id, master.Title);
    }

    private static T Expect<T>(Result<T> result, string what) =>
        result.IsError ? throw new InvalidOperationException($"Setup failed for the {what}: {result.Error!.Code} {result.Error.Message}") : result.Value!;
}
