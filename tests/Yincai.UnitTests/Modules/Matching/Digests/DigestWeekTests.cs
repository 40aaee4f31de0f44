using Yincai.Modules.Events.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Matching.Digests;
using Yincai.Modules.Policies.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.UnitTests.Modules.Matching.Digests;

/// <summary>The talent digest's week (from one Monday 08:00 in Beijing to the next), whom an event is for, and the list a digest holds.</summary>
public sealed class DigestWeekTests
{
    private static DateTime China(int year, int month, int day, int hour, int minute = 0) =>
        ChinaClock.ToUtc(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified));

    [Theory]
    [InlineData(2026, 11, 23, 8, 0, 2026, 11, 23)]   // Monday 08:00: this week's moment
    [InlineData(2026, 11, 23, 7, 59, 2026, 11, 16)]  // a minute before: still last week's
    [InlineData(2026, 11, 29, 23, 59, 2026, 11, 23)] // Sunday night
    [InlineData(2026, 11, 24, 0, 30, 2026, 11, 23)]  // Tuesday 00:30 in Beijing is Monday in UTC: the China date counts
    public void StartUtc_IsTheLatestMondayAtEightInBeijing(int y, int m, int d, int h, int min, int sy, int sm, int sd)
    {
        var start = DigestWeek.StartUtc(China(y, m, d, h, min), DayOfWeek.Monday, 8);

        Assert.Equal(China(sy, sm, sd, 8), start);
        Assert.Equal(DateTimeKind.Utc, start.Kind);
    }

    [Theory]
    [InlineData("370200", "370202", true)]  // the city's event for a person of one of its counties
    [InlineData("370203", "370202", true)]  // another county of the same city
    [InlineData("370000", "370202", true)]  // the province's
    [InlineData("370100", "370202", false)] // another city
    [InlineData("320100", "370202", false)]
    [InlineData("370200", null, false)]
    public void InCity_TheProvinceTheCityAndItsCounties(string eventRegion, string? region, bool expected) =>
        Assert.Equal(expected, DigestWeek.InCity(eventRegion, region));

    [Theory]
    [InlineData(EventAudience.All, TalentCategory.None, DegreeLevel.Bachelor, true)]
    [InlineData(EventAudience.Graduates, TalentCategory.UnemployedGraduate, DegreeLevel.Bachelor, true)]
    [InlineData(EventAudience.Graduates, TalentCategory.Student, DegreeLevel.Bachelor, false)]
    [InlineData(EventAudience.Phds, TalentCategory.None, DegreeLevel.Doctorate, true)]
    [InlineData(EventAudience.Phds, TalentCategory.None, DegreeLevel.Master, false)]
    [InlineData(EventAudience.Returnees, TalentCategory.OverseasReturnee, DegreeLevel.Master, true)]
    [InlineData(EventAudience.Ambassadors, TalentCategory.Student, DegreeLevel.Bachelor, false)]
    [InlineData(EventAudience.PhdAmbassadors, TalentCategory.None, DegreeLevel.Doctorate, false)]
    public void IsFor_EveryoneOrTheirGroup_NeverTheAmbassadorsEvents(EventAudience audience, TalentCategory categories, DegreeLevel degree,
        bool expected) =>
        Assert.Equal(expected, DigestWeek.IsFor(audience, categories, degree));

    [Fact]
    public void Text_OneLineAnItemWithItsPublicAddress_CountsWhatItLists()
    {
        var job = new JobCardForMatch(Guid.CreateVersion7(), "数据分析师", "青岛海纳科技", "370202", JobType.FullTime, 8000, 12000, []);
        var fair = new PublishedEvent(Guid.CreateVersion7(), "青岛专场招聘会", "370200", EventAudience.All, China(2026, 12, 1, 9, 30));
        var policy = new PolicyDocument("qd-2020-stations", "关于开展人才驿站建设的通知", "青岛市人社局", null, new DateOnly(2020, 11, 1), 2020, "370200", null, []);

        var text = DigestWeek.Text([job], [fair], [policy], path => "https://yincai.example" + path);

        Assert.Equal((1, 1, 1), (text.Jobs, text.Events, text.Policies));
        Assert.Equal(
            $"· 数据分析师（青岛海纳科技） https://yincai.example/Jobs/View?id={job.Id}\n"
            + $"· 青岛专场招聘会（2026-12-01 09:30） https://yincai.example/Events/View?id={fair.Id}\n"
            + "· 关于开展人才驿站建设的通知 https://yincai.example/Policies/View?id=qd-2020-stations",
            text.Text);
    }

    [Fact]
    public void Text_LeavesOutWhatWouldNotFit_AndNothingIsEmpty()
    {
        var jobs = Enumerable.Range(0, 40).Select(i => new JobCardForMatch(Guid.CreateVersion7(), new string('岗', 40) + i, "单位", "370202",
            JobType.FullTime, 0, 0, [])).ToList();

        var text = DigestWeek.Text(jobs, [], [], path => path);
        var nothing = DigestWeek.Text([], [], [], path => path);

        Assert.True(text.Text.Length <= DigestWeek.MaxText);
        Assert.InRange(text.Jobs, 1, 39);
        Assert.Equal(text.Jobs, text.Text.Split('\n').Length);
        Assert.True(nothing.IsEmpty);
        Assert.Equal("", nothing.Text);
    }
}
