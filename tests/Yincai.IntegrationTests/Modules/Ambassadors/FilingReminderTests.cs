using Yincai.Modules.Ambassadors;
using Yincai.Modules.Ambassadors.Filing;

namespace Yincai.IntegrationTests.Modules.Ambassadors;

/// <summary>The filing deadline reaches the city's officers a week before (China date), once per deadline.</summary>
public sealed class FilingReminderTests(FakeClockAppFactory app) : IClassFixture<FakeClockAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Rule", "AMB-15")]
    public async Task Reminder_AWeekBeforeTheDeadline_OnceToTheOfficersOfCitiesWithAmbassadors()
    {
        var (officer, _) = await app.OfficerAsync("370700");
        var (elsewhere, _) = await app.OfficerAsync("371700");
        await app.ActiveWithAccountAsync("370700");
        var next = await app.WithServicesAsync(s => s.GetRequiredService<AmbassadorRegistry>().NextDeadlineAsync(Ct));
        var due = next.DueOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var before = -1;
        if (next.DaysLeft > FilingReminders.DaysBefore)
        {
            app.SetUtc(ChinaClock.ToUtc(next.DueOn.AddDays(-FilingReminders.DaysBefore - 1).ToDateTime(new TimeOnly(23, 59))));
            await RoundAsync();
            before = await ToldAsync(officer.Id);
            app.SetUtc(ChinaClock.ToUtc(next.DueOn.AddDays(-FilingReminders.DaysBefore).ToDateTime(new TimeOnly(0, 1))));
        }
        await RoundAsync();
        await RoundAsync();

        Assert.True(before is -1 or 0);
        Assert.Equal(1, await ToldAsync(officer.Id));
        Assert.Equal(0, await ToldAsync(elsewhere.Id));
        var message = await app.WithDbAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.RecipientId == officer.Id && n.TemplateKey == "AmbassadorFilingDue", Ct));
        Assert.Contains(due, message.Values!, StringComparison.Ordinal);
    }

    private Task<int> RoundAsync() => app.WithServicesAsync(s => s.GetRequiredService<FilingReminderRound>().RunAsync(Ct));

    private Task<int> ToldAsync(Guid officerId) =>
        app.WithDbAsync(db => db.Notifications.CountAsync(n => n.RecipientId == officerId && n.TemplateKey == "AmbassadorFilingDue", Ct));
}
