using Yincai.IntegrationTests.Modules.Matching;
using Yincai.Modules.Jobs.Interviews;

namespace Yincai.IntegrationTests.Modules.Jobs;

/// <summary>The day before an interview, by China date and from 08:00, the talent is reminded once; a declined one is not.</summary>
public sealed class InterviewReminderTests(FakeClockAppFactory app) : IClassFixture<FakeClockAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Interview> InvitedAsync(DateOnly day)
    {
        var (employerUser, _) = await app.VerifiedEmployerAsync();
        var job = await app.JobAsync(employerUser.Id, MatchingTestData.Job("提醒测试岗" + Guid.NewGuid().ToString("N")[..6]));
        var (talentUser, _) = await app.FindableTalentAsync();
        var application = (await app.WithServicesAsync(s => s.GetRequiredService<JobApplications>().ApplyAsync(talentUser.Id, job.Id, null, null, Ct))).Value!;
        var form = new InterviewForm
        {
            StartsAt = day.ToDateTime(new TimeOnly(9, 30)), Minutes = 60, Place = "青岛市市南区", ContactName = "王经理", ContactPhone = "13800000000",
        };
        return (await app.WithServicesAsync(s => s.GetRequiredService<InterviewInvitations>().InviteAsync(employerUser.Id, application.Id, form, Ct))).Value!;
    }

    private Task<int> RoundAsync() => app.WithServicesAsync(s => s.GetRequiredService<InterviewReminderRound>().RunAsync(Ct));

    private Task<int> RemindersAsync(Guid userId) =>
        app.WithDbAsync(db => db.Notifications.CountAsync(n => n.RecipientId == userId && n.TemplateKey == "InterviewTomorrow", Ct));

    [Fact]
    public async Task Reminder_TheDayBeforeFromEight_OnceOnly_NotForADeclinedInvitation()
    {
        var day = app.ChinaToday.AddDays(3);
        var kept = await InvitedAsync(day);
        var declined = await InvitedAsync(day);
        await app.WithServicesAsync(s => s.GetRequiredService<InterviewInvitations>().AnswerAsync(declined.TalentUserId, declined.Id,
            InterviewStatus.Declined, null, Ct));

        app.SetUtc(ChinaClock.ToUtc(day.AddDays(-1).ToDateTime(new TimeOnly(7, 50))));
        var early = await RoundAsync();
        app.SetUtc(ChinaClock.ToUtc(day.AddDays(-1).ToDateTime(new TimeOnly(8, 0))));
        await RoundAsync();
        var again = await RoundAsync();

        Assert.Equal(0, early);
        Assert.Equal(0, again);
        Assert.Equal(1, await RemindersAsync(kept.TalentUserId));
        Assert.Equal(0, await RemindersAsync(declined.TalentUserId));
        var reminder = await app.WithDbAsync(db => db.Notifications.AsNoTracking()
            .SingleAsync(n => n.RecipientId == kept.TalentUserId && n.TemplateKey == "InterviewTomorrow", Ct));
        Assert.Contains(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + " 09:30", reminder.Values, StringComparison.Ordinal);
    }
}
