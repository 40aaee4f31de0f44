using Yincai.Modules.Complaints;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Notifications.Delivery;
using static Yincai.IntegrationTests.Modules.Complaints.ComplaintTestData;

namespace Yincai.IntegrationTests.Modules.Complaints;

/// <summary>
/// The handling deadline of a complaint in working days on the holiday calendar (GRD-14), and what happens around it at
/// Beijing midnight: the handling officers are reminded once from the reminder day, and the day after the deadline the city
/// is told and may handle it too. One test, because the clock only moves forward.
/// </summary>
public sealed class ComplaintDeadlineTests(ComplaintCalendarAppFactory app) : IClassFixture<ComplaintCalendarAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<(int Reminded, int Escalated)> RoundAsync() =>
        app.WithServicesAsync(s => s.GetRequiredService<ComplaintDeadlineRound>().RunAsync(Ct));

    /// <summary>The UTC instant of <paramref name="hour"/>:<paramref name="minute"/> in Beijing on <paramref name="day"/>.</summary>
    private static DateTime Beijing(DateOnly day, int hour, int minute) => ChinaClock.StartOfDayUtc(day).AddHours(hour).AddMinutes(minute);

    [Fact]
    [Trait("Rule", "GRD-14")]
    public async Task Deadline_FiledBeforeTheHolidays_SkipsThemAndCountsTheWorkedSaturday_RemindsOnceFromTheReminderDay_EscalatesTheDayAfter()
    {
        Assert.Equal(new DateOnly(2026, 9, 21), app.ChinaToday); // Monday, the week before 中秋 and 国庆
        var complaint = await app.FileAnonymouslyAsync(Named("370202", TestData.NewMobile(), occurredOn: new DateOnly(2026, 9, 18)));
        var number = complaint.TrackingNumber;
        var countyId = await app.UserIdAsync(DemoUsers.CountyOfficer);
        var cityId = await app.UserIdAsync(DemoUsers.QingdaoOfficer);
        string dueShown;
        using (var county = await app.ClientAsync(Via.Cookie, DemoUsers.CountyOfficer))
            dueShown = (await GetPageAsync(county, DetailsPath(complaint.Id))).Html;

        // 15 working days from Monday 21 September: 22–24 Sep, 28–30 Sep, 8–10 Oct (Saturday the 10th is worked), 12–16 Oct, 19 Oct.
        Assert.Equal((new DateOnly(2026, 10, 19), new DateOnly(2026, 10, 14)), (complaint.DueOn, complaint.RemindOn));
        Assert.Contains("data-testid=\"complaint-due\">2026年10月19日<", dueShown, StringComparison.Ordinal);

        // The reminder: not at 23:59 the evening before the reminder day, at 00:01 on it, and once.
        app.SetUtc(Beijing(new DateOnly(2026, 10, 13), 23, 59));
        await RoundAsync();
        var remindedTooEarly = await app.InboxRecipientsAsync(NotificationKinds.ComplaintDueSoon, number);
        app.SetUtc(Beijing(new DateOnly(2026, 10, 14), 0, 1));
        await RoundAsync();
        await RoundAsync();
        var reminded = await app.InboxRecipientsAsync(NotificationKinds.ComplaintDueSoon, number);
        var reminderMail = (await app.OutboxAsync(NotificationKinds.ComplaintDueSoon, number)).Where(m => m.Channel == Channel.Email).ToList();

        Assert.Empty(remindedTooEarly);
        Assert.Equal([countyId], reminded);
        Assert.Equal(countyId, Assert.Single(reminderMail).RecipientId);
        Assert.Null((await app.ComplaintAsync(complaint.Id)).EscalatedAtUtc);

        // The deadline day itself, at 23:59: not escalated; the city sees it but does not handle it.
        app.SetUtc(Beijing(new DateOnly(2026, 10, 19), 23, 59));
        await RoundAsync();
        var onDueDay = await app.ComplaintAsync(complaint.Id);
        string cityBefore, cityAcceptBefore;
        using (var city = await app.ClientAsync(Via.Cookie, DemoUsers.QingdaoOfficer))
        {
            cityBefore = (await GetPageAsync(city, DetailsPath(complaint.Id))).Html;
            using var accept = await app.ActAsync(city, complaint.Id, "Accept");
            cityAcceptBefore = await accept.HtmlAsync();
        }

        Assert.Null(onDueDay.EscalatedAtUtc);
        Assert.Equal(ComplaintStatus.Received, onDueDay.Status);
        Assert.Empty(await app.InboxRecipientsAsync(NotificationKinds.ComplaintEscalated, number));
        Assert.DoesNotContain("data-testid=\"complaint-accept\"", cityBefore, StringComparison.Ordinal);
        Assert.DoesNotContain("已超期", cityBefore, StringComparison.Ordinal);
        Assert.Contains("只有承办该投诉的工作人员可以办理。", cityAcceptBefore, StringComparison.Ordinal);

        // 00:01 the next day: overdue, escalated to the city, whose officer is told and now accepts it.
        app.SetUtc(Beijing(new DateOnly(2026, 10, 20), 0, 1));
        await RoundAsync();
        await RoundAsync();
        var escalated = await app.ComplaintAsync(complaint.Id);
        var told = await app.InboxRecipientsAsync(NotificationKinds.ComplaintEscalated, number);
        using var cityAfter = await app.ClientAsync(Via.Cookie, DemoUsers.QingdaoOfficer);
        var (_, cityPage) = await GetPageAsync(cityAfter, DetailsPath(complaint.Id));
        var (_, overdueList) = await GetPageAsync(cityAfter, "/Complaints/Manage?overdue=true");
        using var accepted = await app.ActAsync(cityAfter, complaint.Id, "Accept");
        using var anonymous = app.CreateClient();
        var (_, track) = await GetPageAsync(anonymous, "/Complaints/Track?number=" + number);

        Assert.Equal(Beijing(new DateOnly(2026, 10, 20), 0, 1), escalated.EscalatedAtUtc);
        Assert.Equal(new[] { cityId, countyId }.Order(), told.Order());
        Assert.Contains("市级督办", cityPage, StringComparison.Ordinal);
        Assert.Contains("已超期", cityPage, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"complaint-accept\"", cityPage, StringComparison.Ordinal);
        Assert.Contains(number, overdueList, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var now = await app.ComplaintAsync(complaint.Id);
        Assert.Equal((ComplaintStatus.Accepted, (Guid?)cityId), (now.Status, now.HandledBy));
        Assert.Equal([ComplaintStepKind.Filed, ComplaintStepKind.Reminded, ComplaintStepKind.Escalated, ComplaintStepKind.Accepted],
            await app.StepKindsAsync(complaint.Id));
        Assert.Contains("已超期", track, StringComparison.Ordinal);
        Assert.DoesNotContain("到期提醒", track, StringComparison.Ordinal); // the officers' internal steps
        Assert.DoesNotContain("超期升级至市级督办", track, StringComparison.Ordinal);
    }
}
