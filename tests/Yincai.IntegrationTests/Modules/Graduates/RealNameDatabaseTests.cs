using System.Globalization;
using Yincai.IntegrationTests.Modules.Ambassadors;
using Yincai.Modules.Graduates;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Talents.Contracts;
using static Yincai.IntegrationTests.Modules.Graduates.GraduateTestData;

namespace Yincai.IntegrationTests.Modules.Graduates;

/// <summary>The real-name database (GRD-01) and its contact deadline (GRD-03): who goes to which county and officer, one record per
/// person, due dates on the holiday calendar, overdue marking and the officers' scope. Each test uses counties of its own.</summary>
public sealed class RealNameDatabaseTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly Today => ChinaClock.DateOf(DateTime.UtcNow);

    private static string Chinese(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    [Fact]
    [Trait("Rule", "GRD-01")]
    [Trait("Rule", "GRD-03")]
    public async Task Register_PhoneFormOfALocalGraduate_GoesToTheHouseholdCountysOfficerWhoIsToldTheDueDate()
    {
        var (officer, _) = await app.OfficerAsync("370303");
        var person = Person("370303");
        using var browser = app.CreateBrowser();

        using var response = await browser.SubmitFormAsync("/Graduates/Register", Form(person, null));
        var html = await response.Content.ReadAsStringAsync(Ct);

        var graduate = await app.WithDbAsync(db => db.Graduates.AsNoTracking()
            .SingleAsync(g => db.Talents.Any(t => t.Id == g.TalentId && t.FullName == person.FullName), Ct));
        var due = await app.WithServicesAsync(s => s.GetRequiredService<WorkingDays>().AddAsync(Today, 5, Ct));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("370303", officer.Id, GraduateSource.Online, due.Value), (graduate.RegionCode, graduate.OfficerId, graduate.Source, graduate.ContactDueOn!.Value));
        Assert.Contains("登记成功", html, StringComparison.Ordinal);
        Assert.Contains(Chinese(due.Value), html, StringComparison.Ordinal);
        var talent = await app.WithDbAsync(db => db.Talents.AsNoTracking().SingleAsync(t => t.Id == graduate.TalentId, Ct));
        Assert.True(talent.Categories.HasFlag(TalentCategory.UnemployedGraduate));
        Assert.Equal(("370303", EmploymentStatus.Seeking, "青岛大学"), (talent.RegionCode, talent.Employment, talent.SchoolName));
        Assert.Contains(await app.ToldAsync(officer.Id, NotificationKinds.GraduateAssignedContactBy),
            values => values.SequenceEqual([person.FullName, MessageValues.Date(due.Value)]));
    }

    [Fact]
    [Trait("Rule", "GRD-01")]
    public async Task Register_ConsentNotTicked_IsRefusedAskingForItAndRecordsNothing()
    {
        var person = Person("370306");
        using var browser = app.CreateBrowser();
        var form = Form(person, null);
        form["Consent"] = "false";

        using var refused = await browser.SubmitFormAsync("/Graduates/Register", form);
        var html = await refused.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("请阅读并同意个人信息的使用说明。", html, StringComparison.Ordinal);
        Assert.DoesNotContain("登记成功", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Talents.CountAsync(t => t.FullName == person.FullName, Ct)));
    }

    [Fact]
    [Trait("Rule", "GRD-01")]
    public async Task Register_FromAnotherProvince_GoesToTheSearchPlace_WithoutOneIsRefusedNamingTheField()
    {
        var person = Person("410102");
        using var browser = app.CreateBrowser();

        using var refused = await browser.SubmitFormAsync("/Graduates/Register", Form(person, null));
        var refusedHtml = await refused.Content.ReadAsStringAsync(Ct);
        var before = await app.WithDbAsync(db => db.Talents.CountAsync(t => t.FullName == person.FullName, Ct));
        var graduate = await app.RegisterAsync(person, "370304");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("请选择在山东的求职地", refusedHtml, StringComparison.Ordinal);
        Assert.Equal(0, before);
        Assert.Equal(("370304", true, "370304"), (graduate.RegionCode, graduate.FromElsewhere, graduate.SearchRegionCode));
    }

    [Fact]
    [Trait("Rule", "GRD-01")]
    public async Task Register_SamePersonFromAUniversityListThenThePhone_IsOneRecordWithTheLatestIntentionAndAContactOwed()
    {
        var person = Person("370305");

        var first = await app.RegisterAsync(person, source: GraduateSource.University, intention: GraduateIntention.NotYet);
        var again = await app.RegisterAsync(person with { FullName = "改了名字" }, intention: GraduateIntention.Job);

        Assert.Equal(first.Id, again.Id);
        Assert.Null(first.ContactDueOn);
        var stored = await app.GraduateAsync(first.Id);
        Assert.Equal((GraduateIntention.Job, GraduateSource.University), (stored.Intention, stored.Source));
        Assert.NotNull(stored.ContactDueOn);
        var index = await app.WithServicesAsync(s => Task.FromResult(s.GetRequiredService<TalentEnrolment>().BlindIndexOf(person.NormalisedIdNumber)));
        Assert.Equal(1, await app.WithDbAsync(db => db.Talents.CountAsync(t => t.IdNumberIndex == index, Ct)));
        Assert.Equal(person.FullName, await app.WithDbAsync(db => db.Talents.Where(t => t.IdNumberIndex == index).Select(t => t.FullName).SingleAsync(Ct)));
    }

    [Fact]
    [Trait("Rule", "GRD-01")]
    public async Task Register_PhoneFormWithSomeoneElsesIdNumberAndAnotherMobile_IsRefusedAndChangesNothing()
    {
        var person = Person("370305");
        var first = await app.RegisterAsync(person, source: GraduateSource.University, intention: GraduateIntention.FurtherStudy);
        using var browser = app.CreateBrowser();

        using var response = await browser.SubmitFormAsync("/Graduates/Register", Form(person with { NormalisedMobile = TestData.NewMobile() }, null));
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Contains("手机号码与登记的不一致", html, StringComparison.Ordinal);
        var stored = await app.GraduateAsync(first.Id);
        Assert.Equal((GraduateIntention.FurtherStudy, (DateOnly?)null), (stored.Intention, stored.ContactDueOn));
    }

    [Theory]
    [Trait("Rule", "GRD-03")]
    [InlineData("2026-09-30", "2026-10-13")] // National Day: 1–7 October off, Saturday 10 October worked
    [InlineData("2026-02-13", "2026-02-27")] // Spring Festival: Saturday 14 February worked, 15–23 off
    [InlineData("2026-12-03", "2026-12-10")]
    public async Task Register_OnlineOnADay_ContactIsDueFiveWorkingDaysLaterOnTheHolidayCalendar(string registered, string due)
    {
        var graduate = await app.RegisterAsync(Person("370306"), registeredAtUtc: ChinaMorning(DateOnly.Parse(registered, CultureInfo.InvariantCulture)));

        Assert.Equal((DateOnly.Parse(due, CultureInfo.InvariantCulture), false), (graduate.ContactDueOn!.Value, graduate.ContactDueEstimated));
    }

    [Fact]
    [Trait("Rule", "GRD-03")]
    public async Task Due_InAYearWhoseHolidaysAreNotLoaded_IsEstimatedAndTheOfficerSeesAWarning()
    {
        var (due, estimated) = await app.WithServicesAsync(s => s.GetRequiredService<RealNameDatabase>().DueAsync(new DateOnly(2031, 9, 30), Ct));
        // A record as such a registration leaves it (the clock cannot register in 2031 here), shown to the county's officer.
        var (_, officer) = await app.OfficerAsync("370321");
        var talent = await app.RegisterAsync(Person("370321"), source: GraduateSource.Officer);
        await app.WithDbAsync(async db =>
        {
            await db.Graduates.Where(g => g.Id == talent.Id).ExecuteUpdateAsync(u => u
                .SetProperty(g => g.ContactDueOn, due).SetProperty(g => g.ContactDueEstimated, true)
                .SetProperty(g => g.RegisteredOn, new DateOnly(2031, 9, 30)), Ct);
        });

        var page = await officer.GetPageAsync($"/Graduates/Details?id={talent.Id}");

        Assert.True(estimated);
        Assert.Equal(new DateOnly(2031, 10, 7), due); // Monday to Friday only: no guess at 2031's National Day
        Assert.Contains("data-testid=\"due-warning\"", page, StringComparison.Ordinal);
        Assert.Contains("2031", page, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "GRD-03")]
    public async Task WorkList_ContactPastItsDueDate_IsMarkedOverdueAndListedFirst_UntilAContactIsRecorded()
    {
        var (_, officer) = await app.OfficerAsync("370322");
        var late = await app.RegisterAsync(Person("370322", "逾期联"), registeredAtUtc: ChinaMorning(Today.AddDays(-14)));
        var fresh = await app.RegisterAsync(Person("370322", "刚登记"));

        var list = await officer.GetPageAsync("/Graduates?view=ContactOverdue");
        var all = await officer.GetPageAsync("/Graduates");
        using var contact = await officer.SubmitFormAsync($"/Graduates/Details?id={late.Id}&handler=Service", new()
        {
            ["id"] = late.Id.ToString(), ["version"] = (await app.GraduateAsync(late.Id)).Version.ToString(CultureInfo.InvariantCulture),
            ["Service.Kind"] = "Contact", ["Service.Channel"] = "Phone", ["Service.OnDate"] = Iso(Today), ["Service.Outcome"] = "电话已联系",
        }, $"/Graduates/Details?id={late.Id}");
        var after = await officer.GetPageAsync("/Graduates?view=ContactOverdue");

        Assert.Contains("逾*联", list, StringComparison.Ordinal);
        Assert.DoesNotContain("刚*记", list, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"overdue\"", list, StringComparison.Ordinal);
        Assert.True(all.IndexOf("逾*联", StringComparison.Ordinal) < all.IndexOf("刚*记", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, contact.StatusCode);
        Assert.DoesNotContain("逾*联", after, StringComparison.Ordinal);
        Assert.Equal(Today, (await app.GraduateAsync(late.Id)).ContactedOn);
        Assert.NotEqual(fresh.Id, late.Id);
    }

    [Fact]
    [Trait("Rule", "GRD-01")]
    public async Task Details_OfficerOfAnotherCity_SeesNothing_AndTheGraduateIsNotOnTheirList()
    {
        var graduate = await app.RegisterAsync(Person("370323", "外市看"));
        var (_, jinan) = await app.OfficerAsync("370100");

        using var details = await jinan.GetAsync($"/Graduates/Details?id={graduate.Id}", Ct);
        var list = await jinan.GetPageAsync("/Graduates?q=外市看");

        Assert.Equal(HttpStatusCode.NotFound, details.StatusCode);
        Assert.DoesNotContain("外*看", list, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "GRD-01")]
    public async Task Reassign_ToTheCitysOfficer_IsAllowedAndTold_ToAnotherCountysOfficerIsRefused()
    {
        var (county, countyBrowser) = await app.OfficerAsync("370402");
        var (city, _) = await app.OfficerAsync("370400");
        var (elsewhere, _) = await app.OfficerAsync("370403");
        var graduate = await app.RegisterAsync(Person("370402", "改派"));
        Assert.Equal(county.Id, graduate.OfficerId);

        using var refused = await countyBrowser.SubmitFormAsync($"/Graduates/Details?id={graduate.Id}&handler=Assign",
            new() { ["id"] = graduate.Id.ToString(), ["version"] = graduate.Version.ToString(CultureInfo.InvariantCulture), ["officerId"] = elsewhere.Id.ToString() },
            $"/Graduates/Details?id={graduate.Id}");
        var refusedHtml = await refused.Content.ReadAsStringAsync(Ct);
        using var moved = await countyBrowser.SubmitFormAsync($"/Graduates/Details?id={graduate.Id}&handler=Assign",
            new() { ["id"] = graduate.Id.ToString(), ["version"] = graduate.Version.ToString(CultureInfo.InvariantCulture), ["officerId"] = city.Id.ToString() },
            $"/Graduates/Details?id={graduate.Id}");

        Assert.Contains("只能指派给负责该县", refusedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(city.Id, (await app.GraduateAsync(graduate.Id)).OfficerId);
        var told = (await app.ToldAsync(city.Id, NotificationKinds.GraduateAssigned)).Concat(await app.ToldAsync(city.Id, NotificationKinds.GraduateAssignedContactBy));
        Assert.Contains(told, values => values[0] == "改派");
    }
}
