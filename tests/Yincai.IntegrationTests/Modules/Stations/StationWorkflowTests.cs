using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Yincai.Modules.Stations.Accreditation;
using static Yincai.IntegrationTests.Modules.Stations.StationTestData;

namespace Yincai.IntegrationTests.Modules.Stations;

/// <summary>
/// A talent station (STN-06) and a returnee home (RET-07) taken from the application to the certificate through the pages, by
/// the people of each step: the operator applies with files; the local officer visits and passes; three experts score; the
/// program's officer passes to the public notice, during which anyone objects; after the notice (on a clock the test moves)
/// the objection is answered and the station named; the public list, the certificate check and the PDF show it, and the
/// record says who did each step. Then the six finds (STN-12) find a named station.
/// </summary>
public sealed class StationWorkflowTests(FakeClockAppFactory app) : IClassFixture<FakeClockAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>What differs between the two programs, from their notices.</summary>
    private sealed record Case(string Program, string Name, string Operator, string LocalOfficer, string ProgramOfficer, IReadOnlyList<string> Experts,
        bool ProgramStageVisits, string NumberPrefix, string Plaque);

    /// <summary>A minute on, so that the steps of the record have times of their own, in order.</summary>
    private void Tick() => app.Time.Advance(TimeSpan.FromMinutes(1));

    /// <summary>The clock to 10:00 in Beijing of the day after <paramref name="noticeUntil"/> (never back).</summary>
    private void AfterNotice(DateOnly noticeUntil)
    {
        var target = ChinaClock.StartOfDayUtc(noticeUntil.AddDays(1)).AddHours(2);
        if (target > app.Time.GetUtcNow().UtcDateTime) app.SetUtc(target);
    }

    private Task<Dictionary<string, (Guid Id, string Name)>> AccountsAsync(IEnumerable<string> userNames)
    {
        var names = userNames.ToList();
        return app.WithDbAsync(async db => (await db.Users.Where(u => names.Contains(u.UserName!)).Select(u => new { u.UserName, u.Id, u.DisplayName })
            .ToListAsync(Ct)).ToDictionary(u => u.UserName!, u => (u.Id, u.DisplayName)));
    }

    private static string Day(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    /// <summary>The titles, as the inbox shows them in Chinese, of the messages of <paramref name="userId"/> that name <paramref name="name"/>.</summary>
    private async Task<List<string>> InboxAsync(Guid userId, string name) =>
        (await app.InboxInChineseAsync(userId)).Select(m => m.Title).Where(t => t.Contains(name, StringComparison.Ordinal)).ToList();

    [Fact]
    [Trait("Rule", "STN-06")]
    public Task Workflow_QingdaoStation_AppliedReviewedNoticedObjectedAndNamed_ThroughThePages() =>
        RunAsync(new Case(Qingdao, "青岛流程测试人才驿站", DemoUsers.QingdaoStation, DemoUsers.CountyOfficer, DemoUsers.QingdaoOfficer, DemoUsers.QingdaoExperts,
            ProgramStageVisits: false, "QDRCYZ", "青岛市人才驿站"));

    [Fact]
    [Trait("Rule", "RET-07")]
    public Task Workflow_JiangsuHome_CityVisitThenProvinceVisitAndExperts_NoticedObjectedAndNamed_ThroughThePages() =>
        RunAsync(new Case(Jiangsu, "南京流程测试留学人员之家", DemoUsers.NanjingStation, DemoUsers.NanjingOfficer, DemoUsers.JiangsuOfficer, DemoUsers.JiangsuExperts,
            ProgramStageVisits: true, "JSLXRYZJ", "江苏省留学人员之家"));

    private async Task RunAsync(Case c)
    {
        var program = await app.ProgramAsync(c.Program);
        var name = Unique(c.Name);
        var people = await AccountsAsync([c.Operator, c.LocalOfficer, c.ProgramOfficer, .. c.Experts]);

        // The operator applies with a file for each condition that asks one, and submits.
        using var applicant = await app.ClientAsync(Via.Cookie, c.Operator);
        using (var submit = await PostApplyAsync(applicant, "Submit", Fields(Form(c.Program, program.Id, name)), Files(c.Program),
            $"/Stations/Accreditation/Apply?program={program.Id}"))
        {
            Assert.Equal(HttpStatusCode.Redirect, submit.StatusCode);
            Assert.Equal("/Stations/Mine", submit.Headers.Location?.OriginalString);
        }
        var station = await app.StationNamedAsync(name);
        Assert.NotNull(station);
        var id = station.Id;
        Assert.Equal((StationStatus.InReview, 0), (station.Status, station.StageIndex));
        var files = await app.WithDbAsync(db => db.StationEvidence.IgnoreQueryFilters().Where(e => e.StationId == id).ToListAsync(Ct));
        Assert.Equal(EvidenceConditions(c.Program).Order(), files.Select(f => f.ConditionKey).Order());
        Assert.All(files, f => Assert.Equal(("application/pdf", "%PDF-"), (f.ContentType, System.Text.Encoding.ASCII.GetString(f.Content, 0, 5))));

        Assert.Equal(["待审核：" + name], await InboxAsync(people[c.LocalOfficer].Id, name));

        // The local stage: waiting for its officer, who cannot pass before recording the site visit.
        Tick();
        using var local = await app.ClientAsync(Via.Cookie, c.LocalOfficer);
        Assert.Contains(name, Element(await PageAsync(local, "/Stations/Accreditation/Review"), "review-waiting"), StringComparison.Ordinal);
        using (var unvisited = await app.ActAsync(local, id, "Pass"))
            Assert.Contains("本环节需先登记实地查看情况。", await TextAsync(unvisited), StringComparison.Ordinal);
        Assert.Equal(0, (await app.StationAsync(id)).StageIndex);
        Tick();
        using (var visit = await app.ActAsync(local, id, "Visit", new()
        {
            ["visitedOn"] = app.ChinaToday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["findings"] = "场地独立，功能区域和设备齐全，服务人员在岗。",
        }))
            Assert.Equal(HttpStatusCode.Redirect, visit.StatusCode);
        Tick();
        using (var pass = await app.ActAsync(local, id, "Pass", new() { ["note"] = "同意推荐。" }))
            Assert.Equal(HttpStatusCode.Redirect, pass.StatusCode);
        Assert.Equal((StationStatus.InReview, 1), ((await app.StationAsync(id)).Status, (await app.StationAsync(id)).StageIndex));
        foreach (var waiting in c.Experts.Append(c.ProgramOfficer))
            Assert.Equal(["待审核：" + name], await InboxAsync(people[waiting].Id, name));

        // The program's stage: two experts' scores are not enough, three are (and a site visit where the notice asks one).
        async Task ScoreAsync(string expert, int score)
        {
            Tick();
            using var browser = await app.ClientAsync(Via.Cookie, expert);
            using var scored = await app.ActAsync(browser, id, "Score", new()
            {
                ["score"] = score.ToString(CultureInfo.InvariantCulture), ["recommend"] = "true", ["comment"] = "材料齐全，符合条件。",
            });
            Assert.Equal(HttpStatusCode.Redirect, scored.StatusCode);
        }
        await ScoreAsync(c.Experts[0], 86);
        await ScoreAsync(c.Experts[1], 78);
        using var officer = await app.ClientAsync(Via.Cookie, c.ProgramOfficer);
        if (c.ProgramStageVisits)
        {
            using (var unvisited = await app.ActAsync(officer, id, "Pass"))
                Assert.Contains("本环节需先登记实地查看情况。", await TextAsync(unvisited), StringComparison.Ordinal);
            Tick();
            using var visit = await app.ActAsync(officer, id, "Visit", new()
            {
                ["visitedOn"] = app.ChinaToday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["findings"] = "省级实地查看：展示、交流和公共服务区域齐备。",
            });
            Assert.Equal(HttpStatusCode.Redirect, visit.StatusCode);
        }
        using (var tooFew = await app.ActAsync(officer, id, "Pass"))
            Assert.Contains("本环节需要3位专家评分，目前有2位。", await TextAsync(tooFew), StringComparison.Ordinal);
        Assert.Equal(StationStatus.InReview, (await app.StationAsync(id)).Status);
        await ScoreAsync(c.Experts[2], 90);
        Tick();
        using (var pass = await app.ActAsync(officer, id, "Pass", new() { ["note"] = "专家评审通过，予以公示。" }))
            Assert.Equal(HttpStatusCode.Redirect, pass.StatusCode);
        station = await app.StationAsync(id);
        Assert.Equal((StationStatus.PublicNotice, app.ChinaToday), (station.Status, station.NoticeFrom));
        var until = station.NoticeUntil!.Value;
        Assert.True(until >= app.ChinaToday.AddDays(5), "Five working days are at least five days.");

        // The public notice: on the public list, where anyone may object.
        using var anonymous = app.CreateBrowser();
        var inNotice = await PageAsync(anonymous, "/Stations");
        Assert.Contains(name, Element(inNotice, "stations-in-notice"), StringComparison.Ordinal);
        Assert.DoesNotContain(name, Element(inNotice, "stations-list"), StringComparison.Ordinal);
        Tick();
        using (var objected = await YincaiAppFactory.PostFormAsync(anonymous, $"/Stations/View?id={id}&handler=Object",
            [new("objection", "该单位的服务场地实际由其他公司使用。"), new("filedBy", ""), new("contact", "")], $"/Stations/View?id={id}"))
            Assert.Equal(HttpStatusCode.Redirect, objected.StatusCode);
        Tick();
        using (var early = await app.ActAsync(officer, id, "Name"))
            Assert.Contains($"公示期至{Day(until)}，结束后才能审定。", await TextAsync(early), StringComparison.Ordinal);
        Assert.Equal(StationStatus.PublicNotice, (await app.StationAsync(id)).Status);

        // After the notice: not named while the objection is unanswered; answered, named.
        AfterNotice(until);
        using var decider = await app.ClientAsync(Via.Cookie, c.ProgramOfficer);
        using (var open = await app.ActAsync(decider, id, "Name"))
            Assert.Contains("还有1条异议未答复。", await TextAsync(open), StringComparison.Ordinal);
        Assert.Equal(StationStatus.PublicNotice, (await app.StationAsync(id)).Status);
        var objection = await app.WithDbAsync(db => db.Objections.IgnoreQueryFilters().SingleAsync(o => o.StationId == id, Ct));
        Tick();
        using (var answered = await app.ActAsync(decider, id, "Answer", new() { ["objection"] = objection.Id.ToString(), ["answer"] = "经实地核实，场地由申报单位专用。" }))
            Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Tick();
        using (var named = await app.ActAsync(decider, id, "Name"))
            Assert.Equal(HttpStatusCode.Redirect, named.StatusCode);
        station = await app.StationAsync(id);
        Assert.Equal((StationStatus.Named, app.ChinaToday), (station.Status, station.NamedOn));
        var number = station.CertificateNumber!;
        Assert.Matches($"^{c.NumberPrefix}-{app.ChinaToday.Year}-\\d{{3}}$", number);

        // Named: on the public list, its certificate valid, its PDF for the operator.
        var list = await PageAsync(anonymous, "/Stations");
        Assert.Contains(name, Element(list, "stations-list"), StringComparison.Ordinal);
        Assert.DoesNotContain(name, Element(list, "stations-in-notice"), StringComparison.Ordinal);
        var verify = await PageAsync(anonymous, "/Stations/Verify?number=" + Uri.EscapeDataString(number));
        Assert.Contains("证书有效。", Element(verify, "verify-state"), StringComparison.Ordinal);
        Assert.Contains(name, Element(verify, "verify-result"), StringComparison.Ordinal);
        Assert.Contains(c.Plaque, Element(verify, "verify-result"), StringComparison.Ordinal);
        // The certificate's QR code leads to the same check, by its code, from the station's public page.
        Assert.Contains($"/Stations/Verify?code={station.VerificationCode}", Element(await PageAsync(anonymous, $"/Stations/View?id={id}"), "station-certificate"),
            StringComparison.Ordinal);
        var byCode = await PageAsync(anonymous, "/Stations/Verify?code=" + station.VerificationCode);
        Assert.Contains("证书有效。", Element(byCode, "verify-state"), StringComparison.Ordinal);
        Assert.Contains(number, Element(byCode, "verify-result"), StringComparison.Ordinal);
        Assert.Equal(["进入公示：" + name, "已命名授牌：" + name], await InboxAsync(people[c.Operator].Id, name));
        using var owner = await app.ClientAsync(Via.Cookie, c.Operator);
        Assert.Contains(number, Card(await PageAsync(owner, "/Stations/Mine"), name), StringComparison.Ordinal);
        using (var pdf = await owner.GetAsync($"/Stations/Mine?handler=Certificate&id={id}", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
            Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
            var bytes = await pdf.Content.ReadAsByteArrayAsync(Ct);
            Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        }

        // The record: every step, in order, with who did it.
        var expected = new List<(StepAction, string?)>
        {
            (StepAction.Submitted, c.Operator), (StepAction.SiteVisit, c.LocalOfficer), (StepAction.Passed, c.LocalOfficer),
            (StepAction.ExpertScore, c.Experts[0]), (StepAction.ExpertScore, c.Experts[1]),
        };
        if (c.ProgramStageVisits) expected.Add((StepAction.SiteVisit, c.ProgramOfficer));
        expected.AddRange([(StepAction.ExpertScore, c.Experts[2]), (StepAction.Passed, c.ProgramOfficer), (StepAction.NoticeStarted, c.ProgramOfficer),
            (StepAction.Objection, null), (StepAction.ObjectionAnswered, c.ProgramOfficer), (StepAction.Named, c.ProgramOfficer)]);
        // Passing the last stage and starting the notice are one save, at one instant.
        var steps = (await app.StepsAsync(id)).OrderBy(s => s.AtUtc).ThenBy(s => s.Action).ToList();
        var byId = people.ToDictionary(p => p.Value.Id, p => p.Key);
        Assert.Equal(expected, steps.Select(s => (s.Action, s.ActorId is { } actor ? byId.GetValueOrDefault(actor, actor.ToString()) : null)));
        Assert.All(steps.Where(s => s.ActorId is not null), s => Assert.Equal(people[byId[s.ActorId!.Value]].Name, s.ActorName));
        Assert.Equal("匿名", steps.Single(s => s.Action == StepAction.Objection).ActorName);
        Assert.Equal(number, steps.Single(s => s.Action == StepAction.Named).Note);
        var record = Element(await PageAsync(decider, $"/Stations/Accreditation/Application?id={id}"), "station-steps");
        foreach (var (label, who) in new[]
        {
            ("提交申报", c.Operator), ("实地查看", c.LocalOfficer), ("专家评分", c.Experts[2]), ("开始公示", c.ProgramOfficer), ("命名授牌", c.ProgramOfficer),
        })
            Assert.Matches($"{label}</span>\\s*<span class=\"ms-1\">{Regex.Escape(people[who].Name)}</span>", record);
        Assert.Contains("匿名", record, StringComparison.Ordinal);
    }

    /// <summary>A notice that is over takes no objection, so the public list no longer shows it as in notice, though it is not decided yet.</summary>
    [Fact]
    [Trait("Rule", "STN-06")]
    public async Task PublicList_NoticeOverButNotYetDecided_IsNoLongerListedAsInNotice()
    {
        var name = Unique("公示期满待审定人才驿站");
        var station = await app.InNoticeAsync(Qingdao, name);
        using var anonymous = app.CreateClient();
        var during = Element(await PageAsync(anonymous, "/Stations"), "stations-in-notice");

        AfterNotice(station.NoticeUntil!.Value);
        var after = Element(await PageAsync(anonymous, "/Stations"), "stations-in-notice");
        var view = await PageAsync(anonymous, $"/Stations/View?id={station.Id}");

        Assert.Contains(name, during, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"objection\"", view, StringComparison.Ordinal);
        Assert.DoesNotContain(name, after, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "STN-12")]
    public async Task SixFinds_NamedStation_IsFoundUnderPlatformsByItsName_NotWhileInNotice()
    {
        var name = Unique("六找测试人才驿站");
        var station = await app.InNoticeAsync(Qingdao, name);
        using var anonymous = app.CreateClient();

        var before = await FindsAsync(anonymous, name);
        AfterNotice(station.NoticeUntil!.Value);
        Expect(await app.AsAsync(StationActor.QingdaoOfficer, s => s.NameAsync(station.Id, station.Version, Ct)));
        var after = await FindsAsync(anonymous, name);
        using var page = await anonymous.GetAsync("/Finds?q=" + Uri.EscapeDataString(name), Ct);
        var html = await TextAsync(page);

        Assert.Empty(Titles(before));
        Assert.Equal([name], Titles(after));
        var platforms = html.IndexOf("data-kind=\"Platforms\"", StringComparison.Ordinal);
        Assert.True(platforms > 0, "The page has a Platforms group.");
        var link = html.IndexOf($"/Stations/View?id={station.Id}", StringComparison.Ordinal);
        Assert.True(link > platforms && link < html.IndexOf("</section>", platforms, StringComparison.Ordinal), "The station is linked under Platforms.");
    }

    private static async Task<JsonElement> FindsAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync("/api/v1/finds?q=" + Uri.EscapeDataString(query), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static List<string> Titles(JsonElement result) =>
        result.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("kind").GetString() == "platforms")
            .GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("title").GetString()!).ToList();
}
