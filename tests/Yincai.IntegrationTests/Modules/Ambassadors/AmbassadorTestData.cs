using System.Globalization;
using Yincai.IntegrationTests.Modules.Employers;
using Yincai.IntegrationTests.Modules.Talents;
using Yincai.Modules.Ambassadors;
using Yincai.Modules.Ambassadors.Filing;
using Yincai.Modules.Talents.Contracts;

namespace Yincai.IntegrationTests.Modules.Ambassadors;

/// <summary>Ambassadors a test makes for itself through the module's own services, acting as the system (no scope), or
/// through the officers' pages.</summary>
public static class AmbassadorTestData
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    /// <summary>A candidate native of the city's first district; at Ocean University (in the province) unless told otherwise.</summary>
    public static CandidateInput Candidate(string city, string? name = null, string school = "中国海洋大学", string? country = null, bool phd = false,
        DateOnly? leaving = null, string? idNumber = null) =>
        new(name ?? "测试大使" + Guid.NewGuid().ToString("N")[..4], idNumber ?? TalentTestData.NewIdNumber(city[..4] + "02"), city,
            new AmbassadorApplication(city, school, country, AmbassadorRole.Student, phd ? DegreeLevel.Doctorate : DegreeLevel.Master, phd,
                leaving ?? Today.AddYears(2), true));

    public static Task<Ambassador> AddAsync(this YincaiAppFactory app, CandidateInput input) =>
        app.WithServicesAsync(async s =>
        {
            var added = await s.GetRequiredService<AmbassadorRegistry>().AddAsync(input, Ct);
            if (added.IsError) throw new InvalidOperationException("Ambassador not added: " + added.Error!.Code + " " + added.Error.Message);
            return added.Value!;
        });

    /// <summary>A serving ambassador of a school in the province, started by the city.</summary>
    public static async Task<Ambassador> ActiveAsync(this YincaiAppFactory app, CandidateInput input)
    {
        var ambassador = await app.AddAsync(input);
        var started = await app.WithServicesAsync(s =>
        {
            // As the city's officer, who issues the certificate (AMB-06).
            s.GetRequiredService<CurrentUser>().ActAs(Guid.CreateVersion7(), "officer.test", input.CityCode, [Yincai.Modules.Accounts.Contracts.Roles.Officer]);
            return s.GetRequiredService<AmbassadorRegistry>().ActivateAsync(ambassador.Id, Ct);
        });
        if (started.IsError) throw new InvalidOperationException("Not activated: " + started.Error!.Code);
        return await app.ReloadAsync(ambassador.Id);
    }

    /// <summary>A serving ambassador who has a talent account (inbox, referral visits): registered first, then recruited.</summary>
    public static async Task<(TestAccount User, Ambassador Ambassador)> ActiveWithAccountAsync(this YincaiAppFactory app, string city, bool phd = false)
    {
        var (user, _, idNumber) = await app.CreateTalentAsync(city[..4] + "02", "有账号大使");
        var ambassador = await app.ActiveAsync(Candidate(city, "有账号大使", phd: phd, idNumber: idNumber));
        return (user, ambassador);
    }

    public static Task<Ambassador> ReloadAsync(this YincaiAppFactory app, Guid id) =>
        app.WithDbAsync(db => db.Ambassadors.AsNoTracking().SingleAsync(a => a.Id == id, Ct));

    /// <summary>A fresh officer of the city (their own account, so each test's city is its own) signed in through the form.</summary>
    public static async Task<(TestAccount Account, HttpClient Browser)> OfficerAsync(this YincaiAppFactory app, string regionCode)
    {
        var account = await app.CreateStaffAsync(regionCode, Roles.Officer);
        return (account, await app.ClientAsync(Via.Cookie, account.UserName, account.Password));
    }

    public static async Task<string> GetPageAsync(this HttpClient browser, string path)
    {
        using var response = await browser.GetAsync(path, Ct);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    /// <summary>Posts a handler of a page with the antiforgery token of the page itself.</summary>
    public static Task<HttpResponseMessage> SubmitFormAsync(this HttpClient browser, string path, Dictionary<string, string> fields, string? tokenFrom = null) =>
        YincaiAppFactory.PostFormAsync(browser, path, fields, tokenFrom);

    /// <summary>Builds the city's batch through the page and returns its id.</summary>
    public static async Task<Guid> BuildBatchAsync(HttpClient cityOfficer)
    {
        using var response = await cityOfficer.SubmitFormAsync("/Ambassadors/Batches?handler=Build", new(), "/Ambassadors/Batches");
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException("Batch not built: " + await response.Content.ReadAsStringAsync(Ct));
        return Guid.Parse(response.Headers.Location!.OriginalString.Split("id=")[1]);
    }

    public static async Task SubmitBatchAsync(HttpClient cityOfficer, Guid batchId)
    {
        using var response = await cityOfficer.SubmitFormAsync($"/Ambassadors/Batch?id={batchId}&handler=Submit", new() { ["id"] = batchId.ToString() },
            $"/Ambassadors/Batch?id={batchId}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public static Task<HttpResponseMessage> DecideAsync(HttpClient officer, Guid batchId, Guid lineId, bool accept, string? reason = null) =>
        officer.SubmitFormAsync($"/Ambassadors/Batch?id={batchId}&handler=Decide",
            new() { ["id"] = batchId.ToString(), ["lineId"] = lineId.ToString(), ["accept"] = accept ? "true" : "false", ["reason"] = reason ?? "" },
            $"/Ambassadors/Batch?id={batchId}");

    public static Task<List<FilingLine>> LinesAsync(this YincaiAppFactory app, Guid batchId) =>
        app.WithDbAsync(db => db.FilingLines.AsNoTracking().Where(l => l.BatchId == batchId).ToListAsync(Ct));

    /// <summary>A published job of a verified employer in the region, as in the Jobs tests; <paramref name="adjust"/> changes its form.</summary>
    public static async Task<(TestAccount Employer, Job Job)> PublishedJobAsync(this YincaiAppFactory app, string title, string regionCode,
        Action<JobForm>? adjust = null)
    {
        var (user, employer) = await app.RegisterEmployerAsync(regionCode[..4] + "02");
        var job = await app.WithServicesAsync(async s =>
        {
            var form = new JobForm
            {
                Title = title, Description = "负责客户服务与数据整理，沟通能力强。", RegionCode = regionCode, Headcount = 1,
                SalaryMinYuan = 5000, SalaryMaxYuan = 7000, ValidUntil = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(1),
            };
            adjust?.Invoke(form);
            var saved = await s.GetRequiredService<JobPostings>().SaveAsync(user.Id, null, form, submit: true, Ct);
            return saved.Value!;
        });
        await app.WithDbAsync(async db =>
        {
            (await db.Employers.SingleAsync(e => e.Id == employer.Id, Ct)).Verify(Guid.CreateVersion7(), DateTime.UtcNow);
            (await db.Jobs.SingleAsync(j => j.Id == job.Id, Ct)).Approve(Guid.CreateVersion7(), DateTime.UtcNow);
            await db.SaveChangesAsync(Ct);
        });
        return (user, job);
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
