using System.Globalization;

namespace Yincai.IntegrationTests.Modules.Events;

/// <summary>The officers' planning page (/Events/Manage) on a clock the test sets, so that its counts of missed months
/// and weeks hold on any day of the year.</summary>
public sealed class EventPlanningTests(FakeClockAppFactory app) : IClassFixture<FakeClockAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Rule", "GRD-04")]
    public async Task ManagePage_MonthsAlreadyMissed_ShowsWhatIsDueNextAndUpcomingEventsFirst_AndThePastInOneLine()
    {
        // Late enough in the year that months and weeks have passed (in early January none have).
        if (app.ChinaToday.Month < 6)
            app.SetUtc(ChinaClock.StartOfDayUtc(new DateOnly(app.ChinaToday.Year, 6, 15)));
        // A county no other test uses: nothing held there this year, one fair past and one to come.
        var officerAccount = await app.CreateStaffAsync("370214", Roles.Officer);
        using var officer = await app.ClientAsync(Via.Cookie, officerAccount.UserName, officerAccount.Password);
        var past = await app.PublishedEventAsync(capacity: 5, region: "370214", title: "城阳区往期招聘会" + Guid.NewGuid().ToString("N")[..4],
            startsIn: TimeSpan.FromDays(-40));
        var coming = await app.PublishedEventAsync(capacity: 5, region: "370214", title: "城阳区下周招聘会" + Guid.NewGuid().ToString("N")[..4],
            startsIn: TimeSpan.FromDays(5));
        var today = app.ChinaToday;
        var missedMonths = today.Month - 1;
        var missedWeeks = Enumerable.Range(1, ISOWeek.GetWeeksInYear(today.Year))
            .Count(w => DateOnly.FromDateTime(ISOWeek.ToDateTime(today.Year, w, DayOfWeek.Sunday)) < today);

        var page = await officer.GetStringAsync("/Events/Manage", Ct);

        var next = page.IndexOf("data-testid=\"schedule-next\"", StringComparison.Ordinal);
        var missed = page.IndexOf("data-testid=\"schedule-missed\"", StringComparison.Ordinal);
        var detailsEnd = page.IndexOf("</details>", missed, StringComparison.Ordinal);
        Assert.True(next > 0 && missed > next, "What is due next comes before the summary of what was missed.");
        Assert.Contains("待安排：", page[next..missed], StringComparison.Ordinal);
        Assert.Contains($"过去 {missedMonths} 个月、{missedWeeks} 周未办综合性/专场招聘会", page[missed..detailsEnd], StringComparison.Ordinal);
        // The long lists sit folded inside the details, not on the page.
        Assert.InRange(page.IndexOf("以下周次没有专场招聘会", StringComparison.Ordinal), missed, detailsEnd);
        Assert.InRange(page.IndexOf(coming.Title, StringComparison.Ordinal), detailsEnd, page.IndexOf(past.Title, StringComparison.Ordinal));
    }
}
