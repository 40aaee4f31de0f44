using System.Net.Http.Headers;
using Yincai.Modules.Events;
using Yincai.Modules.Notifications.Contracts;

namespace Yincai.IntegrationTests.Modules.Events;

/// <summary>Seats under load, the waiting list, and tickets at the door, on whichever database the run uses.</summary>
public sealed class EventRegistrationTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Started ten minutes ago: the door is open.</summary>
    private static readonly TimeSpan UnderWay = TimeSpan.FromMinutes(-10);

    [Fact]
    public async Task Register_1000AtOnceFor100Seats_GivesExactly100SeatsAndAnOrderedWaitingList()
    {
        var item = await app.PublishedEventAsync(capacity: 100);
        var talents = Enumerable.Range(0, 1000).Select(_ => Guid.CreateVersion7()).ToList();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var tasks = talents.Select(userId => Task.Run(async () =>
        {
            await start.Task; // all released at once, without blocking pool threads
            return await app.RegisterAsync(item.Id, userId);
        }, Ct)).ToList();
        start.SetResult();
        var results = await Task.WhenAll(tasks);

        var rows = await app.WithDbAsync(db => db.EventRegistrations.AsNoTracking().Where(r => r.EventId == item.Id).OrderBy(r => r.Number).ToListAsync(Ct));
        var seats = await app.WithDbAsync(db => db.EventSeats.AsNoTracking().SingleAsync(s => s.EventId == item.Id, Ct));
        Assert.All(results, r => Assert.False(r.IsError, r.Error?.Code));
        Assert.Equal(1000, rows.Count);
        Assert.Equal(100, rows.Count(r => r.Status == RegistrationStatus.Registered));
        Assert.Equal(900, rows.Count(r => r.Status == RegistrationStatus.Waitlisted));
        Assert.Equal(Enumerable.Range(1, 1000), rows.Select(r => r.Number));
        // In order: every seat was handed out before the first place on the waiting list.
        Assert.All(rows.Take(100), r => Assert.Equal(RegistrationStatus.Registered, r.Status));
        Assert.Equal(100, seats.Taken);
        Assert.Equal(talents.Order(), rows.Select(r => r.UserId).Order());
    }

    /// <summary>Issue 16: an audited write no longer waits on every other one (there was one advisory lock for all of them);
    /// what a registration locks is its own event's seat row. One for event A held open — its seat taken, the registration and
    /// its audit row saved, not committed — leaves one for event B free to commit at once, while another for A waits for it.</summary>
    [Fact]
    public async Task Register_WhileAnotherEventsRegistrationIsUncommitted_CommitsAtOnce_WhileTheSameEventsWaits()
    {
        Assert.SkipWhen(app.Provider == DatabaseProvider.Sqlite, "PostgreSQL only: SQLite has one writer");
        var held = await app.PublishedEventAsync(capacity: 10);
        var other = await app.PublishedEventAsync(capacity: 10);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<YincaiDb>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(Ct);
        var (number, seated) = await SeatLock.TakeSeatAsync(db, held.Id, Ct);
        var first = new EventRegistration(held.Id, Guid.CreateVersion7(), "测*", number, seated, now);
        db.EventRegistrations.Add(first);
        await db.SaveChangesAsync(Ct);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(EventRegistration) && a.EntityId == first.Id.ToString(), Ct));

        var elsewhere = await app.RegisterAsync(other.Id, Guid.CreateVersion7()).WaitAsync(TimeSpan.FromSeconds(10), Ct);
        var same = app.RegisterAsync(held.Id, Guid.CreateVersion7());
        await Task.Delay(TimeSpan.FromMilliseconds(500), Ct);
        var waited = !same.IsCompleted;
        await transaction.CommitAsync(Ct);
        var after = await same.WaitAsync(TimeSpan.FromSeconds(10), Ct);

        Assert.False(elsewhere.IsError, elsewhere.Error?.Code);
        Assert.True(waited, "a second registration for the same event went past the first's uncommitted seat");
        Assert.False(after.IsError, after.Error?.Code);
        Assert.Equal(2, after.Value!.Number);
        Assert.Equal(2, await app.WithDbAsync(db => db.EventSeats.Where(s => s.EventId == held.Id).Select(s => s.Taken).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Register_SameTalentTwiceAtOnce_KeepsOneRegistration()
    {
        var item = await app.PublishedEventAsync(capacity: 10);
        var userId = Guid.CreateVersion7();

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => app.RegisterAsync(item.Id, userId), Ct)));

        Assert.Single(results, r => !r.IsError);
        Assert.All(results.Where(r => r.IsError), r => Assert.Equal("events.already_registered", r.Error!.Code));
        Assert.Equal(1, await app.WithDbAsync(db => db.EventSeats.Where(s => s.EventId == item.Id).Select(s => s.Taken).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Cancel_SeatHolder_PromotesTheFirstOnTheWaitingListAndTellsThemInTheInbox()
    {
        var item = await app.PublishedEventAsync(capacity: 2);
        var users = Enumerable.Range(0, 4).Select(_ => Guid.CreateVersion7()).ToList();
        foreach (var u in users) await app.RegisterAsync(item.Id, u);

        var result = await app.WithServicesAsync(s => s.GetRequiredService<EventRegistrations>().CancelAsync(item.Id, users[0], Ct));

        var rows = await app.WithDbAsync(db => db.EventRegistrations.AsNoTracking().Where(r => r.EventId == item.Id).ToDictionaryAsync(r => r.UserId, Ct));
        Assert.False(result.IsError);
        Assert.Equal(RegistrationStatus.Cancelled, rows[users[0]].Status);
        Assert.Equal(RegistrationStatus.Registered, rows[users[2]].Status);
        Assert.Equal(RegistrationStatus.Waitlisted, rows[users[3]].Status);
        Assert.Equal(2, await app.WithDbAsync(db => db.EventSeats.Where(s => s.EventId == item.Id).Select(s => s.Taken).SingleAsync(Ct)));
        Assert.Equal([item.Title], Assert.Single(await app.ToldAsync(users[2], NotificationKinds.EventSeatConfirmed)));
        Assert.Empty(await app.WithDbAsync(db => db.Notifications.Where(n => n.RecipientId == users[3]).ToListAsync(Ct)));
    }

    [Fact]
    public async Task CheckIn_TicketCode_IsAcceptedOnceOnlyAndOnlyAtItsOwnEvent()
    {
        var item = await app.PublishedEventAsync(capacity: 5, startsIn: UnderWay);
        var other = await app.PublishedEventAsync(capacity: 5, title: "另一场招聘会" + Guid.NewGuid().ToString("N")[..4], startsIn: UnderWay);
        var userId = Guid.CreateVersion7();
        await app.RegisterAsync(other.Id, Guid.CreateVersion7()); // number 1 exists at the other event too
        var registration = (await app.RegisterAsync(item.Id, userId)).Value!;
        var (code, qr) = await app.WithServicesAsync(s =>
        {
            var r = s.GetRequiredService<EventRegistrations>();
            return Task.FromResult((r.TicketCode(registration), r.QrPayload(registration)));
        });
        Task<Result<EventRegistration>> CheckIn(Guid eventId, string input) =>
            app.WithServicesAsync(s => s.GetRequiredService<EventRegistrations>().CheckInAsync(eventId, Guid.CreateVersion7(), input, Ct));

        var typedAtOther = await CheckIn(other.Id, code);
        var scannedAtOther = await CheckIn(other.Id, qr);
        var forged = await CheckIn(item.Id, code[..^1] + (code[^1] == 'A' ? 'B' : 'A'));
        var first = await CheckIn(item.Id, code.ToLowerInvariant());
        var again = await CheckIn(item.Id, qr);

        Assert.Equal("events.ticket_invalid", typedAtOther.Error?.Code);
        Assert.Equal("events.ticket_other_event", scannedAtOther.Error?.Code);
        Assert.Contains(item.Title, scannedAtOther.Error!.Message, StringComparison.Ordinal);
        Assert.Equal("events.ticket_invalid", forged.Error?.Code);
        Assert.False(first.IsError);
        Assert.Equal("events.ticket_used", again.Error?.Code);
        Assert.NotNull(await app.WithDbAsync(db => db.EventRegistrations.Where(r => r.Id == registration.Id).Select(r => r.CheckedInAtUtc).SingleAsync(Ct)));
    }

    [Fact]
    public async Task CheckIn_SameTicketAtTwoDoorsAtOnce_IsAcceptedOnce()
    {
        var item = await app.PublishedEventAsync(capacity: 5, startsIn: UnderWay);
        var registration = (await app.RegisterAsync(item.Id, Guid.CreateVersion7())).Value!;
        var code = await app.WithServicesAsync(s => Task.FromResult(s.GetRequiredService<EventRegistrations>().TicketCode(registration)));

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() =>
            app.WithServicesAsync(s => s.GetRequiredService<EventRegistrations>().CheckInAsync(item.Id, Guid.CreateVersion7(), code, Ct)), Ct)));

        Assert.Single(results, r => !r.IsError);
        Assert.All(results.Where(r => r.IsError), r => Assert.Equal("events.ticket_used", r.Error!.Code));
    }

    [Fact]
    public async Task CheckInPage_OfficerTypesTheCode_CountsItAsAttended()
    {
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");
        var item = await app.PublishedEventAsync(capacity: 5, startsIn: UnderWay);
        var registration = (await app.RegisterAsync(item.Id, Guid.CreateVersion7())).Value!;
        var code = await app.WithServicesAsync(s => Task.FromResult(s.GetRequiredService<EventRegistrations>().TicketCode(registration)));

        using var response = await YincaiAppFactory.PostFormAsync(officer, $"/Events/Manage/CheckIn?id={item.Id}", new Dictionary<string, string> { ["Code"] = code });
        var page = await officer.GetStringAsync($"/Events/Manage/Details?id={item.Id}", Ct);

        Assert.Contains("签到成功", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Matches("data-testid=\"count-attended\">1<", page);
    }

    [Fact]
    public async Task Api_TalentRegistersTwice_GetsCreatedThenConflict()
    {
        var item = await app.PublishedEventAsync(capacity: 5);
        var talent = await app.RegisterAsync(AccountKind.Talent);
        using var client = await app.CreateApiClientAsync(talent.UserName, talent.Password);

        using var first = await client.PostAsync($"/api/v1/events/{item.Id}/registrations", null, Ct);
        using var second = await client.PostAsync($"/api/v1/events/{item.Id}/registrations", null, Ct);
        using var anonymous = app.CreateClient();
        using var refused = await anonymous.PostAsync($"/api/v1/events/{item.Id}/registrations", null, Ct);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task OpenMine_TalentWithTwoRegistrations_ListsBothNewestEventFirst()
    {
        var talent = await app.RegisterAsync(AccountKind.Talent);
        var earlier = await app.PublishedEventAsync(capacity: 10, title: "较早的活动 " + Guid.NewGuid().ToString("N")[..6]);
        var later = await app.PublishedEventAsync(capacity: 10, title: "较晚的活动 " + Guid.NewGuid().ToString("N")[..6]);
        await app.RegisterAsync(earlier.Id, talent.Id);
        await app.RegisterAsync(later.Id, talent.Id);
        using var browser = await app.ClientAsync(Via.Cookie, talent.UserName, talent.Password);

        using var response = await browser.GetAsync("/Events/Mine", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        var (first, second) = (html.IndexOf(later.Title, StringComparison.Ordinal), html.IndexOf(earlier.Title, StringComparison.Ordinal));
        Assert.True(first >= 0 && second > first, $"later at {first}, earlier at {second}");
    }
}
