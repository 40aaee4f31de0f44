using Yincai.IntegrationTests.Modules.Employers;
using Yincai.Modules.Benefits;
using Yincai.Modules.Benefits.Claims;
using Yincai.Modules.Benefits.Finding;
using Yincai.Modules.Notifications;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Notifications.Delivery;
using static Yincai.IntegrationTests.Modules.Benefits.BenefitsTestData;

namespace Yincai.IntegrationTests.Modules.Benefits;

/// <summary>GRD-11: an employer paid the first half of the start-up subsidy is told, seven days (by China date) before the rest can be
/// claimed at twelve months of operation, which day that is: every member of the employer, once, in the inbox and by SMS after their
/// quiet hours, also when two copies of the app run the round at once. Nobody is told of a benefit paid at once.</summary>
public sealed class InstalmentReminderTests(FakeClockAppFactory app) : IClassFixture<FakeClockAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateTime ChinaMidnight(DateOnly day) => ChinaClock.StartOfDayUtc(day);

    [Fact]
    [Trait("Rule", "GRD-11")]
    public async Task Reminder_SevenDaysBeforeTheRestIsClaimable_ByChinaDate_OnceToEveryMember_SmsAfterQuietHours()
    {
        app.AdvanceToNextUtc(2, 0);
        var name = "青岛创业补贴（提醒）" + Guid.NewGuid().ToString("N")[..4];
        var (benefit, _) = await app.DefineAsync("370200", name, BenefitClaimant.Employer, BenefitFrequency.Once, BenefitInstalments.HalfAtSixMonths,
            app.ChinaToday.AddDays(-1), [new("在青岛注册经营", "In(EmployerRegion, \"3702\")", "营业执照")], "10000", fund: "startup-one-time-subsidy");
        var (user, employer) = await app.RegisterVerifiedEmployerAsync("370202", "分期提醒有限公司");
        var colleague = await app.RegisterAsync(AccountKind.Employer);
        await app.WithDbAsync(async db =>
        {
            db.EmployerMembers.Add(new EmployerMember(employer.Id, colleague.Id, DateTime.UtcNow));
            await db.SaveChangesAsync(Ct);
        });
        var registered = ChinaClock.DateOf(employer.RegisteredAtUtc);
        app.SetUtc(ChinaNoon(registered.AddMonths(6)));
        var firstHalf = await app.ApplyAsync(user, benefit.Id);
        Assert.False(firstHalf.IsError, firstHalf.Error?.Message);
        Assert.False((await app.ApproveAsync("370200", firstHalf.Value!.Id)).IsError);
        var due = registered.AddMonths(12);
        var days = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<BenefitsOptions>>().Value
            .InstalmentReminderDays;

        // 23:59 in Beijing the day before the reminder's first day: not yet. 00:01 on it: once, however many rounds and days follow.
        app.SetUtc(ChinaMidnight(due.AddDays(-days)).AddMinutes(-1));
        var early = await RoundAsync(benefit.Id);
        app.SetUtc(ChinaMidnight(due.AddDays(-days)).AddMinutes(1));
        // Two copies of the app run their rounds at the same instant.
        await Task.WhenAll(RoundAsync(benefit.Id), RoundAsync(benefit.Id));
        var first = (await RemindersAsync(benefit.Id)).Count;
        var again = await RoundAsync(benefit.Id);
        app.SetUtc(ChinaNoon(due.AddDays(-1)));
        var dayBefore = await RoundAsync(benefit.Id);

        Assert.Equal(7, days);
        Assert.Equal((0, 2, 2, 2), (early, first, again, dayBefore));
        var told = await RemindersAsync(benefit.Id);
        Assert.Equal(new[] { user.Id, colleague.Id }.Order(), told.Select(n => n.RecipientId).Order());
        Assert.All(told, n => Assert.Equal(new[] { name, Iso(due), "7" }, MessageTemplates.Values(n.Values!)));
        Assert.All(told, n => Assert.Equal($"/Benefits/Claim?benefit={benefit.Id}", n.Link));
        var sms = await app.WithDbAsync(db => db.Outbox.AsNoTracking()
            .Where(m => m.TemplateKey == NotificationKinds.BenefitInstalmentDue.Key && m.RecipientId == user.Id && m.Channel == Channel.Sms).ToListAsync(Ct));
        // 00:01 is inside the default quiet hours (22:00–08:00): the SMS waits until 08:00 Beijing.
        Assert.Equal(ChinaClock.ToUtc(due.AddDays(-days).ToDateTime(new TimeOnly(8, 0))), Assert.Single(sms).NotBeforeUtc);
        var rendered = app.Services.GetRequiredService<MessageTemplates>()
            .Render(NotificationKinds.BenefitInstalmentDue.Key, told[0].Values!, MessageTemplates.Chinese);
        Assert.Contains(Iso(due), rendered.Body, StringComparison.Ordinal);
        Assert.Contains(name, rendered.Title, StringComparison.Ordinal);

        // On the day the rest is claimed as the reminder says.
        app.SetUtc(ChinaMidnight(due).AddHours(2));
        var rest = await app.ApplyAsync(user, benefit.Id);
        Assert.False(rest.IsError, rest.Error?.Message);
        Assert.Equal(ClaimPart.SecondHalf, rest.Value!.Part);
    }

    [Fact]
    [Trait("Rule", "GRD-11")]
    public async Task Reminder_NoneForABenefitPaidAtOnce_NorForAFirstHalfStillUnderReview()
    {
        app.AdvanceToNextUtc(2, 0);
        var (atOnce, _) = await app.DefineAsync("370200", "青岛一次性补贴" + Guid.NewGuid().ToString("N")[..4], BenefitClaimant.Employer,
            BenefitFrequency.Once, BenefitInstalments.None, app.ChinaToday.AddDays(-1), [new("在青岛注册经营", "In(EmployerRegion, \"3702\")", "营业执照")],
            "3000", fund: "startup-one-time-subsidy");
        var (halves, _) = await app.DefineAsync("370200", "青岛分期补贴" + Guid.NewGuid().ToString("N")[..4], BenefitClaimant.Employer,
            BenefitFrequency.Once, BenefitInstalments.HalfAtSixMonths, app.ChinaToday.AddDays(-1),
            [new("在青岛注册经营", "In(EmployerRegion, \"3702\")", "营业执照")], "10000", fund: "startup-one-time-subsidy");
        var (paid, paidEmployer) = await app.RegisterVerifiedEmployerAsync("370202", "一次拨付有限公司");
        var (waiting, _) = await app.RegisterVerifiedEmployerAsync("370202", "待审分期有限公司");
        var registered = ChinaClock.DateOf(paidEmployer.RegisteredAtUtc);
        app.SetUtc(ChinaNoon(registered.AddMonths(6)));
        var whole = await app.ApplyAsync(paid, atOnce.Id);
        Assert.False(whole.IsError, whole.Error?.Message);
        Assert.False((await app.ApproveAsync("370200", whole.Value!.Id)).IsError);
        Assert.False((await app.ApplyAsync(waiting, halves.Id)).IsError);

        foreach (var day in Enumerable.Range(0, 9).Select(d => registered.AddMonths(12).AddDays(d - 8)))
        {
            app.SetUtc(ChinaNoon(day));
            await RoundAsync(atOnce.Id);
        }

        Assert.Empty(await RemindersAsync(atOnce.Id));
        Assert.Empty(await RemindersAsync(halves.Id));
    }

    /// <summary>Runs a round; returns how many reminders of <paramref name="benefitId"/> there are then (a round may tell other tests'
    /// employers of this app too).</summary>
    private async Task<int> RoundAsync(Guid benefitId)
    {
        await app.WithServicesAsync(s => s.GetRequiredService<InstalmentReminderRound>().RunAsync(Ct));
        return (await RemindersAsync(benefitId)).Count;
    }

    private Task<List<Notification>> RemindersAsync(Guid benefitId) =>
        app.WithDbAsync(db => db.Notifications.AsNoTracking()
            .Where(n => n.TemplateKey == NotificationKinds.BenefitInstalmentDue.Key && n.Link == $"/Benefits/Claim?benefit={benefitId}").ToListAsync(Ct));
}
