using Yincai.IntegrationTests.Modules.Ambassadors;
using Yincai.Modules.Graduates;
using Yincai.Modules.Notifications.Delivery;
using static Yincai.IntegrationTests.Modules.Graduates.GraduateTestData;

namespace Yincai.IntegrationTests.Modules.Graduates;

/// <summary>GRD-03's deadline reaches the officer: on the day the first contact is due (China date), once, with how many wait.</summary>
public sealed class ContactReminderTests(FakeClockAppFactory app) : IClassFixture<FakeClockAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Rule", "GRD-03")]
    public async Task Reminder_OnTheDueDayByChinaDate_OnceToTheAssignedOfficer_NotBefore_NotForTheContacted()
    {
        var (officer, _) = await app.OfficerAsync("370303");
        await SetEmailAsync(officer.Id);
        var first = await app.RegisterAsync(Person("370303"));
        await app.RegisterAsync(Person("370303"));
        var due = first.ContactDueOn!.Value;

        app.SetUtc(ChinaClock.ToUtc(due.AddDays(-1).ToDateTime(new TimeOnly(23, 59))));
        await RoundAsync();
        var beforeCount = await RemindersAsync(officer.Id);
        app.SetUtc(ChinaClock.ToUtc(due.ToDateTime(new TimeOnly(0, 1))));
        await RoundAsync();
        var again = await RoundAsync();

        Assert.Equal(0, beforeCount);
        Assert.Equal(0, again);
        var reminder = Assert.Single(await app.WithDbAsync(db => db.Notifications.AsNoTracking()
            .Where(n => n.RecipientId == officer.Id && n.TemplateKey == "GraduateContactDue").ToListAsync(Ct)));
        Assert.StartsWith("[\"2\",", reminder.Values);
        Assert.Contains(due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), reminder.Values, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.Outbox.CountAsync(m => m.RecipientId == officer.Id && m.TemplateKey == "GraduateContactDue"
            && m.Channel == Channel.Email, Ct)));
    }

    private Task<int> RoundAsync() => app.WithServicesAsync(s => s.GetRequiredService<ContactReminderRound>().RunAsync(Ct));

    private Task<int> RemindersAsync(Guid officerId) =>
        app.WithDbAsync(db => db.Notifications.CountAsync(n => n.RecipientId == officerId && n.TemplateKey == "GraduateContactDue", Ct));

    private Task SetEmailAsync(Guid userId) => app.WithDbAsync(async db =>
    {
        var preference = new Yincai.Modules.Notifications.NotificationPreference(userId, DateTime.UtcNow);
        preference.Change(true, true, "officer." + Guid.NewGuid().ToString("N")[..8] + "@mail.yincai.example", null, null, "zh-CN", true, DateTime.UtcNow);
        db.NotificationPreferences.Add(preference);
        await db.SaveChangesAsync(Ct);
    });
}
