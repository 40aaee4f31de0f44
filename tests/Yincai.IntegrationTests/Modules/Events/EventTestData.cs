using System.Globalization;
using Yincai.Modules.Events;
using Yincai.Modules.Events.Contracts;
using Yincai.Modules.Stations;
using Yincai.Modules.Stations.Accreditation;
using Yincai.Modules.Stations.Programs;

namespace Yincai.IntegrationTests.Modules.Events;

/// <summary>Events a test makes for itself: through the officer's form (the real flow) or straight into the database.</summary>
public static class EventTestData
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The event form's fields, a week ahead, Beijing time, registration open from now.</summary>
    public static Dictionary<string, string> Form(string title, string region, Guid? officeId, int capacity = 100, bool online = false,
        EventKind kind = EventKind.ComprehensiveJobFair, Guid? stationId = null)
    {
        var day = DateTime.UtcNow.AddHours(8).Date.AddDays(7);
        string T(DateTime d) => d.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        var form = new Dictionary<string, string>
        {
            ["Form.Kind"] = kind.ToString(), ["Form.Title"] = title, ["Form.Description"] = "面向高校毕业生的招聘活动，现场提供政策咨询。",
            ["Form.RegionCode"] = region, ["Form.IsOnline"] = online ? "true" : "false",
            ["Form.Venue"] = online ? "" : "青岛市人力资源市场", ["Form.LivestreamUrl"] = online ? "https://live.example.cn/room/1" : "",
            ["Form.StartsAt"] = T(day.AddHours(9)), ["Form.EndsAt"] = T(day.AddHours(12)), ["Form.Audience"] = nameof(EventAudience.Graduates),
            ["Form.Capacity"] = capacity.ToString(CultureInfo.InvariantCulture), ["Form.Booths"] = "5",
            ["Form.RegistrationOpensAt"] = T(DateTime.UtcNow.AddHours(8).AddHours(-1)), ["Form.RegistrationClosesAt"] = T(day.AddHours(9)),
        };
        if (officeId is { } id) form["Form.OfficeId"] = id.ToString();
        if (stationId is { } station) form["Form.StationId"] = station.ToString();
        return form;
    }

    /// <summary>A talent station of Qingdao named for <paramref name="operatorId"/> straight in the database (for tests of what a
    /// named station does, not of its accreditation), with a certificate number of its own; another program's when given.</summary>
    public static Task<Guid> NamedStationAsync(this YincaiAppFactory app, Guid operatorId, string name, string region = "370202",
        StationDetails? details = null, string program = StationProgramData.QingdaoTalentStations) =>
        app.WithDbAsync(async db =>
        {
            var definition = await db.StationPrograms.FirstAsync(p => p.Code == program, Ct);
            details ??= new StationDetails(name, name + "建站单位", OrganisationKind.Company, "service", region, "青岛市市南区测试路1号", "测试联系人",
                "0532-80000001", "测试用的人才驿站。", [StationServices.Referral], StationContent.Empty);
            var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
            var station = new Station(definition.Id, details, operatorId, DateTime.UtcNow);
            station.Submit(DateTime.UtcNow);
            var stages = definition.Definition.Stages;
            foreach (var stage in stages)
                station.Pass(stage, siteVisited: true, [80, 80, 80], definition.Definition.PassScore, stages.Count, today.AddDays(-10), today.AddDays(-5));
            var named = station.Accredit(today, 0, "TEST-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant(), Guid.NewGuid().ToString("N"));
            if (named.IsError) throw new InvalidOperationException(named.Error!.Message);
            db.Stations.Add(station);
            await db.SaveChangesAsync(Ct);
            return station.Id;
        });

    public static Task<Guid> OfficeOfAsync(this YincaiAppFactory app, string regionCode) =>
        app.WithDbAsync(db => db.Offices.Where(o => o.RegionCode == regionCode).Select(o => o.Id).FirstAsync(Ct));

    /// <summary>Posts the new-event form; returns the created event's id (from the redirect) or throws with the page.</summary>
    public static async Task<Guid> CreateThroughFormAsync(HttpClient browser, Dictionary<string, string> form)
    {
        using var response = await YincaiAppFactory.PostFormAsync(browser, "/Events/Manage/Edit", form);
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException("Event not created: " + (int)response.StatusCode + " " + await response.Content.ReadAsStringAsync(Ct));
        return Guid.Parse(response.Headers.Location!.OriginalString.Split("id=")[1]);
    }

    /// <summary>Posts a workflow step on the event's management page with the version it has now.</summary>
    public static async Task<HttpResponseMessage> ActAsync(this YincaiAppFactory app, HttpClient browser, Guid id, string handler,
        Dictionary<string, string>? extra = null, string tokenFrom = "/Events/Manage")
    {
        var version = await app.WithDbAsync(db => db.Events.IgnoreQueryFilters().Where(e => e.Id == id).Select(e => e.Version).FirstOrDefaultAsync(Ct));
        var fields = new Dictionary<string, string> { ["version"] = version.ToString(CultureInfo.InvariantCulture) };
        foreach (var (k, v) in extra ?? []) fields[k] = v;
        return await YincaiAppFactory.PostFormAsync(browser, $"/Events/Manage/Details?id={id}&handler={handler}", fields, tokenFrom);
    }

    /// <summary>A published office event straight in the database (for tests about seats and tickets, not the workflow): a
    /// week ahead unless <paramref name="startsIn"/> says otherwise (negative: under way, its door open for check-in). Times
    /// are the app's clock's.</summary>
    public static Task<Event> PublishedEventAsync(this YincaiAppFactory app, int capacity, string region = "370200", string? title = null,
        TimeSpan? startsIn = null) =>
        app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<YincaiDb>();
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            var starts = now + (startsIn ?? TimeSpan.FromDays(7));
            var details = new EventDetails(EventKind.SpecialJobFair, title ?? "测试专场招聘会 " + Guid.NewGuid().ToString("N")[..6], "测试活动介绍，面向毕业生。",
                region, false, "测试地点", null, starts, starts.AddHours(3), EventAudience.All, capacity, 3, now.AddHours(-1), starts.AddHours(3));
            var item = new Event(OrganiserKind.Office, Guid.CreateVersion7(), "测试服务中心", details, Guid.CreateVersion7(), now);
            item.Publish(Guid.CreateVersion7(), now);
            db.Events.Add(item);
            db.EventSeats.Add(new EventSeats(item.Id, capacity, 3));
            await db.SaveChangesAsync(Ct);
            return item;
        });

    public static Task<Result<EventRegistration>> RegisterAsync(this YincaiAppFactory app, Guid eventId, Guid userId) =>
        app.WithServicesAsync(s => s.GetRequiredService<EventRegistrations>().RegisterAsync(eventId, userId, "测试人员", Ct));
}
