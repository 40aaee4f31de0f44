using System.Globalization;
using Yincai.IntegrationTests.Modules.Ambassadors;
using Yincai.IntegrationTests.Modules.Employers;
using Yincai.Modules.Graduates;
using static Yincai.IntegrationTests.Modules.Graduates.GraduateTestData;

namespace Yincai.IntegrationTests.Modules.Graduates;

/// <summary>GRD-08: internships placed from the graduate's page at a verified host, eligibility on the start date, recorded as a
/// service, ended from the internships page; each host's retention per intake.</summary>
public sealed class InternshipTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static DateOnly Today => ChinaClock.DateOf(DateTime.UtcNow);

    private static async Task<HttpResponseMessage> PlaceAsync(YincaiAppFactory app, HttpClient officer, Guid id, string creditCode, DateOnly start, DateOnly end) =>
        await officer.SubmitFormAsync($"/Graduates/Details?id={id}&handler=Internship", new()
        {
            ["id"] = id.ToString(), ["version"] = (await app.GraduateAsync(id)).Version.ToString(CultureInfo.InvariantCulture),
            ["Internship.HostCreditCode"] = creditCode, ["Internship.StartOn"] = Iso(start), ["Internship.EndOn"] = Iso(end),
        }, $"/Graduates/Details?id={id}");

    [Fact]
    [Trait("Rule", "GRD-08")]
    public async Task Place_LeftSchoolMoreThanThreeYearsBeforeAndOver24_IsRefused_WithinThreeYearsIsPlacedAndCountsAsAService()
    {
        var (_, browser) = await app.OfficerAsync("370702");
        var (_, host) = await app.RegisterVerifiedEmployerAsync("370702", "见习基地甲");
        var recent = await app.RegisterAsync(Person("370702", "近届生", left: Today.AddYears(-3)));
        // Born 1990–1999 (test ID numbers), left four years ago: neither rule holds.
        var old = await app.RegisterAsync(Person("370702", "往届生", left: Today.AddYears(-4)), source: GraduateSource.Officer);

        using var refused = await PlaceAsync(app, browser, old.Id, host.CreditCode, Today, Today.AddMonths(6));
        using var unknownHost = await PlaceAsync(app, browser, recent.Id, "91370000MA3C000000", Today, Today.AddMonths(6));
        using var tooLong = await PlaceAsync(app, browser, recent.Id, host.CreditCode, Today, Today.AddMonths(13));
        using var placed = await PlaceAsync(app, browser, recent.Id, host.CreditCode, Today, Today.AddMonths(6));

        Assert.Contains("不符合见习条件", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("未找到该统一社会信用代码的已认证单位", await unknownHost.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("见习期不超过12个月", await tooLong.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, placed.StatusCode);
        var placement = Assert.Single(await app.WithDbAsync(db => db.Internships.AsNoTracking().Where(p => p.GraduateId == recent.Id).ToListAsync(Ct)));
        Assert.Equal((host.Id, InternshipBasis.LeftSchoolWithin3Years, Today.Year), (placement.HostEmployerId, placement.Basis, placement.IntakeYear));
        Assert.True(await app.WithDbAsync(db => db.GraduateServices.AnyAsync(s => s.GraduateId == recent.Id && s.Kind == ServiceKind.InternshipPlacement, Ct)));
        Assert.False(await app.WithDbAsync(db => db.Internships.AnyAsync(p => p.GraduateId == old.Id, Ct)));
    }

    [Fact]
    [Trait("Rule", "GRD-08")]
    public async Task Retention_PerHostAndIntake_CountsKeptOnAmongThoseWhoCompleted_LeftEarlyApart()
    {
        var (_, browser) = await app.OfficerAsync("370703");
        var (_, host) = await app.RegisterVerifiedEmployerAsync("370703", "见习基地乙");
        var start = Today.AddMonths(-7);
        var outcomes = new[] { InternshipOutcome.Retained, InternshipOutcome.Retained, InternshipOutcome.NotRetained, InternshipOutcome.LeftEarly };
        foreach (var outcome in outcomes)
        {
            var graduate = await app.RegisterAsync(Person("370703", left: start.AddMonths(-2)), registeredAtUtc: ChinaMorning(start.AddMonths(-1)));
            Assert.Equal(HttpStatusCode.Redirect, (await PlaceAsync(app, browser, graduate.Id, host.CreditCode, start, start.AddMonths(6))).StatusCode);
            var placement = await app.WithDbAsync(db => db.Internships.AsNoTracking().SingleAsync(p => p.GraduateId == graduate.Id, Ct));
            using var ended = await browser.SubmitFormAsync("/Graduates/Internships?handler=End", new()
            {
                ["placementId"] = placement.Id.ToString(), ["version"] = placement.Version.ToString(CultureInfo.InvariantCulture),
                ["outcome"] = outcome.ToString(), ["endedOn"] = Iso(outcome == InternshipOutcome.LeftEarly ? start.AddMonths(2) : start.AddMonths(6)),
            }, "/Graduates/Internships");
            Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        }

        var retention = Assert.Single(await app.WithServicesAsync(s =>
        {
            s.GetRequiredService<CurrentUser>().ActAs(Guid.CreateVersion7(), "officer.test", "370703", [Roles.Officer]);
            return s.GetRequiredService<Internships>().RetentionAsync(Ct);
        }));
        var page = await browser.GetPageAsync("/Graduates/Internships");

        Assert.Equal((3, 2, 1, 0), (retention.Completed, retention.Retained, retention.LeftEarly, retention.Ongoing));
        Assert.Equal(200.0 / 3, retention.Rate!.Value, 3);
        Assert.Contains("66.7%", page, StringComparison.Ordinal);
        Assert.Equal(start.Year, retention.IntakeYear);
    }
}
