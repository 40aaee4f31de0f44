using System.Data.Common;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Stations.Accreditation;
using static Yincai.IntegrationTests.Modules.Stations.StationTestData;

namespace Yincai.IntegrationTests.Modules.Stations;

/// <summary>
/// The review's other turns (STN-06, RET-07): a return with its reason goes back to the stage that returned it; a rejection
/// is final and takes a station off the public pages; only the stage's own officers, the program's experts and the applicant
/// reach an application; and two officers passing at once pass it once.
/// </summary>
public sealed class StationReviewTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string NotYourStage = "该申报当前环节不由您所在的部门办理。";

    /// <summary>A Qingdao application through its district stage: at the city's stage, with its experts' three scores.</summary>
    private async Task<Station> AtQingdaoProgramStageAsync(string name, bool scored = true)
    {
        var station = await app.SubmittedAsync(Qingdao, name);
        station = await app.PassStageAsync(Qingdao, station.Id);
        if (scored)
            foreach (var expert in StationActor.QingdaoExperts)
                Expect(await app.AsAsync(expert, s => s.ScoreAsync(station.Id, 80, recommend: true, "同意。", Ct)));
        return await app.StationAsync(station.Id);
    }

    [Fact]
    [Trait("Rule", "STN-06")]
    public async Task Return_AtTheCityStage_OperatorSeesTheReason_ResubmittedItComesBackToTheCityNotTheDistrict()
    {
        var name = Unique("退回测试人才驿站");
        var station = await AtQingdaoProgramStageAsync(name, scored: false);
        var id = station.Id;
        const string reason = "行动计划未写明引进人才的数量和时间安排，请补充。";
        using var city = await app.ClientAsync(Via.Cookie, DemoUsers.QingdaoOfficer);

        using var withoutReason = await app.ActAsync(city, id, "Return", new() { ["reason"] = " " });
        var stillInReview = (await app.StationAsync(id)).Status;
        using var returned = await app.ActAsync(city, id, "Return", new() { ["reason"] = reason });
        using var applicant = await app.ClientAsync(Via.Cookie, DemoUsers.QingdaoStation);
        var mine = Card(await PageAsync(applicant, "/Stations/Mine"), name);
        var apply = await PageAsync(applicant, $"/Stations/Accreditation/Apply?id={id}");
        var form = StationForm.From(await app.StationAsync(id));
        form.Answers["plan"].Text = "全年引进集成电路人才不少于120人，每季度一场专场招聘，按季度考核。";
        using var resubmitted = await PostApplyAsync(applicant, "Submit", Fields(form, id, (await app.StationAsync(id)).Version), [],
            $"/Stations/Accreditation/Apply?id={id}");
        var after = await app.StationAsync(id);
        using var district = await app.ClientAsync(Via.Cookie, DemoUsers.CountyOfficer);
        var cityPage = await PageAsync(city, $"/Stations/Accreditation/Application?id={id}");
        var districtPage = await PageAsync(district, $"/Stations/Accreditation/Application?id={id}");
        using var districtPass = await app.ActAsync(district, id, "Pass");

        Assert.Contains("请填写理由。", await TextAsync(withoutReason), StringComparison.Ordinal);
        Assert.Equal(StationStatus.InReview, stillInReview);
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        Assert.Contains("退回修改", Element(mine, "mine-status"), StringComparison.Ordinal);
        Assert.Contains(reason, mine, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"mine-edit\"", mine, StringComparison.Ordinal);
        Assert.Contains("申报被退回修改：" + reason, Element(apply, "apply-returned"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, resubmitted.StatusCode);
        Assert.Equal((StationStatus.InReview, 1, (string?)null), (after.Status, after.StageIndex, after.Reason));
        Assert.StartsWith("全年引进集成电路人才不少于120人", after.Content.Answer("plan").Text, StringComparison.Ordinal);
        Assert.Contains("市级审核（材料审查、专家评审）", Element(cityPage, "application-stage"), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"stage-actions\"", cityPage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"stage-actions\"", districtPage, StringComparison.Ordinal);
        Assert.Contains(NotYourStage, await TextAsync(districtPass), StringComparison.Ordinal);
        var steps = (await app.StepsAsync(id)).TakeLast(2).ToList();
        var officerId = await app.UserIdAsync(DemoUsers.QingdaoOfficer);
        var operatorId = await app.UserIdAsync(DemoUsers.QingdaoStation);
        Assert.Equal([(StepAction.Returned, "program", officerId, reason), (StepAction.Submitted, "program", operatorId, null)],
            steps.Select(s => (s.Action, s.StageKey, s.ActorId, s.Note)));
    }

    [Fact]
    [Trait("Rule", "RET-07")]
    public async Task Reject_InTheNotice_WithReason_TakesTheHomeOffThePublicPages_AndTheOperatorSeesWhy()
    {
        var name = Unique("不予通过测试留学人员之家");
        var station = await app.InNoticeAsync(Jiangsu, name);
        const string reason = "公示期间经核实，服务人次台账与实际不符。";
        using var anonymous = app.CreateClient();
        var listedBefore = Element(await PageAsync(anonymous, "/Stations"), "stations-in-notice");
        using var viewBefore = await anonymous.GetAsync($"/Stations/View?id={station.Id}", Ct);
        using var province = await app.ClientAsync(Via.Cookie, DemoUsers.JiangsuOfficer);

        using var withoutReason = await app.ActAsync(province, station.Id, "Reject", new() { ["reason"] = "" });
        var statusAfterRefusal = (await app.StationAsync(station.Id)).Status;
        using var rejected = await app.ActAsync(province, station.Id, "Reject", new() { ["reason"] = reason });
        var after = await app.StationAsync(station.Id);
        var listedAfter = await PageAsync(anonymous, "/Stations");
        using var viewAfter = await anonymous.GetAsync($"/Stations/View?id={station.Id}", Ct);
        using var applicant = await app.ClientAsync(Via.Cookie, DemoUsers.NanjingStation);
        var mine = Card(await PageAsync(applicant, "/Stations/Mine"), name);
        var resubmit = await app.SubmitAsync(Jiangsu, station.Id);

        Assert.Contains(name, listedBefore, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, viewBefore.StatusCode);
        Assert.Contains("请填写理由。", await TextAsync(withoutReason), StringComparison.Ordinal);
        Assert.Equal(StationStatus.PublicNotice, statusAfterRefusal);
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        Assert.Equal((StationStatus.Rejected, reason, (string?)null), (after.Status, after.Reason, after.CertificateNumber));
        Assert.DoesNotContain(name, listedAfter, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, viewAfter.StatusCode);
        Assert.Contains("未通过", Element(mine, "mine-status"), StringComparison.Ordinal);
        Assert.Contains(reason, mine, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"mine-edit\"", mine, StringComparison.Ordinal);
        Assert.Equal("stations.not_editable", resubmit.Error?.Code);
        var step = (await app.StepsAsync(station.Id)).Last();
        Assert.Equal((StepAction.Rejected, await app.UserIdAsync(DemoUsers.JiangsuOfficer), reason), (step.Action, step.ActorId, step.Note));
    }

    [Fact]
    [Trait("Rule", "STN-06")]
    public async Task Reject_AtTheDistrictStage_WithReason_IsFinal_AndNeverPublic()
    {
        var name = Unique("区级不予通过人才驿站");
        var station = await app.SubmittedAsync(Qingdao, name);
        const string reason = "实地查看发现无独立洽谈场地。";
        using var district = await app.ClientAsync(Via.Cookie, DemoUsers.CountyOfficer);
        using var anonymous = app.CreateClient();
        using var viewInReview = await anonymous.GetAsync($"/Stations/View?id={station.Id}", Ct);

        using var rejected = await app.ActAsync(district, station.Id, "Reject", new() { ["reason"] = reason });
        var after = await app.StationAsync(station.Id);
        using var viewRejected = await anonymous.GetAsync($"/Stations/View?id={station.Id}", Ct);
        using var passAfter = await app.ActAsync(district, station.Id, "Pass");

        Assert.Equal(HttpStatusCode.NotFound, viewInReview.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        Assert.Equal((StationStatus.Rejected, reason), (after.Status, after.Reason));
        Assert.Equal(HttpStatusCode.NotFound, viewRejected.StatusCode);
        Assert.DoesNotContain(name, await PageAsync(anonymous, "/Stations"), StringComparison.Ordinal);
        Assert.Contains("该申报当前不在审核中。", await TextAsync(passAfter), StringComparison.Ordinal);
        Assert.Equal([StepAction.Submitted, StepAction.Rejected], (await app.StepsAsync(station.Id)).Select(s => s.Action));
    }

    [Fact]
    [Trait("Rule", "STN-06")]
    public async Task Pass_ExpertsAverage59_IsRefused_AnExpertRaisingTheirScoreTo60OnAverage_Passes()
    {
        var station = await AtQingdaoProgramStageAsync(Unique("专家均分测试人才驿站"), scored: false);
        var experts = StationActor.QingdaoExperts;
        foreach (var (expert, score) in experts.Zip([60, 58, 59]))
            Expect(await app.AsAsync(expert, s => s.ScoreAsync(station.Id, score, recommend: score >= 60, "评分。", Ct)));

        var low = await app.AsAsync(StationActor.QingdaoOfficer, s => s.PassAsync(station.Id, station.Version, null, Ct));
        var stillInReview = (await app.StationAsync(station.Id)).Status;
        var outOfRange = await app.AsAsync(experts[1], s => s.ScoreAsync(station.Id, 101, recommend: true, null, Ct));
        Expect(await app.AsAsync(experts[1], s => s.ScoreAsync(station.Id, 61, recommend: true, "补充材料后上调。", Ct)));
        var passed = await app.AsAsync(StationActor.QingdaoOfficer, s => s.PassAsync(station.Id, station.Version, null, Ct));

        Assert.Equal(("stations.score_too_low", "专家平均分低于60分，不能通过。"), (low.Error?.Code, low.Error?.Message));
        Assert.Equal(StationStatus.InReview, stillInReview);
        Assert.Equal(("stations.score_range", "评分应在0到100之间。"), (outOfRange.Error?.Code, outOfRange.Error?.Message));
        Assert.False(passed.IsError, passed.Error?.Message);
        Assert.Equal(StationStatus.PublicNotice, passed.Value!.Status);
        // The second score replaced the expert's first: three scores, 60 on average.
        Assert.Equal([59, 60, 61], (await app.ScoresAsync(station.Id)).Select(s => s.Score).Order());
    }

    [Fact]
    public async Task Application_OfficerOfAnotherCity_Gets404_AndCannotPassIt()
    {
        var name = Unique("济南看不到的人才驿站");
        var station = await AtQingdaoProgramStageAsync(name);
        using var jinan = await app.ClientAsync(Via.Cookie, "officer.jn");

        using var page = await jinan.GetAsync($"/Stations/Accreditation/Application?id={station.Id}", Ct);
        using var pass = await app.ActAsync(jinan, station.Id, "Pass", tokenFrom: "/Workspace/Home");
        using var reject = await app.ActAsync(jinan, station.Id, "Reject", new() { ["reason"] = "越权" }, tokenFrom: "/Workspace/Home");
        var review = await PageAsync(jinan, "/Stations/Accreditation/Review");
        var after = await app.StationAsync(station.Id);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, pass.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, reject.StatusCode);
        Assert.DoesNotContain(name, review, StringComparison.Ordinal);
        Assert.Equal((StationStatus.InReview, 1, station.Version), (after.Status, after.StageIndex, after.Version));
        Assert.DoesNotContain(await app.StepsAsync(station.Id), s => (s.Action is StepAction.Passed && s.StageKey == "program") || s.Action is StepAction.Rejected);
    }

    [Fact]
    public async Task LocalStage_OfficerOfAnotherDistrict_Gets404_AndTheCitysOfficerMayNotActForTheDistrict()
    {
        var name = Unique("市北区不能审的人才驿站");
        var station = await app.SubmittedAsync(Qingdao, name);
        var shibei = await app.CreateStaffAsync("370203", Roles.Officer);
        using var other = await app.ClientAsync(Via.Cookie, shibei.UserName, shibei.Password);
        using var city = await app.ClientAsync(Via.Cookie, DemoUsers.QingdaoOfficer);
        var today = (await app.WithServicesAsync(s => Task.FromResult(s.GetRequiredService<ChinaClock>().Today)))
            .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        using var otherPage = await other.GetAsync($"/Stations/Accreditation/Application?id={station.Id}", Ct);
        using var otherVisit = await app.ActAsync(other, station.Id, "Visit", new() { ["visitedOn"] = today, ["findings"] = "越区查看" }, "/Workspace/Home");
        using var otherPass = await app.ActAsync(other, station.Id, "Pass", tokenFrom: "/Workspace/Home");
        var cityPage = await PageAsync(city, $"/Stations/Accreditation/Application?id={station.Id}");
        using var cityVisit = await app.ActAsync(city, station.Id, "Visit", new() { ["visitedOn"] = today, ["findings"] = "代区查看" });
        using var cityPass = await app.ActAsync(city, station.Id, "Pass");
        var after = await app.StationAsync(station.Id);

        Assert.Equal(HttpStatusCode.NotFound, otherPage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherVisit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherPass.StatusCode);
        Assert.DoesNotContain("data-testid=\"stage-actions\"", cityPage, StringComparison.Ordinal);
        Assert.Contains(NotYourStage, await TextAsync(cityVisit), StringComparison.Ordinal);
        Assert.Contains(NotYourStage, await TextAsync(cityPass), StringComparison.Ordinal);
        Assert.Equal((StationStatus.InReview, 0, station.Version), (after.Status, after.StageIndex, after.Version));
        Assert.Equal([StepAction.Submitted], (await app.StepsAsync(station.Id)).Select(s => s.Action));
    }

    [Fact]
    public async Task Score_JiangsuExpert_CannotReachAQingdaoApplication()
    {
        var station = await AtQingdaoProgramStageAsync(Unique("江苏专家不能评的人才驿站"), scored: false);
        using var expert = await app.ClientAsync(Via.Cookie, DemoUsers.JiangsuExperts[0]);

        using var page = await expert.GetAsync($"/Stations/Accreditation/Application?id={station.Id}", Ct);
        using var scored = await app.ActAsync(expert, station.Id, "Score", new() { ["score"] = "95", ["recommend"] = "true" }, "/Workspace/Home");
        var byService = await app.AsAsync(StationActor.JiangsuExperts[1], s => s.ScoreAsync(station.Id, 95, recommend: true, null, Ct));

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, scored.StatusCode);
        Assert.Equal("stations.not_found", byService.Error?.Code);
        Assert.Empty(await app.ScoresAsync(station.Id));
    }

    [Fact]
    public async Task Apply_AnotherOperator_CannotOpenOrEditTheApplication()
    {
        var program = await app.ProgramAsync(Qingdao);
        var name = Unique("别人的申报人才驿站");
        var draft = await app.DraftAsync(Qingdao, QingdaoForm(program.Id, name));
        var intruder = await app.CreateStaffAsync(DemoData.Shinan, Roles.StationOperator);
        using var browser = await app.ClientAsync(Via.Cookie, intruder.UserName, intruder.Password);
        var form = QingdaoForm(program.Id, name + "（被改）");

        using var open = await browser.GetAsync($"/Stations/Accreditation/Apply?id={draft.Id}", Ct);
        using var edit = await PostApplyAsync(browser, "Save", Fields(form, draft.Id, draft.Version), [], "/Workspace/Home");
        using var submit = await PostApplyAsync(browser, "Submit", Fields(form, draft.Id, draft.Version), [], "/Workspace/Home");
        var mine = await PageAsync(browser, "/Stations/Mine");
        using var evidence = await browser.GetAsync($"/Stations/Mine?handler=Evidence&id={draft.Id}&evidence=" +
            await app.WithDbAsync(db => db.StationEvidence.IgnoreQueryFilters().Where(e => e.StationId == draft.Id).Select(e => e.Id).FirstAsync(Ct)), Ct);
        var after = await app.StationAsync(draft.Id);

        Assert.Equal(HttpStatusCode.NotFound, open.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, submit.StatusCode);
        Assert.DoesNotContain(name, mine, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, evidence.StatusCode);
        Assert.Equal((name, StationStatus.Draft, draft.Version), (after.Name, after.Status, after.Version));
        Assert.Null(await app.StationNamedAsync(name + "（被改）"));
    }

    [Fact]
    public async Task Pass_TwoCityOfficersAtOnceWithTheSameVersion_OneWins_TheOtherIsToldOfTheConflict_NothingDoubled()
    {
        var name = Unique("并发测试人才驿站");
        var station = await AtQingdaoProgramStageAsync(name);
        var second = await app.CreateStaffAsync(DemoData.Qingdao, Roles.Officer);
        var officers = new[] { StationActor.QingdaoOfficer, new StationActor(second.UserName, DemoData.Qingdao, Roles.Officer) };

        Result<Station>[] results;
        await using (var hold = await WritesHeldAsync(station.Id))
        {
            // Both read the station as it is now; their saves wait on the held row, then meet each other. On the thread pool, as
            // requests run: SQLite's driver waits for its lock by blocking its thread.
            var passes = officers.Select(o => Task.Run(() => app.AsAsync(o, s => s.PassAsync(station.Id, station.Version, "同意。", Ct)), Ct)).ToArray();
            await hold.WhenWaitingAsync(passes.Length);
            await hold.ReleaseAsync();
            results = await Task.WhenAll(passes);
        }
        var after = await app.StationAsync(station.Id);
        var steps = await app.StepsAsync(station.Id);
        var notices = (await app.ToldWhoAsync(NotificationKinds.StationInPublicNotice, name)).Count;

        Assert.Single(results, r => !r.IsError);
        var lost = Assert.Single(results, r => r.IsError);
        Assert.Equal(("stations.conflict", "该记录已被他人修改，请刷新后重试。"), (lost.Error!.Code, lost.Error.Message));
        Assert.Equal((StationStatus.PublicNotice, station.Version + 1), (after.Status, after.Version));
        Assert.Single(steps, s => s.Action == StepAction.Passed && s.StageKey == "program");
        Assert.Single(steps, s => s.Action == StepAction.NoticeStarted);
        Assert.Equal(1, notices);
    }

    /// <summary>Holds the station's row (PostgreSQL) or the database's write lock (SQLite) from a connection of the test's, so
    /// that concurrent saves of it wait until <see cref="Held.ReleaseAsync"/>.</summary>
    private async Task<Held> WritesHeldAsync(Guid stationId)
    {
        var connection = await app.OpenConnectionAsync();
        var transaction = await connection.BeginTransactionAsync(Ct);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        if (app.Provider == DatabaseProvider.Postgres)
        {
            command.CommandText = "SELECT 1 FROM stations_station WHERE \"Id\" = @id FOR UPDATE";
            var parameter = command.CreateParameter();
            (parameter.ParameterName, parameter.Value) = ("id", stationId);
            command.Parameters.Add(parameter);
        }
        else command.CommandText = "UPDATE stations_station SET \"Version\" = \"Version\" WHERE 0 = 1"; // takes the write lock
        await command.ExecuteNonQueryAsync(Ct);
        return new Held(connection, transaction, app.Provider == DatabaseProvider.Postgres ? await app.OpenConnectionAsync() : null);
    }

    private sealed class Held(DbConnection connection, DbTransaction transaction, DbConnection? watcher) : IAsyncDisposable
    {
        private bool _released;

        /// <summary>Until <paramref name="count"/> sessions wait on a lock in this database (PostgreSQL), or a while (SQLite, which
        /// cannot tell: its writers retry until the lock is free).</summary>
        public async Task WhenWaitingAsync(int count)
        {
            if (watcher is null)
            {
                await Task.Delay(TimeSpan.FromSeconds(3), Ct);
                return;
            }
            for (var tries = 0; tries < 300; tries++)
            {
                await using var query = watcher.CreateCommand();
                query.CommandText = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'";
                if (Convert.ToInt32(await query.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture) >= count) return;
                await Task.Delay(100, Ct);
            }
            throw new TimeoutException($"{count} saves never waited on the held station.");
        }

        public async Task ReleaseAsync()
        {
            if (_released) return;
            _released = true;
            await transaction.RollbackAsync(Ct);
        }

        public async ValueTask DisposeAsync()
        {
            await ReleaseAsync();
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
            if (watcher is not null) await watcher.DisposeAsync();
        }
    }
}
