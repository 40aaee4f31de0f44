using System.Globalization;
using Yincai.IntegrationTests.Modules.Ambassadors;
using Yincai.Modules.Graduates;
using Yincai.Modules.Talents.Contracts;
using static Yincai.IntegrationTests.Modules.Graduates.GraduateTestData;

namespace Yincai.IntegrationTests.Modules.Graduates;

/// <summary>Services (GRD-02) and where graduates went (GRD-15) through the officers' pages: the shortfall list until the third
/// targeted service, outcomes with evidence and the talent record following, a hire on the platform, and the rate at a date.</summary>
public sealed class ServicesAndOutcomesTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static DateOnly Today => ChinaClock.DateOf(DateTime.UtcNow);

    private static async Task<HttpResponseMessage> ServiceAsync(YincaiAppFactory app, HttpClient officer, Guid id, ServiceKind kind, DateOnly? on = null,
        string jobLinks = "")
    {
        var graduate = await app.GraduateAsync(id);
        return await officer.SubmitFormAsync($"/Graduates/Details?id={id}&handler=Service", new()
        {
            ["id"] = id.ToString(), ["version"] = graduate.Version.ToString(CultureInfo.InvariantCulture), ["Service.Kind"] = kind.ToString(),
            ["Service.Channel"] = "Phone", ["Service.OnDate"] = Iso(on ?? Today), ["Service.Outcome"] = "服务" + kind, ["Service.JobLinks"] = jobLinks,
        }, $"/Graduates/Details?id={id}");
    }

    private static async Task<HttpResponseMessage> OutcomeAsync(YincaiAppFactory app, HttpClient officer, Guid id, GraduateOutcome outcome, DateOnly on,
        string evidence)
    {
        var graduate = await app.GraduateAsync(id);
        return await officer.SubmitFormAsync($"/Graduates/Details?id={id}&handler=Outcome", new()
        {
            ["id"] = id.ToString(), ["version"] = graduate.Version.ToString(CultureInfo.InvariantCulture), ["OutcomeForm.Outcome"] = outcome.ToString(),
            ["OutcomeForm.OnDate"] = Iso(on), ["OutcomeForm.Evidence"] = evidence, ["OutcomeForm.EmployerName"] = "测试单位",
        }, $"/Graduates/Details?id={id}");
    }

    [Fact]
    [Trait("Rule", "GRD-02")]
    public async Task ShortOfServices_TwoTargetedAndAContact_StillShort_TheThirdTargetedServiceTakesThemOff()
    {
        var (officer, browser) = await app.OfficerAsync("370404");
        var graduate = await app.RegisterAsync(Person("370404", "差服务"));
        var notWanting = await app.RegisterAsync(Person("370404", "不求职"), intention: GraduateIntention.FurtherStudy);

        foreach (var kind in new[] { ServiceKind.Contact, ServiceKind.CareerGuidance, ServiceKind.PolicyConsultation })
            Assert.Equal(HttpStatusCode.Redirect, (await ServiceAsync(app, browser, graduate.Id, kind)).StatusCode);
        var shortList = await browser.GetPageAsync("/Graduates?view=ShortOfServices");
        var compliance = await browser.GetPageAsync("/Graduates/Compliance");
        Assert.Equal(HttpStatusCode.Redirect, (await ServiceAsync(app, browser, graduate.Id, ServiceKind.TrainingReferral)).StatusCode);
        var after = await browser.GetPageAsync("/Graduates?view=ShortOfServices");
        var details = await browser.GetPageAsync($"/Graduates/Details?id={graduate.Id}");

        Assert.Contains("差*务", shortList, StringComparison.Ordinal);
        Assert.DoesNotContain("不*职", shortList, StringComparison.Ordinal);
        Assert.Contains("测试工作人员</td><td>1</td>", compliance.Replace("\n", "").Replace(" ", ""), StringComparison.Ordinal);
        Assert.DoesNotContain("差*务", after, StringComparison.Ordinal);
        Assert.Contains($"{Today.Year}年 3 次 · 已达标", details, StringComparison.Ordinal);
        Assert.Equal(Today, (await app.GraduateAsync(graduate.Id)).ContactedOn);
        Assert.Equal(officer.Id, (await app.GraduateAsync(notWanting.Id)).OfficerId);
    }

    [Fact]
    [Trait("Rule", "GRD-02")]
    public async Task Standard_TheCitySets1131_ThreeServicesOfOtherKindsAreShort_UntilThreeJobRecommendations()
    {
        var (_, city) = await app.OfficerAsync("370800");
        var (_, county) = await app.OfficerAsync("370811");
        var graduate = await app.RegisterAsync(Person("370811", "按标准"));
        foreach (var kind in new[] { ServiceKind.CareerGuidance, ServiceKind.PolicyConsultation, ServiceKind.TrainingReferral })
            Assert.Equal(HttpStatusCode.Redirect, (await ServiceAsync(app, county, graduate.Id, kind)).StatusCode);
        Assert.Equal(Today.Year, (await app.GraduateAsync(graduate.Id)).StandardMetYear);

        using var set = await city.SubmitFormAsync("/Graduates/Standard", new() { ["preset"] = "1131" });
        var shortAfter = await county.GetPageAsync("/Graduates?view=ShortOfServices");
        var jobs = await app.WithDbAsync(db => db.Jobs.AsNoTracking().OpenOn(Today).OrderBy(j => j.Id).Select(j => j.Id).Take(3).ToListAsync(Ct));
        foreach (var job in jobs)
            Assert.Equal(HttpStatusCode.Redirect, (await ServiceAsync(app, county, graduate.Id, ServiceKind.JobRecommendation, jobLinks: $"/Jobs/View?id={job}")).StatusCode);
        var met = await county.GetPageAsync("/Graduates?view=ShortOfServices");
        var standardPage = await county.GetPageAsync("/Graduates/Standard");

        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Contains("按*准", shortAfter, StringComparison.Ordinal);
        Assert.Equal(3, jobs.Count);
        Assert.DoesNotContain("按*准", met, StringComparison.Ordinal);
        Assert.Equal(Today.Year, (await app.GraduateAsync(graduate.Id)).StandardMetYear);
        Assert.Contains("岗位推荐 3 次", standardPage, StringComparison.Ordinal);
        Assert.Contains("由济宁市设置", standardPage, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "GRD-02")]
    public async Task Service_InTheFutureOrWithAnUnknownJob_IsRefusedNamingTheFieldAndRecordsNothing()
    {
        var (_, browser) = await app.OfficerAsync("370405");
        var graduate = await app.RegisterAsync(Person("370405"));

        using var future = await ServiceAsync(app, browser, graduate.Id, ServiceKind.CareerGuidance, Today.AddDays(1));
        using var unknownJob = await ServiceAsync(app, browser, graduate.Id, ServiceKind.JobRecommendation, jobLinks: $"/Jobs/View?id={Guid.NewGuid()}");
        using var garbage = await ServiceAsync(app, browser, graduate.Id, ServiceKind.JobRecommendation, jobLinks: "不是链接");

        Assert.Contains("服务日期不能晚于今天", await future.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("推荐的岗位不存在或已停止招聘", await unknownJob.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("岗位链接无法识别", await garbage.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.GraduateServices.AnyAsync(s => s.GraduateId == graduate.Id, Ct)));
        Assert.Null((await app.GraduateAsync(graduate.Id)).ContactedOn);
    }

    [Fact]
    [Trait("Rule", "GRD-15")]
    [Trait("Rule", "GRD-01")]
    public async Task Outcome_EmployedWithEvidence_LeavesTheDatabaseAndTheTalentRecordFollows_WithoutEvidenceIsRefused()
    {
        var (_, browser) = await app.OfficerAsync("370406");
        var graduate = await app.RegisterAsync(Person("370406"));

        using var refused = await OutcomeAsync(app, browser, graduate.Id, GraduateOutcome.Employed, Today, "");
        var unchanged = await app.GraduateAsync(graduate.Id);
        using var employed = await OutcomeAsync(app, browser, graduate.Id, GraduateOutcome.Employed, Today.AddDays(-3), "劳动合同");
        var stored = await app.GraduateAsync(graduate.Id);
        var talent = await app.WithDbAsync(db => db.Talents.AsNoTracking().SingleAsync(t => t.Id == graduate.TalentId, Ct));
        var inDatabase = await browser.GetPageAsync("/Graduates");
        var left = await browser.GetPageAsync("/Graduates?view=Left");

        Assert.Contains("请填写证明材料", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(GraduateOutcome.NotYet, unchanged.Outcome);
        Assert.Equal(HttpStatusCode.Redirect, employed.StatusCode);
        Assert.Equal((GraduateOutcome.Employed, Today.AddDays(-3)), (stored.Outcome, stored.OutcomeOn!.Value));
        Assert.Equal((EmploymentStatus.Employed, "测试单位"), (talent.Employment, talent.EmployerName));
        Assert.False(talent.Categories.HasFlag(TalentCategory.UnemployedGraduate));
        Assert.DoesNotContain(graduate.Id.ToString(), inDatabase, StringComparison.Ordinal);
        Assert.Contains(graduate.Id.ToString(), left, StringComparison.Ordinal);
        var step = Assert.Single(await app.WithDbAsync(db => db.GraduateOutcomes.AsNoTracking().Where(o => o.GraduateId == graduate.Id).ToListAsync(Ct)));
        Assert.Equal(("劳动合同", OutcomeSource.Officer), (step.Evidence, step.Source));
    }

    [Fact]
    [Trait("Rule", "GRD-15")]
    public async Task Hire_OnThePlatform_TakesTheGraduateOutOfTheDatabaseAsEmployed()
    {
        var graduate = await app.RegisterAsync(Person("370481"));

        await app.WithServicesAsync(async s =>
        {
            await s.GetRequiredService<TalentDirectory>().RecordHiredAsync(graduate.TalentId, "录用单位", DateTime.UtcNow, Ct);
            await s.GetRequiredService<YincaiDb>().SaveChangesAsync(Ct);
        });

        var stored = await app.GraduateAsync(graduate.Id);
        Assert.Equal(GraduateOutcome.Employed, stored.Outcome);
        var step = Assert.Single(await app.WithDbAsync(db => db.GraduateOutcomes.AsNoTracking().Where(o => o.GraduateId == graduate.Id).ToListAsync(Ct)));
        Assert.Equal((OutcomeSource.Hire, "录用单位"), (step.Source, step.EmployerName));
    }

    [Fact]
    [Trait("Rule", "GRD-15")]
    public async Task Rate_AtADate_CountsTheOutcomeInForceThen_AndTheTotalMatchesTheListOfThosePlaced()
    {
        var (_, city) = await app.OfficerAsync("370500");
        var cohort = Today.Year;
        var registered = ChinaMorning(Today.AddDays(-40));
        var placed = await app.RegisterAsync(Person("370502", left: new DateOnly(cohort, 6, 30)), registeredAtUtc: registered);
        await app.RegisterAsync(Person("370502", left: new DateOnly(cohort, 6, 30)), registeredAtUtc: registered);
        var day = Today.AddDays(-10);
        await app.WithServicesAsync(async s =>
        {
            s.GetRequiredService<CurrentUser>().ActAs(Guid.CreateVersion7(), "officer.test", "370502", [Roles.Officer]);
            var db = s.GetRequiredService<YincaiDb>();
            var graduate = await db.Graduates.SingleAsync(g => g.Id == placed.Id, Ct);
            var set = await s.GetRequiredService<RealNameDatabase>().SetOutcomeAsync(graduate, GraduateOutcome.StartedBusiness, day, "营业执照", null,
                OutcomeSource.Officer, Ct);
            Assert.False(set.IsError);
            await db.SaveChangesAsync(Ct);
        });

        var before = await city.GetPageAsync($"/Graduates/Compliance?cohort={cohort}&at={Iso(day.AddDays(-1))}");
        var on = await city.GetPageAsync($"/Graduates/Compliance?cohort={cohort}&at={Iso(day)}");
        var left = await city.GetPageAsync($"/Graduates?view=Left&cohort={cohort}");

        Assert.Contains("data-testid=\"employment-rate-total\">0.0%", before, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"employment-rate-total\">50.0%", on, StringComparison.Ordinal);
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(left, "data-testid=\"graduate-row\""));
    }
}
