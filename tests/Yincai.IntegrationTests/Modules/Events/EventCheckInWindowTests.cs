using System.Globalization;
using Yincai.Modules.Events;

namespace Yincai.IntegrationTests.Modules.Events;

/// <summary>
/// The door of a fair six days ahead (the 3 December check-in of a 9 December fair): no check-in and no outcome before
/// the day; on the day, not before the window (also not at 00:30 Beijing time, when UTC still says the day before); in the
/// window the ticket is taken; the outcome once the fair has begun; after the last day the door is shut again.
/// </summary>
public sealed class EventCheckInWindowTests(FakeClockAppFactory app) : IClassFixture<FakeClockAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CheckIn_FairSixDaysAhead_OnlyOnItsDayInsideTheWindow_AndTheOutcomeOnlyOnceStarted()
    {
        // A fair at 09:00–12:00 Beijing time six days from now; the door opens at 08:00 (an hour before, the default).
        var day = ChinaClock.DateOf(app.Time.GetUtcNow().UtcDateTime).AddDays(6);
        var starts = ChinaClock.ToUtc(day.ToDateTime(new TimeOnly(9, 0)));
        var item = await app.PublishedEventAsync(capacity: 5, startsIn: starts - app.Time.GetUtcNow().UtcDateTime);
        var registration = (await app.RegisterAsync(item.Id, Guid.CreateVersion7())).Value!;
        var code = await app.WithServicesAsync(s => Task.FromResult(s.GetRequiredService<EventRegistrations>().TicketCode(registration)));

        var sixDaysAhead = await DoorAsync(item.Id, code);
        app.Time.SetUtcNow(ChinaClock.ToUtc(day.ToDateTime(new TimeOnly(0, 30)))); // 16:30 UTC the day before
        var justAfterMidnight = await DoorAsync(item.Id, code);
        app.Time.SetUtcNow(ChinaClock.ToUtc(day.ToDateTime(new TimeOnly(7, 30)))); // 23:30 UTC the day before
        var beforeTheWindow = await DoorAsync(item.Id, code);
        app.Time.SetUtcNow(ChinaClock.ToUtc(day.ToDateTime(new TimeOnly(8, 30))));
        var inTheWindow = await DoorAsync(item.Id, code);
        app.Time.SetUtcNow(ChinaClock.ToUtc(day.ToDateTime(new TimeOnly(9, 30))));
        var started = await DoorAsync(item.Id, code);

        Assert.DoesNotContain("/Events/Manage/CheckIn?id=", sixDaysAhead.Details, StringComparison.Ordinal);
        Assert.Contains("签到尚未开始，将于 " + Zh(starts.AddHours(-1)) + " 开放", sixDaysAhead.Details, StringComparison.Ordinal);
        Assert.DoesNotContain("结束活动并登记成效</button>", sixDaysAhead.Details, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"finish-later\"", sixDaysAhead.Details, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"checkin-closed\"", sixDaysAhead.Door, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"checkin-form\"", sixDaysAhead.Door, StringComparison.Ordinal);
        Assert.Contains("签到尚未开始", sixDaysAhead.Posted, StringComparison.Ordinal);
        Assert.Contains("签到尚未开始", justAfterMidnight.Posted, StringComparison.Ordinal);
        Assert.Contains("签到尚未开始", beforeTheWindow.Posted, StringComparison.Ordinal);
        Assert.DoesNotContain("结束活动并登记成效</button>", beforeTheWindow.Details, StringComparison.Ordinal);
        Assert.Contains("/Events/Manage/CheckIn?id=" + item.Id, inTheWindow.Details, StringComparison.Ordinal);
        Assert.Contains("签到成功", inTheWindow.Posted, StringComparison.Ordinal);
        Assert.DoesNotContain("结束活动并登记成效</button>", inTheWindow.Details, StringComparison.Ordinal);
        Assert.Contains("结束活动并登记成效</button>", started.Details, StringComparison.Ordinal);
        Assert.Contains("已经签到过", started.Posted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckIn_AfterTheLastDay_IsRefusedAndTheButtonIsGone()
    {
        var day = ChinaClock.DateOf(app.Time.GetUtcNow().UtcDateTime).AddDays(2);
        var starts = ChinaClock.ToUtc(day.ToDateTime(new TimeOnly(14, 0)));
        var item = await app.PublishedEventAsync(capacity: 5, startsIn: starts - app.Time.GetUtcNow().UtcDateTime);
        var registration = (await app.RegisterAsync(item.Id, Guid.CreateVersion7())).Value!;
        var code = await app.WithServicesAsync(s => Task.FromResult(s.GetRequiredService<EventRegistrations>().TicketCode(registration)));

        app.Time.SetUtcNow(ChinaClock.ToUtc(day.AddDays(1).ToDateTime(new TimeOnly(0, 30))));
        var nextDay = await DoorAsync(item.Id, code);

        Assert.DoesNotContain("/Events/Manage/CheckIn?id=", nextDay.Details, StringComparison.Ordinal);
        Assert.Contains("本场活动签到已于 " + Zh(ChinaClock.ToUtc(day.AddDays(1).ToDateTime(TimeOnly.MinValue))) + " 结束",
            nextDay.Posted, StringComparison.Ordinal);
        Assert.Null(await app.WithDbAsync(db => db.EventRegistrations.Where(r => r.Id == registration.Id).Select(r => r.CheckedInAtUtc).SingleAsync(Ct)));
    }

    /// <summary>An instant as the Chinese pages write it.</summary>
    private static string Zh(DateTime utc) => ChinaClock.ToChina(utc).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);

    /// <summary>What the Qingdao officer sees now: the event's page, the door page, and the answer to typing the code there.
    /// Signed in afresh at every moment (a session does not outlive a jump of days).</summary>
    private async Task<(string Details, string Door, string Posted)> DoorAsync(Guid eventId, string code)
    {
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");
        var details = await officer.GetStringAsync($"/Events/Manage/Details?id={eventId}", Ct);
        var door = await officer.GetStringAsync($"/Events/Manage/CheckIn?id={eventId}", Ct);
        using var posted = await YincaiAppFactory.PostFormAsync(officer, $"/Events/Manage/CheckIn?id={eventId}",
            new Dictionary<string, string> { ["Code"] = code }, tokenFrom: $"/Events/Manage/Details?id={eventId}");
        return (details, door, await posted.Content.ReadAsStringAsync(Ct));
    }
}
