using System.Text.Json;
using System.Text.Json.Serialization;
using Yincai.IntegrationTests.Modules.Employers;
using Yincai.IntegrationTests.Modules.Talents;
using Yincai.Modules.Jobs;
using Yincai.Platform;
using Yincai.Modules.Matching;
using Yincai.Modules.Matching.Scoring;
using Yincai.Modules.Talents.Contracts;

namespace Yincai.IntegrationTests.Modules.Matching;

/// <summary>Published jobs and findable talents for matching tests, and waiting for the index to catch up.</summary>
public static class MatchingTestData
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static Task<(TestAccount User, Employer Employer)> VerifiedEmployerAsync(this YincaiAppFactory app, string regionCode = "370202",
        string name = "测试科技有限公司") => app.RegisterVerifiedEmployerAsync(regionCode, name);

    public static JobForm Job(string title, string region = "370202", DegreeLevel minDegree = DegreeLevel.Bachelor, string? majors = null,
        string? tags = null, int salaryMax = 15000, JobType type = JobType.FullTime) => new()
    {
        Type = type, Title = title, Description = "负责平台研发与维护。", RegionCode = region, Headcount = 1, MinDegree = minDegree,
        Majors = majors, Tags = tags, SalaryMinYuan = Math.Min(8000, salaryMax), SalaryMaxYuan = salaryMax,
        ValidUntil = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(2),
    };

    /// <summary>A job saved by the employer's user and, unless told otherwise, approved (published).</summary>
    public static async Task<Job> JobAsync(this YincaiAppFactory app, Guid employerUserId, JobForm form, bool publish = true)
    {
        var job = (await app.WithServicesAsync(s => s.GetRequiredService<JobPostings>().SaveAsync(employerUserId, null, form, submit: true, Ct))).Value
            ?? throw new InvalidOperationException("Job not saved.");
        if (!publish) return job;
        return await app.WithDbAsync(async db =>
        {
            var tracked = await db.Jobs.SingleAsync(j => j.Id == job.Id, Ct);
            var approved = tracked.Approve(Guid.CreateVersion7(), DateTime.UtcNow);
            if (approved.IsError) throw new InvalidOperationException("Job not approved: " + approved.Error!.Code);
            await db.SaveChangesAsync(Ct);
            return tracked;
        });
    }

    /// <summary>A talent with an education, an intention and skills, who agreed (or not) to share with employers.</summary>
    public static async Task<(TestAccount User, Talent Talent)> FindableTalentAsync(this YincaiAppFactory app, string household = "370202",
        string[]? regions = null, string[]? industries = null, DegreeLevel degree = DegreeLevel.Bachelor, string majorCode = "080902",
        string majorName = "软件工程", string[]? skills = null, int? salaryMin = 9000, bool consent = true, string? nativePlace = null,
        string fullName = "测试人才")
    {
        var (user, talent, _) = await app.CreateTalentAsync(household, fullName);
        await app.MakeFindableAsync(talent.Id, regions, industries, degree, majorCode, majorName, skills, salaryMin, consent, nativePlace);
        return (user, await app.ReloadTalentAsync(talent.Id));
    }

    /// <summary>Gives a talent on file an education, job intentions and (by default) consent to be found by employers.</summary>
    public static async Task MakeFindableAsync(this YincaiAppFactory app, Guid talentId, string[]? regions = null, string[]? industries = null,
        DegreeLevel degree = DegreeLevel.Bachelor, string majorCode = "080902", string majorName = "软件工程", string[]? skills = null,
        int? salaryMin = 9000, bool consent = true, string? nativePlace = null)
    {
        await app.WithDbAsync(async db =>
        {
            var t = await db.Talents.SingleAsync(x => x.Id == talentId, Ct);
            var education = new Education(t.Id, new EducationDetails(null, "山东大学", null, degree, majorCode, majorName, new DateOnly(2024, 6, 30)));
            db.Educations.Add(education);
            t.SummariseEducation([education], DateOnly.FromDateTime(DateTime.UtcNow));
            t.SetIntention(regions ?? ["370200"], industries ?? ["65"], [JobType.FullTime], salaryMin, null, skills ?? ["Java"], DateTime.UtcNow);
            if (nativePlace is not null)
                t.UpdatePersonal(null, nativePlace, null, TalentCategory.None, DateTime.UtcNow);
            t.RecordConsent(ConsentPurpose.ShareWithEmployers, consent);
            await db.SaveChangesAsync(Ct);
        });
    }

    public static async Task SetConsentAsync(this YincaiAppFactory app, Guid talentId, bool granted) =>
        await app.WithDbAsync(async db =>
        {
            (await db.Talents.SingleAsync(t => t.Id == talentId, Ct)).RecordConsent(ConsentPurpose.ShareWithEmployers, granted);
            await db.SaveChangesAsync(Ct);
        });

    /// <summary>Waits (up to <paramref name="seconds"/>) until <paramref name="condition"/> holds; returns whether it did.</summary>
    public static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, double seconds = 2.0)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            if (await condition()) return true;
            if (DateTime.UtcNow > deadline) return false;
            await Task.Delay(100, Ct);
        }
    }

    /// <summary>Approves a submitted posting (job, demand or talent's project) as its officer would.</summary>
    public static Task<Guid> PublishAsync<T>(this YincaiAppFactory app, Func<YincaiDb, IQueryable<T>> set, Guid id) where T : Posting =>
        app.WithDbAsync(async db =>
        {
            var posting = await set(db).SingleAsync(p => p.Id == id, Ct);
            posting.Approve(Guid.CreateVersion7(), DateTime.UtcNow);
            await db.SaveChangesAsync(Ct);
            return id;
        });

    public static MatchIndex Index(this YincaiAppFactory app) => app.Services.GetRequiredService<MatchIndex>();

    public static async Task<T> GetJsonAsync<T>(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, Ct);
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}.");
        return (await response.Content.ReadFromJsonAsync<T>(Json, Ct))!;
    }
}
