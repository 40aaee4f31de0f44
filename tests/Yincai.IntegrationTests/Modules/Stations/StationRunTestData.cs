using System.Globalization;
using System.Text.RegularExpressions;
using Yincai.IntegrationTests.Modules.Events;
using Yincai.IntegrationTests.Modules.Talents;
using Yincai.Modules.Events;
using Yincai.Modules.Events.Contracts;
using Yincai.Modules.Stations;
using Yincai.Modules.Stations.Accreditation;
using Yincai.Modules.Stations.Programs;
using Yincai.Modules.Talents.Contracts;

namespace Yincai.IntegrationTests.Modules.Stations;

/// <summary>A named station (or home) a test made for itself, with the operator account that runs it.</summary>
public sealed record RunStation(TestAccount Operator, Guid Id, string Name);

/// <summary>A talent with a profile whose mobile is the one they registered with (as the profile page fills it in).</summary>
public sealed record MobileTalent(TestAccount User, Guid TalentId, string FullName)
{
    public string Mobile => User.Mobile!;
    public string Masked => Talent.MaskName(FullName);
}

/// <summary>
/// What the tests of running a named station need: stations and homes named straight in the database for a fresh operator,
/// talents findable by their mobile, the service form as the Services page posts it, the stations' events, and the figures
/// of the pages read as a user reads them.
/// </summary>
public static partial class StationRunTestData
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A Qingdao talent station named for a new operator account (scope 370200).</summary>
    public static async Task<RunStation> RunStationAsync(this YincaiAppFactory app, string name)
    {
        var account = await app.CreateStaffAsync("370200", Roles.StationOperator);
        var unique = StationTestData.Unique(name);
        return new RunStation(account, await app.NamedStationAsync(account.Id, unique), unique);
    }

    /// <summary>A Jiangsu returnee home in 南京市玄武区 with the three platforms (RET-08), named for a new operator account
    /// straight in the database.</summary>
    public static async Task<RunStation> RunHomeAsync(this YincaiAppFactory app, string name)
    {
        var account = await app.CreateStaffAsync("320100", Roles.StationOperator);
        var unique = StationTestData.Unique(name);
        var details = new StationDetails(unique, unique + "服务中心", OrganisationKind.PublicWindow, "window", "320102", "南京市玄武区中山路1号", "周老师",
            "025-81234567", "为留学人员提供一站式公共服务、产才对接和联谊交流。",
            [StationServices.Public, StationServices.Matching, StationServices.Networking], StationContent.Empty);
        var id = await app.NamedStationAsync(account.Id, unique, details: details, program: StationProgramData.JiangsuReturneeHomes);
        return new RunStation(account, id, unique);
    }

    /// <summary>A talent registered with a new mobile, their profile saved with that mobile (the profile page's default).</summary>
    public static async Task<MobileTalent> TalentWithMobileAsync(this YincaiAppFactory app, string fullName)
    {
        var user = await app.RegisterAsync(AccountKind.Talent);
        var saved = await app.WithServicesAsync(s => s.GetRequiredService<TalentProfiles>().SaveAsync(user.Id, fullName, TalentTestData.NewIdNumber(),
            "370202", new PersonalDetails(user.Mobile, null, null, TalentCategory.None, DisadvantagedGroup.None), Ct));
        if (saved.IsError) throw new InvalidOperationException("Talent not saved: " + saved.Error!.Code);
        return new MobileTalent(user, saved.Value!.Id, fullName);
    }

    public static Task<HttpClient> SignedInAsync(this YincaiAppFactory app, TestAccount account) =>
        app.ClientAsync(Via.Cookie, account.UserName, account.Password);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The Services page's form as the page renders it: a referral when <paramref name="job"/> is given.</summary>
    public static Dictionary<string, string> ServiceForm(Guid station, string mobile, DateOnly on, string? job = null, string kind = "Referral",
        string detail = "推荐岗位并辅导面试。", string? outcome = "已投递")
    {
        return new Dictionary<string, string>
        {
            ["station"] = station.ToString(), ["Form.Kind"] = kind, ["Form.Mobile"] = mobile, ["Form.On"] = Iso(on), ["Form.Job"] = job ?? "",
            ["Form.Detail"] = detail, ["Form.Outcome"] = outcome ?? "",
        };
    }

    /// <summary>Posts the Services page's form as the operator's browser does.</summary>
    public static Task<HttpResponseMessage> LogServiceAsync(HttpClient operatorBrowser, Dictionary<string, string> form) =>
        YincaiAppFactory.PostFormAsync(operatorBrowser, $"/Stations/Operation/Services?station={form["station"]}", form);

    /// <summary>Logs a service and expects it saved (a redirect), else throws with the page's errors.</summary>
    public static async Task LoggedAsync(HttpClient operatorBrowser, Dictionary<string, string> form)
    {
        using var response = await LogServiceAsync(operatorBrowser, form);
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException("Service not logged: " + StationTestData.Element(await StationTestData.TextAsync(response), "services-errors"));
    }

    /// <summary>A published event organised by the station (approved in the office's name), straight in the database, starting
    /// in the current year in China and not yet over (<paramref name="hoursAhead"/> from now when that stays in the year).</summary>
    public static Task<Guid> StationEventAsync(this YincaiAppFactory app, Guid stationId, string stationName, string title, int hoursAhead = 48) =>
        app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<YincaiDb>();
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            var starts = now.AddHours(hoursAhead);
            if (ChinaClock.DateOf(starts).Year != ChinaClock.DateOf(now).Year) starts = now.AddMinutes(5);
            var details = new EventDetails(EventKind.Roadshow, title, "驿站举办的人才项目路演。", "370202", false, "测试地点", null, starts, starts.AddHours(3),
                EventAudience.All, 50, 3, now.AddHours(-1), starts);
            var item = new Event(OrganiserKind.Station, stationId, stationName, details, Guid.CreateVersion7(), now);
            Check(item.Submit());
            Check(item.Approve(Guid.CreateVersion7(), "青岛市公共就业和人才服务中心", now));
            Check(item.Publish(Guid.CreateVersion7(), now));
            db.Events.Add(item);
            db.EventSeats.Add(new EventSeats(item.Id, 50, 3));
            await db.SaveChangesAsync(Ct);
            return item.Id;
        });

    private static void Check(Result result)
    {
        if (result.IsError) throw new InvalidOperationException(result.Error!.Message);
    }

    /// <summary>The big numbers of a figures row (<c>class="fs-5"</c>), in the page's order.</summary>
    public static List<int> Numbers(string html) => FigureNumber().Matches(html).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();

    /// <summary>The Services page's figures of the year: people served, services, allocations, events.</summary>
    public static async Task<(int Served, int Services, int Allocations, int Events)> ServicesFiguresAsync(HttpClient operatorBrowser, Guid station)
    {
        var n = Numbers(StationTestData.Element(await StationTestData.PageAsync(operatorBrowser, $"/Stations/Operation/Services?station={station}"),
            "services-figures"));
        Assert.Equal(4, n.Count);
        return (n[0], n[1], n[2], n[3]);
    }

    /// <summary>The program dashboard's figures of the year for the Qingdao program: events, allocations, people served, services.</summary>
    public static async Task<(int Events, int Allocations, int Served, int Services)> DashboardAsync(HttpClient officer, string programCode)
    {
        var card = StationTestData.Element(await StationTestData.PageAsync(officer, "/Stations/Programs"), "program-" + programCode);
        var n = Numbers(StationTestData.Element(card, "program-year"));
        Assert.Equal(4, n.Count);
        return (n[0], n[1], n[2], n[3]);
    }

    [GeneratedRegex("class=\"fs-5\">\\s*(\\d+)")]
    private static partial Regex FigureNumber();
}
