using Yincai.Modules.Events;
using Yincai.Modules.Notifications.Delivery;

namespace Yincai.IntegrationTests.Modules.Events;

/// <summary>The talent who holds a seat is reminded once on the day before the event, by China date: the inbox at once,
/// the SMS after the reader's quiet hours; a cancelled registration is not.</summary>
public sealed class EventReminderTests(FakeClockAppFactory app) : IClassFixture<FakeClockAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reminder_OnTheDayBeforeByChinaDate_OnceForEachSeat_SmsAfterQuietHours()
    {
        // A fair at 09:00 Beijing in three days.
        var day = app.ChinaToday.AddDays(3);
        var starts = ChinaClock.ToUtc(day.ToDateTime(new TimeOnly(9, 0)));
        var title = "提醒测试招聘会 " + Guid.NewGuid().ToString("N")[..6];
        var item = await app.PublishedEventAsync(capacity: 5, title: title, startsIn: starts - app.Time.GetUtcNow().UtcDateTime);
        var talent = await app.RegisterAsync(AccountKind.Talent);
        var cancelled = await app.RegisterAsync(AccountKind.Talent);
        Assert.False((await app.RegisterAsync(item.Id, talent.Id)).IsError);
        Assert.False((await app.RegisterAsync(item.Id, cancelled.Id)).IsError);
        Assert.False((await app.WithServicesAsync(s => s.GetRequiredService<EventRegistrations>().CancelAsync(item.Id, cancelled.Id, Ct))).IsError);

        // 23:59 Beijing two days before: not yet. 00:01 the day before: once, however many rounds.
        app.SetUtc(ChinaClock.ToUtc(day.AddDays(-2).ToDateTime(new TimeOnly(23, 59))));
        var early = await RoundAsync();
        var dayBefore = ChinaClock.ToUtc(day.AddDays(-1).ToDateTime(new TimeOnly(0, 1)));
        app.SetUtc(dayBefore);
        var due = await RoundAsync();
        var again = await RoundAsync();

        Assert.Equal((0, 0), (early, again));
        Assert.True(due >= 1);
        var inbox = await app.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.TemplateKey == "EventTomorrow" && n.Values!.Contains(title))
            .ToListAsync(Ct));
        Assert.Equal(talent.Id, Assert.Single(inbox).RecipientId);
        var sms = await app.WithDbAsync(db => db.Outbox.AsNoTracking().Where(m => m.TemplateKey == "EventTomorrow" && m.Values.Contains(title)).ToListAsync(Ct));
        var held = Assert.Single(sms);
        Assert.Equal((Channel.Sms, talent.Id), (held.Channel, held.RecipientId!.Value));
        // 00:01 is inside the default quiet hours (22:00–08:00): the SMS waits until 08:00 Beijing.
        Assert.Equal(ChinaClock.ToUtc(day.AddDays(-1).ToDateTime(new TimeOnly(8, 0))), held.NotBeforeUtc);
    }

    private Task<int> RoundAsync() => app.WithServicesAsync(s => s.GetRequiredService<EventReminderRound>().RunAsync(Ct));
}
