using Yincai.IntegrationTests.Modules.Ambassadors;
using Yincai.Modules.Ambassadors;
using Yincai.Modules.Ambassadors.Filing;
using Yincai.IntegrationTests.Modules.Matching;
using Yincai.Modules.Events;
using Yincai.Modules.Events.Contracts;
using static Yincai.IntegrationTests.Modules.Ambassadors.AmbassadorTestData;

namespace Yincai.IntegrationTests.Platform;

/// <summary>
/// Days, deadlines and expiry by China's date, at the two moments where the UTC date and China's differ: 23:30 UTC
/// (07:30 the next day in Beijing) and 00:30 in Beijing (16:30 UTC the day before), on a fake clock.
/// </summary>
public sealed class ChinaClockTests(FakeClockAppFactory app) : IClassFixture<FakeClockAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpStatusCode> PublicViewAsync(Guid jobId)
    {
        using var anonymous = app.CreateClient();
        using var response = await anonymous.GetAsync($"/Jobs/View?id={jobId}", Ct);
        return response.StatusCode;
    }

    private async Task<Job> JobLastDayAsync(DateOnly lastDay, string title)
    {
        var (employer, _) = await app.VerifiedEmployerAsync();
        var form = MatchingTestData.Job(title);
        form.ValidUntil = lastDay;
        return await app.JobAsync(employer.Id, form);
    }

    [Fact]
    public async Task JobPublic_LastDayEndsInBeijing_HiddenFromMidnightBeijingNotFromMidnightUtc()
    {
        var eveningUtc = app.AdvanceToNextUtc(15, 30); // 23:30 in Beijing, the job's last day
        var lastDay = app.ChinaToday;
        var job = await JobLastDayAsync(lastDay, "末日岗位");
        var atLastEvening = await PublicViewAsync(job.Id);

        app.SetUtc(eveningUtc.AddHours(1)); // 16:30 UTC: 00:30 in Beijing the day after, still the last day in UTC
        var afterMidnightBeijing = await PublicViewAsync(job.Id);
        var closed = await app.WithServicesAsync(s => s.GetRequiredService<JobExpiry>().CloseExpiredAsync(Ct));
        var status = await app.WithDbAsync(db => db.Jobs.Where(j => j.Id == job.Id).Select(j => j.Status).SingleAsync(Ct));

        Assert.Equal(lastDay.AddDays(1), app.ChinaToday);
        Assert.Equal(HttpStatusCode.OK, atLastEvening);
        Assert.Equal(HttpStatusCode.NotFound, afterMidnightBeijing);
        Assert.True(closed >= 1);
        Assert.Equal(JobStatus.Closed, status);
    }

    [Fact]
    public async Task JobPublic_At2330Utc_LastDayWasYesterdayInBeijing_IsNotPublic()
    {
        var early = app.AdvanceToNextUtc(10, 0); // 18:00 in Beijing
        var lastDay = app.ChinaToday;
        var endsToday = await JobLastDayAsync(lastDay, "今日截止岗位");
        var endsTomorrow = await JobLastDayAsync(lastDay.AddDays(1), "明日截止岗位");

        app.SetUtc(early.Date.AddHours(23).AddMinutes(30)); // 07:30 in Beijing the next day; the UTC date is still the last day

        Assert.Equal(HttpStatusCode.NotFound, await PublicViewAsync(endsToday.Id));
        Assert.Equal(HttpStatusCode.OK, await PublicViewAsync(endsTomorrow.Id));
    }

    [Fact]
    [Trait("Rule", "AMB-15")]
    public async Task SubmitBatch_DeadlineDay_OnTimeUntilMidnightBeijing()
    {
        var evening = app.AdvanceToNextUtc(15, 30); // 23:30 in Beijing on the deadline day
        var dueOn = app.ChinaToday;
        var (account, city) = await app.OfficerAsync("370600");
        var onTime = await BatchDueOnAsync(account.Id, dueOn, "准时备案");

        await SubmitBatchAsync(city, onTime);
        app.SetUtc(evening.AddHours(1)); // 00:30 in Beijing the day after; the UTC date is still the deadline day
        using var lateCity = await app.ClientAsync(Via.Cookie, account.UserName, account.Password);
        var late = await BatchDueOnAsync(account.Id, dueOn, "逾期一刻备案");
        await SubmitBatchAsync(lateCity, late);

        var lateness = await app.WithDbAsync(db => db.FilingBatches.AsNoTracking().Where(b => b.Id == onTime || b.Id == late)
            .ToDictionaryAsync(b => b.Id, b => b.IsLate, Ct));
        Assert.False(lateness[onTime]);
        Assert.True(lateness[late]);
    }

    [Fact]
    public async Task CheckIn_EventDayInBeijing_OpensAtMidnightBeijingNotAtMidnightUtc()
    {
        var evening = app.AdvanceToNextUtc(15, 30); // 23:30 in Beijing, the day before the event
        var eventDay = app.ChinaToday.AddDays(1);
        var item = await app.WithDbAsync(async db =>
        {
            var now = app.Time.GetUtcNow().UtcDateTime;
            var starts = ChinaClock.StartOfDayUtc(eventDay) + TimeSpan.FromHours(9);
            var details = new EventDetails(EventKind.SpecialJobFair, "签到日测试招聘会", "测试活动介绍，面向毕业生。", "370200", false, "测试地点", null,
                starts, starts + TimeSpan.FromHours(3), EventAudience.All, 5, 1, now - TimeSpan.FromHours(1), starts,
                CheckInOpensMinutesBefore: 24 * 60); // a window reaching into the day before: the event's days still bound it
            var created = new Event(OrganiserKind.Office, Guid.CreateVersion7(), "测试服务中心", details, Guid.CreateVersion7(), now);
            created.Publish(Guid.CreateVersion7(), now);
            db.Events.Add(created);
            db.EventSeats.Add(new EventSeats(created.Id, 5, 1));
            await db.SaveChangesAsync(Ct);
            return created;
        });
        var registration = (await app.WithServicesAsync(s => s.GetRequiredService<EventRegistrations>()
            .RegisterAsync(item.Id, Guid.CreateVersion7(), "测试人员", Ct))).Value!;
        var code = await app.WithServicesAsync(s => Task.FromResult(s.GetRequiredService<EventRegistrations>().TicketCode(registration)));
        Task<Result<EventRegistration>> CheckInAsync() =>
            app.WithServicesAsync(s => s.GetRequiredService<EventRegistrations>().CheckInAsync(item.Id, Guid.CreateVersion7(), code, Ct));

        var dayBefore = await CheckInAsync();
        app.SetUtc(evening.AddHours(1)); // 00:30 in Beijing on the event's day; the UTC date is still the day before
        var onTheDay = await CheckInAsync();

        Assert.True(dayBefore.IsError);
        Assert.False(onTheDay.IsError);
    }

    private Task<Guid> BatchDueOnAsync(Guid officerId, DateOnly dueOn, string name) => app.WithServicesAsync(async s =>
    {
        var ambassador = (await s.GetRequiredService<AmbassadorRegistry>().AddAsync(Candidate("370600", name, school: "北京大学"), Ct)).Value!;
        var db = s.GetRequiredService<YincaiDb>();
        var batch = new FilingBatch("370600", dueOn, officerId, app.Time.GetUtcNow().UtcDateTime);
        db.FilingBatches.Add(batch);
        db.FilingLines.Add(new FilingLine(batch.Id, await db.Ambassadors.SingleAsync(a => a.Id == ambassador.Id, Ct), FilingLineKind.New));
        await db.SaveChangesAsync(Ct);
        return batch.Id;
    });
}
