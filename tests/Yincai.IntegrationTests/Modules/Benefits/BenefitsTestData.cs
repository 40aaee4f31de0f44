using System.Globalization;
using Yincai.IntegrationTests.Modules.Graduates;
using Yincai.IntegrationTests.Modules.Graduates.Campus;
using Yincai.IntegrationTests.Modules.Talents;
using Yincai.Modules.Benefits;
using Yincai.Modules.Benefits.Claims;
using Yincai.Modules.Graduates;
using Yincai.Modules.Talents.Contracts;
using Yincai.Modules.Notifications;
using JobStatus = Yincai.Modules.Jobs.Contracts.ApplicationStatus;

namespace Yincai.IntegrationTests.Modules.Benefits;

/// <summary>
/// Benefits, claimants and claims a test makes for itself through the app's own services: officers define benefits through
/// <see cref="BenefitCatalog"/> (acting as a staff member of their region), talents and employers claim through
/// <see cref="BenefitClaims"/> with the principal that signing in gives them, and the records the claims rest on (a university's list
/// of graduates, a hire, internships) are made the way the product makes them.
/// </summary>
public static class BenefitsTestData
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The start of a PDF file: what an evidence upload must begin with.</summary>
    public static byte[] Pdf(int size = 1024)
    {
        var content = new byte[size];
        "%PDF-1.7\n"u8.CopyTo(content);
        return content;
    }

    /// <summary>Runs <paramref name="work"/> as an officer of <paramref name="scope"/> (zh-CN messages).</summary>
    public static Task<T> AsOfficerAsync<T>(this YincaiAppFactory app, string scope, Func<IServiceProvider, Task<T>> work, Guid? officerId = null) =>
        CampusTestData.AsOfficerAsync(app, officerId ?? Guid.CreateVersion7(), scope, work);

    /// <summary>A benefit defined by an officer of <paramref name="region"/>, with its first rules from <paramref name="effectiveOn"/>.</summary>
    public static async Task<(Benefit Benefit, BenefitRules Rules)> DefineAsync(this YincaiAppFactory app, string region, string name,
        BenefitClaimant claimant, BenefitFrequency frequency, BenefitInstalments instalments, DateOnly effectiveOn, BenefitCondition[] conditions,
        string amount, string fund = "graduate-living-housing-settling")
    {
        var benefit = await app.AsOfficerAsync(region, s => s.GetRequiredService<BenefitCatalog>()
            .CreateAsync(fund, region, name, claimant, frequency, instalments, Ct));
        if (benefit.IsError) throw new InvalidOperationException("Benefit not created: " + benefit.Error!.Message);
        var rules = await app.AddRulesAsync(region, benefit.Value!.Id, effectiveOn, conditions, amount);
        return (benefit.Value!, rules);
    }

    public static async Task<BenefitRules> AddRulesAsync(this YincaiAppFactory app, string region, Guid benefitId, DateOnly effectiveOn,
        BenefitCondition[] conditions, string amount)
    {
        var rules = await app.AsOfficerAsync(region, s => s.GetRequiredService<BenefitCatalog>()
            .AddRulesAsync(benefitId, effectiveOn, conditions, amount, "按规则计算（测试）", [], Ct));
        if (rules.IsError) throw new InvalidOperationException("Rules not saved: " + rules.Error!.Message);
        return rules.Value.Rules;
    }

    /// <summary>A talent with an account (household <paramref name="household"/>) whom a university's list names as its graduate of
    /// <paramref name="graduated"/> with <paramref name="degree"/>: the list proves the degree and the year.</summary>
    public static async Task<(TestAccount User, Guid TalentId)> ListedGraduateAsync(this YincaiAppFactory app, string household, DegreeLevel degree,
        DateOnly graduated, string fullName = "测试毕业生")
    {
        var (user, talent, idNumber) = await app.CreateTalentAsync(household, fullName);
        var university = app.UniversityNamed("青岛大学");
        var person = GraduateTestData.Person(household, fullName, graduated) with
        {
            NormalisedIdNumber = idNumber, NormalisedMobile = user.Mobile, SchoolCode = university.Code, SchoolName = university.Name, Degree = degree,
        };
        await app.RegisterAsync(person, source: GraduateSource.University);
        return (user, talent.Id);
    }

    /// <summary>A talent with an account who only declared themselves: no list, no hire.</summary>
    public static async Task<(TestAccount User, Guid TalentId)> DeclaredTalentAsync(this YincaiAppFactory app, string household, string fullName = "测试人才")
    {
        var (user, talent, _) = await app.CreateTalentAsync(household, fullName);
        return (user, talent.Id);
    }

    /// <summary>A verified employer of Qingdao (370202) hires the talent through a job on the platform.</summary>
    public static async Task HireAsync(this YincaiAppFactory app, TestAccount talent)
    {
        var (employerUserId, _, application) = await app.ApplyToNewJobAsync(talent.Id, "补贴测试岗位");
        foreach (var step in new[] { JobStatus.Interview, JobStatus.Offer, JobStatus.Hired })
        {
            var moved = await app.WithServicesAsync(s => s.GetRequiredService<JobApplications>().MoveAsync(employerUserId, application.Id, step, Ct));
            if (moved.IsError) throw new InvalidOperationException("Not moved: " + moved.Error!.Code);
        }
    }

    /// <summary>Runs <paramref name="work"/> with <see cref="BenefitClaims"/> in a request of <paramref name="account"/>, and its claimant.</summary>
    public static Task<T> AsClaimantAsync<T>(this YincaiAppFactory app, TestAccount account, Func<BenefitClaims, Claimant, Task<T>> work) =>
        app.AsAsync(account, async s =>
        {
            var claims = s.GetRequiredService<BenefitClaims>();
            var me = await claims.MeAsync(Ct) ?? throw new InvalidOperationException($"{account.UserName} is no claimant.");
            return await work(claims, me);
        });

    public static Task<ClaimOption?> OptionAsync(this YincaiAppFactory app, TestAccount account, Guid benefitId, int? intake = null) =>
        app.AsClaimantAsync(account, (claims, me) => claims.OptionAsync(me, benefitId, intake, Ct));

    public static Task<Result<BenefitApplication>> ApplyAsync(this YincaiAppFactory app, TestAccount account, Guid benefitId, int? intake = null,
        params EvidenceUpload[] evidence) =>
        app.AsClaimantAsync(account, (claims, me) => claims.ApplyAsync(me, benefitId, intake, evidence, Ct));

    /// <summary>An officer of <paramref name="scope"/> approves the claim at its current version.</summary>
    public static async Task<Result<BenefitApplication>> ApproveAsync(this YincaiAppFactory app, string scope, Guid applicationId)
    {
        var version = (await app.ClaimAsync(applicationId))?.Version ?? 0;
        return await app.AsOfficerAsync(scope, s => s.GetRequiredService<BenefitClaims>().ApproveAsync(applicationId, version, Ct));
    }

    public static Task<BenefitApplication?> ClaimAsync(this YincaiAppFactory app, Guid applicationId) =>
        app.WithDbAsync(db => db.BenefitApplications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == applicationId, Ct));

    public static Task<List<BenefitApplication>> ClaimsOfAsync(this YincaiAppFactory app, Guid claimantId) =>
        app.WithDbAsync(db => db.BenefitApplications.AsNoTracking().Where(a => a.ClaimantId == claimantId).ToListAsync(Ct));

    public static Task<List<BenefitGrant>> GrantsAsync(this YincaiAppFactory app, Guid benefitId, Guid claimantId) =>
        app.WithDbAsync(db => db.BenefitGrants.AsNoTracking().Where(g => g.BenefitId == benefitId && g.ClaimantId == claimantId)
            .OrderBy(g => g.Half).ToListAsync(Ct));

    public static Task<List<Notification>> InboxAsync(this YincaiAppFactory app, Guid userId) =>
        app.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.RecipientId == userId).ToListAsync(Ct));

    /// <summary>Noon in China on <paramref name="day"/>, as UTC.</summary>
    public static DateTime ChinaNoon(DateOnly day) => ChinaClock.StartOfDayUtc(day) + TimeSpan.FromHours(12);

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
