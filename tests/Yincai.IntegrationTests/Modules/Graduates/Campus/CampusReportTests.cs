using Yincai.Modules.Events.Contracts;
using Yincai.Modules.Graduates;
using Yincai.Modules.Graduates.Campus;
using static Yincai.IntegrationTests.Modules.Graduates.Campus.CampusTestData;

namespace Yincai.IntegrationTests.Modules.Graduates.Campus;

/// <summary>GRD-07 as a university's report shows it: career advisors serving today against 1 per 300 students (rounded up), career
/// classes against 3 from 1 September to the year's end and 3 from 1 January to 30 June, each window cut at midnight in Beijing;
/// and where the cohort's graduates stand. Each test has a campus of its own; classes are in a cohort still to come, so that they
/// can be published.</summary>
public sealed class CampusReportTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Both windows of this cohort lie ahead: classes in them are still to be held.
    private static int Cohort => ChinaClock.DateOf(DateTime.UtcNow).Year + 2;

    private static DateTime Beijing(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);

    [Fact]
    [Trait("Rule", "GRD-07")]
    public async Task Report_ThousandStudents_NeedFourAdvisors_ThreeAreShort_AFourthMeetsIt()
    {
        var (_, office) = await app.ConfirmedCampusAsync("青岛工学院");
        Assert.False((await app.SetStudentsAsync(office, 1000)).IsError);
        var none = await app.ReportAsync(office, Cohort);
        for (var i = 0; i < 3; i++) await app.AddStaffAsync(office, CampusStaffRole.CareerAdvisor);
        await app.AddStaffAsync(office, CampusStaffRole.ServiceSpecialist, "服务专员");

        var three = await app.ReportAsync(office, Cohort);
        await app.AddStaffAsync(office, CampusStaffRole.CareerAdvisor);
        var four = await app.ReportAsync(office, Cohort);

        Assert.Equal((1000, 0, 4, false), (none.StudentCount, none.Advisors, none.AdvisorsNeeded, none.AdvisorsMet));
        Assert.Equal((3, 4, 1, false), (three.Advisors, three.AdvisorsNeeded, three.Specialists, three.AdvisorsMet));
        Assert.Equal((4, 4, true), (four.Advisors, four.AdvisorsNeeded, four.AdvisorsMet));
    }

    [Theory]
    [Trait("Rule", "GRD-07")]
    [InlineData(300, 1)]
    [InlineData(301, 2)]
    [InlineData(900, 3)]
    [InlineData(901, 4)]
    [InlineData(0, 0)]
    public async Task Report_AdvisorsNeeded_AreTheStudentsOver300RoundedUp(int students, int needed)
    {
        var (_, office) = await app.ConfirmedCampusAsync(students switch
        {
            300 => "青岛电影学院", 301 => "康复大学", 900 => "中国石油大学（华东）", 901 => "齐鲁理工学院", _ => "山东政法学院",
        });
        Assert.False((await app.SetStudentsAsync(office, students)).IsError);

        var report = await app.ReportAsync(office, Cohort);

        Assert.Equal(needed, report.AdvisorsNeeded);
    }

    [Fact]
    [Trait("Rule", "GRD-07")]
    public async Task Report_BeforeTheStudentCountIsGiven_TheAdvisorsAreNotMet()
    {
        var (_, office) = await app.ConfirmedCampusAsync("齐鲁师范学院");
        await app.AddStaffAsync(office, CampusStaffRole.CareerAdvisor);

        var report = await app.ReportAsync(office, Cohort);

        Assert.Equal(((int?)null, 1, false), (report.StudentCount, report.Advisors, report.AdvisorsMet));
    }

    [Fact]
    [Trait("Rule", "GRD-07")]
    public async Task Report_AnAdvisorWhoLeft_IsNotCounted()
    {
        var (campus, office) = await app.ConfirmedCampusAsync("山东青年政治学院");
        Assert.False((await app.SetStudentsAsync(office, 600)).IsError);
        await app.AddStaffAsync(office, CampusStaffRole.CareerAdvisor);
        var leaving = await app.AddStaffAsync(office, CampusStaffRole.CareerAdvisor);
        var met = await app.ReportAsync(office, Cohort);

        var left = await app.AsAsync(office, s => s.GetRequiredService<CampusOffice>().StaffLeftAsync(campus, leaving.Id, Ct));
        var after = await app.ReportAsync(office, Cohort);

        Assert.Equal((2, 2, true), (met.Advisors, met.AdvisorsNeeded, met.AdvisorsMet));
        Assert.False(left.IsError);
        Assert.Equal((1, 2, false), (after.Advisors, after.AdvisorsNeeded, after.AdvisorsMet));
    }

    [Fact]
    [Trait("Rule", "GRD-07")]
    public async Task Report_ClassesEitherSideOfMidnightInBeijing_LandInTheRightWindow()
    {
        var (campus, office) = await app.ConfirmedCampusAsync("山东管理学院");
        var (autumn, year) = (Cohort - 1, Cohort);
        await app.PublishClassAsync(office, campus, Beijing(autumn, 8, 31, 23, 30), "暑期最后一课");   // before the first window
        await app.PublishClassAsync(office, campus, Beijing(autumn, 9, 1, 0, 30), "开学第一课");       // by year end
        await app.PublishClassAsync(office, campus, Beijing(autumn, 12, 31, 23, 30), "跨年前一课");   // by year end (15:30 UTC)
        await app.PublishClassAsync(office, campus, Beijing(year, 1, 1, 0, 30), "新年第一课");         // by June (16:30 UTC on 31 December)
        await app.PublishClassAsync(office, campus, Beijing(year, 6, 30, 23, 0), "六月最后一课");      // by June
        await app.PublishClassAsync(office, campus, Beijing(year, 7, 1, 0, 10), "七月第一课");         // after both (16:10 UTC on 30 June)

        var report = await app.ReportAsync(office, Cohort);

        Assert.Equal((2, 2, 3), (report.ClassesByYearEnd, report.ClassesByJune, report.ClassesTarget));
        Assert.Equal((new DateOnly(autumn, 12, 31), new DateOnly(year, 6, 30)), (report.YearEndDeadline, report.JuneDeadline));
    }

    [Fact]
    [Trait("Rule", "GRD-07")]
    public async Task Report_CancelledClassesAndAnotherCampussClasses_AreNotCounted()
    {
        var (campus, office) = await app.ConfirmedCampusAsync("山东农业工程学院");
        var (other, otherOffice) = await app.ConfirmedCampusAsync("山东工程职业技术大学");
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++) ids.Add(await app.PublishClassAsync(office, campus, Beijing(Cohort, 3, 10 + i, 14, 0)));
        await app.PublishClassAsync(otherOffice, other, Beijing(Cohort, 3, 20, 14, 0));
        var three = await app.ReportAsync(office, Cohort);

        var cancelled = await app.AsAsync(office, s => s.GetRequiredService<CareerClasses>().CancelAsync(campus.Id, ids[1], "讲师临时有事", Ct));
        var two = await app.ReportAsync(office, Cohort);

        Assert.Equal(3, three.ClassesByJune);
        Assert.False(cancelled.IsError);
        Assert.Equal(2, two.ClassesByJune);
        Assert.Equal(0, two.ClassesByYearEnd);
        Assert.Equal(EventStatus.Cancelled, await app.WithDbAsync(db => db.Events.Where(e => e.Id == ids[1]).Select(e => e.Status).SingleAsync(Ct)));
    }

    [Fact]
    [Trait("Rule", "GRD-07")]
    public async Task Report_TheCohortsGraduates_InTheDatabaseAndPlaced_OnlyThisUniversitysAndThisCohorts()
    {
        var (_, office) = await app.ConfirmedCampusAsync("山东商业职业技术学院");
        var university = app.UniversityNamed("山东商业职业技术学院");
        var left = new DateOnly(2026, 6, 30);
        var placed = await app.RegisterAsync(GraduateOf(university, "370103", left: left), source: GraduateSource.University);
        await app.RegisterAsync(GraduateOf(university, "370103", left: left), source: GraduateSource.University);
        await app.RegisterAsync(GraduateOf(university, "370103", left: left), source: GraduateSource.University);
        await app.RegisterAsync(GraduateOf(university, "370103", left: new DateOnly(2025, 6, 30)), source: GraduateSource.University);
        await app.RegisterAsync(GraduateOf(app.UniversityNamed("山东电力高等专科学校"), "370103", left: left), source: GraduateSource.University);
        await app.AsOfficerAsync(Guid.CreateVersion7(), "370103", async s =>
        {
            var db = s.GetRequiredService<YincaiDb>();
            var tracked = await db.Graduates.SingleAsync(g => g.Id == placed.Id, Ct);
            Assert.False((await s.GetRequiredService<RealNameDatabase>().SetOutcomeAsync(tracked, GraduateOutcome.Employed,
                ChinaClock.DateOf(DateTime.UtcNow), "劳动合同", "某公司", OutcomeSource.Officer, Ct)).IsError);
            return await db.SaveChangesAsync(Ct);
        });

        var report = await app.ReportAsync(office, 2026);

        Assert.Equal((3, 2, 1), (report.Graduates, report.InDatabase, report.Placed));
        Assert.Equal(100.0 / 3, report.PlacedRate!.Value, 3);
    }
}
