using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Yincai.IntegrationTests.Modules.Ambassadors;
using Yincai.IntegrationTests.Modules.Graduates.Campus;
using Yincai.Modules.Accounts;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Events;
using Yincai.Modules.Events.Contracts;
using Yincai.Modules.Notifications.Delivery;

namespace Yincai.IntegrationTests.Modules.Events;

/// <summary>
/// A named station's systems: its operator makes a key on the station's page (scope registrations.read only) and a webhook; the key
/// reads the station's events and their registrations (names masked) and nothing of another station's; a seat taken at its event,
/// on registering or on moving up from the waiting list, queues registration.confirmed for the station's subscription.
/// </summary>
public sealed class StationEventApiTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<Event> StationEventAsync(Guid stationId, int capacity) =>
        app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<YincaiDb>();
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            var starts = now.AddDays(7);
            var details = new EventDetails(EventKind.SpecialJobFair, "驿站专场 " + Guid.NewGuid().ToString("N")[..6], "驿站组织的测试活动。", "370202", false,
                "驿站活动室", null, starts, starts.AddHours(3), EventAudience.All, capacity, 0, now.AddHours(-1), starts.AddHours(3));
            var item = new Event(OrganiserKind.Station, stationId, "测试驿站", details, Guid.CreateVersion7(), now);
            Assert.False(item.Submit().IsError);
            Assert.False(item.Approve(Guid.CreateVersion7(), "市南区公共就业和人才服务中心", now).IsError);
            Assert.False(item.Publish(Guid.CreateVersion7(), now).IsError);
            db.Events.Add(item);
            db.EventSeats.Add(new EventSeats(item.Id, capacity, 0));
            await db.SaveChangesAsync(Ct);
            return item;
        });

    private async Task<TestAccount> OperatorAsync() =>
        await app.WithServicesAsync(async s =>
        {
            var user = (await s.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(DemoUsers.QingdaoStation))!;
            return new TestAccount(user.Id, user.UserName!, YincaiAppFactory.DemoPassword);
        });

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.Clone();

    [Fact]
    public async Task StationsKey_ReadsItsEventsRegistrationsMasked_NotAnotherStations_AndSeatsConfirmedReachItsWebhook()
    {
        var operatorAccount = await OperatorAsync();
        var station = await app.NamedStationAsync(operatorAccount.Id, "测试驿站" + Guid.NewGuid().ToString("N")[..4]);
        var otherStation = await app.NamedStationAsync(Guid.CreateVersion7(), "别家驿站" + Guid.NewGuid().ToString("N")[..4]);
        var ours = await StationEventAsync(station, capacity: 1);
        var theirs = await StationEventAsync(otherStation, capacity: 5);

        using var browser = await app.ClientAsync(Via.Cookie, operatorAccount.UserName, operatorAccount.Password);
        var keysPage = WebUtility.HtmlDecode(await browser.GetPageAsync($"/Stations/Tokens?station={station}"));
        Assert.Contains("registrations.read", keysPage, StringComparison.Ordinal);
        Assert.DoesNotContain("jobs.write", keysPage, StringComparison.Ordinal);
        using var made = await browser.SubmitFormAsync($"/Stations/Tokens?station={station}", new()
        {
            ["Input.Name"] = "驿站系统", ["Input.Scopes"] = TokenScopes.RegistrationsRead, ["Input.Days"] = "30",
        }, tokenFrom: $"/Stations/Tokens?station={station}");
        var key = System.Text.RegularExpressions.Regex.Match(await made.Content.ReadAsStringAsync(Ct), "yc_[0-9a-f]{32}_[A-Za-z0-9_-]+").Value;
        Assert.NotEqual("", key);
        using var hookMade = await browser.SubmitFormAsync($"/Stations/Webhooks?station={station}", new() { ["Address"] = "https://hooks.example.com/station" },
            tokenFrom: $"/Stations/Webhooks?station={station}");
        Assert.Equal(HttpStatusCode.OK, hookMade.StatusCode);
        using var notTheirs = await browser.GetAsync($"/Stations/Tokens?station={otherStation}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);

        var (first, _, _) = await Yincai.IntegrationTests.Modules.Talents.TalentTestData.CreateTalentAsync(app, "370202", "报名者甲");
        var (second, _, _) = await Yincai.IntegrationTests.Modules.Talents.TalentTestData.CreateTalentAsync(app, "370202", "报名者乙");
        var seat = await app.RegisterAsync(ours.Id, first.Id);
        Assert.True(!seat.IsError, seat.Error?.Code);
        Assert.Equal(RegistrationStatus.Registered, seat.Value!.Status);
        Assert.Equal(RegistrationStatus.Waitlisted, (await app.RegisterAsync(ours.Id, second.Id)).Value!.Status);
        await app.AsAsync(first, async s => (await s.GetRequiredService<EventRegistrations>().CancelAsync(ours.Id, first.Id, Ct)).IsError);

        using var system = app.TokenClient(key);
        using var events = await system.GetAsync("/api/v1/station/events", Ct);
        using var registrations = await system.GetAsync($"/api/v1/station/events/{ours.Id}/registrations", Ct);
        using var others = await system.GetAsync($"/api/v1/station/events/{theirs.Id}/registrations", Ct);

        Assert.Equal(HttpStatusCode.OK, events.StatusCode);
        Assert.Equal([ours.Id], (await JsonAsync(events)).EnumerateArray().Select(e => e.GetProperty("id").GetGuid()));
        var rows = (await JsonAsync(registrations)).EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        Assert.DoesNotContain("报名者", await registrations.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, others.StatusCode);

        var subscription = await app.WithDbAsync(db => db.Set<Yincai.Modules.Notifications.Webhooks.WebhookSubscription>().AsNoTracking()
            .SingleAsync(s => s.OwnerCode == station.ToString(), Ct));
        var queued = await app.WithDbAsync(db => db.Outbox.AsNoTracking()
            .Where(m => m.Channel == Channel.Webhook && m.AddressIndex == subscription.Id.ToString()).OrderBy(m => m.CreatedAtUtc).ToListAsync(Ct));
        Assert.Equal(2, queued.Count); // the first seat, then the second registration moving up
        Assert.All(queued, m => Assert.Equal("registration.confirmed", m.TemplateKey));
        Assert.All(queued, m => Assert.DoesNotContain("报名者", m.Values, StringComparison.Ordinal));
        Assert.Contains("\"number\":2", queued[1].Values, StringComparison.Ordinal);
    }
}
