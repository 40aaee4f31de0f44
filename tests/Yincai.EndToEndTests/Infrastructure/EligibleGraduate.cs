using Microsoft.Extensions.DependencyInjection;
using Yincai.Modules.Accounts;
using Yincai.Modules.Graduates;
using Yincai.Modules.Jobs;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Talents;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.EndToEndTests.Infrastructure;

/// <summary>
/// A graduate the platform can vouch for without an upload, set up through the app's own services: a talent account with their
/// record, on 青岛大学's list of this year's class as a master (source: the university), and hired in 市南区 through an
/// application on the platform.
/// </summary>
public sealed record EligibleGraduate(string Mobile, string Password, string FullName)
{
    public static async Task<EligibleGraduate> CreateAsync(YincaiE2EFixture app, CancellationToken cancellationToken)
    {
        const string password = "Talent#2026x";
        const string household = "370202";
        var unique = Guid.NewGuid().ToString("N")[..6];
        var job = await PublishedJob.CreateAsync(app, "软件工程师" + unique, cancellationToken);
        var mobile = TestIdentities.NewMobile();
        var fullName = "欧阳" + "晨若舟"[Random.Shared.Next(0, 3)] + "安";
        var today = ChinaClock.DateOf(DateTime.UtcNow);
        var cohort = today.Month >= 7 ? today.Year : today.Year - 1;
        var idNumber = TestIdentities.NewIdNumber(household, new DateOnly(cohort - 25, 4, 10).AddDays(Random.Shared.Next(0, 300)));

        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var user = Expect(await services.GetRequiredService<AccountRegistration>()
            .RegisterProvedAsync(new NewAccount(AccountKind.Talent, mobile, null, fullName, password, AcceptsTerms: true), cancellationToken), "talent user")!;
        Expect(await services.GetRequiredService<TalentProfiles>().SaveAsync(user.Id, fullName, idNumber, household,
            new PersonalDetails(mobile, household, household, TalentCategory.None, DisadvantagedGroup.None), cancellationToken), "talent record");

        var school = services.GetRequiredService<UniversityCatalog>().FindByName("青岛大学");
        Expect(await services.GetRequiredService<RealNameDatabase>().RegisterAsync(new GraduateRegistration(
            new GraduatePerson(fullName, idNumber, mobile, household, school?.Code, "青岛大学", DegreeLevel.Master, null, "软件工程", new DateOnly(cohort, 6, 30)),
            null, GraduateIntention.Job, GraduateSource.University, ByUniversityCode: school?.Code), cancellationToken), "university's list");
        await services.GetRequiredService<YincaiDb>().SaveChangesAsync(cancellationToken);

        var applications = services.GetRequiredService<JobApplications>();
        var application = Expect(await applications.ApplyAsync(user.Id, job.JobId, null, null, cancellationToken), "application");
        foreach (var step in new[] { ApplicationStatus.Interview, ApplicationStatus.Offer, ApplicationStatus.Hired })
            Expect(await applications.MoveAsync(job.EmployerUserId, application.Id, step, cancellationToken), "hire");
        return new EligibleGraduate(mobile, password, fullName);
    }

    private static T Expect<T>(Result<T> result, string what) =>
        result.IsError ? throw new InvalidOperationException($"Setup failed for the {what}: {result.Error!.Code} {result.Error.Message}") : result.Value!;
}
