using Yincai.Modules.Stations.Accreditation;
using Yincai.Modules.Stations.Programs;
using static Yincai.IntegrationTests.Modules.Stations.StationTestData;

namespace Yincai.IntegrationTests.Modules.Stations;

/// <summary>
/// The conditions of the two notices, checked when an operator submits (STN-01..05, RET-01..06): each application here meets
/// every condition but one, and the refusal names that condition (its label, the missing item, the staff row) in Chinese,
/// leaving the draft as it was. Then the window of applications (STN-07) and the programs page (STN-08, STN-09).
/// </summary>
public sealed class StationConditionTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A draft of <paramref name="program"/> with <paramref name="change"/> made to its complete form (and only the files of
    /// <paramref name="files"/>, when given), then submitted.</summary>
    private async Task<(Station Draft, Result<Station> Submitted)> SubmitWithAsync(string program, Action<StationForm> change,
        IReadOnlyList<string>? files = null)
    {
        var programId = (await app.ProgramAsync(program)).Id;
        var form = Form(program, programId, Unique(program == Qingdao ? "条件测试人才驿站" : "条件测试留学人员之家"));
        change(form);
        var uploads = Files(program).Where(f => files is null || files.Contains(f.ConditionKey)).ToList();
        var draft = await app.DraftAsync(program, form, uploads);
        return (draft, await app.SubmitAsync(program, draft.Id));
    }

    /// <summary>Refused with exactly <paramref name="message"/> for <paramref name="field"/>, and the draft is untouched: no status,
    /// version or record changed.</summary>
    private async Task AssertRefusedAsync((Station Draft, Result<Station> Submitted) attempt, string code, string message, string field)
    {
        var (draft, submitted) = attempt;
        Assert.True(submitted.IsError, "The application was submitted although a condition is not met.");
        Assert.Equal((code, message, field), (submitted.Error!.Code, submitted.Error.Message, submitted.Error.Field));
        var after = await app.StationAsync(draft.Id);
        Assert.Equal((StationStatus.Draft, draft.Version, (DateTime?)null), (after.Status, after.Version, after.SubmittedAtUtc));
        Assert.Empty(await app.StepsAsync(draft.Id));
    }

    /// <summary>Edits the draft with <paramref name="change"/> (no new files) and submits it again: the fixed application goes in.</summary>
    private async Task AssertAcceptedAfterAsync(string program, Station draft, Action<StationForm> change)
    {
        var form = StationForm.From(await app.StationAsync(draft.Id));
        change(form);
        var version = (await app.StationAsync(draft.Id)).Version;
        Expect(await app.AsAsync(OperatorOf(program), s => s.EditAsync(draft.Id, version, form, [], Ct)));
        var submitted = await app.SubmitAsync(program, draft.Id);
        Assert.False(submitted.IsError, submitted.Error?.Message);
        Assert.Equal((StationStatus.InReview, 0), (submitted.Value!.Status, submitted.Value.StageIndex));
    }

    [Fact]
    [Trait("Rule", "STN-01")]
    public async Task Submit_VenueWithoutMultimediaAndProjector_IsRefusedNamingTheMissingItems() =>
        await AssertRefusedAsync(await SubmitWithAsync(Qingdao, f => f.Answers["venue"].Ticked.RemoveAll(t => t is "multimedia" or "projector")),
            "stations.items_missing", "“洽谈和休闲场地及会议设施”尚缺：多媒体设备、大屏幕投影。", "Answers[venue]");

    [Fact]
    [Trait("Rule", "STN-02")]
    public async Task Submit_ActionPlanWithoutIndustry_IsRefusedAskingForTheIndustry() =>
        await AssertRefusedAsync(await SubmitWithAsync(Qingdao, f => f.Answers["plan"].Industry = null),
            "stations.industry_missing", "“针对特定行业产业的引才聚才行动计划”请选择面向的行业。", "Answers[plan].Industry");

    [Fact]
    [Trait("Rule", "STN-03")]
    public async Task Submit_NoLodgingPlan_IsRefusedAskingForIt() =>
        await AssertRefusedAsync(await SubmitWithAsync(Qingdao, f => f.Answers.Remove("lodging")),
            "stations.text_missing", "请填写“短期特价居住方案”。", "Answers[lodging]");

    [Fact]
    [Trait("Rule", "STN-04")]
    public async Task Submit_TwoStaff_IsRefused_AThirdMakesItGoIn()
    {
        var attempt = await SubmitWithAsync(Qingdao, f => f.Staff.RemoveAt(2));

        await AssertRefusedAsync(attempt, "stations.staff_too_few", "服务人员应不少于3名，现有2名。", "Staff");
        await AssertAcceptedAfterAsync(Qingdao, attempt.Draft,
            f => f.Staff.Add(new StationForm.StaffInput { Name = "李专员", Role = "兼职联络员", Degree = StaffDegree.Bachelor }));
    }

    [Fact]
    [Trait("Rule", "STN-05")]
    public async Task Submit_SafetyRulesMissing_IsRefusedNamingThem() =>
        await AssertRefusedAsync(await SubmitWithAsync(Qingdao, f => f.Answers["rules"].Ticked.Remove("safety")),
            "stations.items_missing", "“日常运作制度”尚缺：安全管理制度。", "Answers[rules]");

    [Fact]
    [Trait("Rule", "STN-05")]
    public async Task Submit_RulesWithoutTheirFile_IsRefusedAskingForTheFile() =>
        await AssertRefusedAsync(await SubmitWithAsync(Qingdao, _ => { }, files: ["venue", "plan"]),
            "stations.evidence_missing", "“日常运作制度”需上传证明材料。", "evidence_rules");

    [Fact]
    [Trait("Rule", "RET-01")]
    public async Task Submit_499Served_IsRefused_500GoesIn()
    {
        var attempt = await SubmitWithAsync(Jiangsu, f => f.Answers["served"].Number = 499);

        await AssertRefusedAsync(attempt, "stations.number_too_low", "“上年度服务留学人员和海外人才人次”应不少于500，填写的是499。", "Answers[served]");
        await AssertAcceptedAfterAsync(Jiangsu, attempt.Draft, f => f.Answers["served"].Number = 500);
    }

    [Fact]
    [Trait("Rule", "RET-02")]
    public async Task Submit_VenueWithoutExchangeArea_IsRefusedNamingIt() =>
        await AssertRefusedAsync(await SubmitWithAsync(Jiangsu, f => f.Answers["venue"].Ticked.Remove("exchange")),
            "stations.items_missing", "“服务场所功能区域”尚缺：交流区域。", "Answers[venue]");

    [Fact]
    [Trait("Rule", "RET-03")]
    public async Task Submit_StaffMemberBelowCollege_IsRefusedNamingTheRow() =>
        await AssertRefusedAsync(await SubmitWithAsync(Jiangsu, f => f.Staff[1].Degree = StaffDegree.BelowCollege),
            "stations.staff_degree", "第2行服务人员“吴老师”的学历应为大专或以上。", "Staff[1].Degree");

    [Fact]
    [Trait("Rule", "RET-03")]
    public async Task Submit_StaffMemberWithoutEnglish_IsRefusedNamingTheRow() =>
        await AssertRefusedAsync(await SubmitWithAsync(Jiangsu, f => f.Staff[2].English = false),
            "stations.staff_english", "第3行服务人员“郑老师”需具备一定英语沟通能力。", "Staff[2].English");

    [Fact]
    [Trait("Rule", "RET-03")]
    public async Task Submit_TwoManagers_IsRefused() =>
        await AssertRefusedAsync(await SubmitWithAsync(Jiangsu, f => f.Staff.RemoveAt(0)),
            "stations.staff_too_few", "服务人员应不少于3名，现有2名。", "Staff");

    [Fact]
    [Trait("Rule", "RET-04")]
    public async Task Submit_EquipmentWithoutInformationKiosk_IsRefusedNamingIt() =>
        await AssertRefusedAsync(await SubmitWithAsync(Jiangsu, f => f.Answers["equipment"].Ticked.Remove("kiosk")),
            "stations.items_missing", "“服务设备”尚缺：信息查询设备。", "Answers[equipment]");

    [Fact]
    [Trait("Rule", "RET-05")]
    public async Task Submit_NoPublishedServicesAndRules_IsRefusedAskingForThem() =>
        await AssertRefusedAsync(await SubmitWithAsync(Jiangsu, f => f.Answers["rules"].Text = "  "),
            "stations.text_missing", "请填写“服务项目、服务流程和管理制度（对服务对象公示）”。", "Answers[rules]");

    [Fact]
    [Trait("Rule", "RET-06")]
    public async Task Submit_NoMatchingOfPeopleToPosts_IsRefusedAskingForIt() =>
        await AssertRefusedAsync(await SubmitWithAsync(Jiangsu, f => f.Answers.Remove("matching")),
            "stations.text_missing", "请填写“产才对接能力”。", "Answers[matching]");

    [Fact]
    [Trait("Rule", "STN-03")]
    [Trait("Rule", "STN-04")]
    public async Task ApplyPage_SubmitWithTwoConditionsUnmet_KeepsTheDraftAndListsBothInChinese()
    {
        var program = await app.ProgramAsync(Qingdao);
        var name = Unique("页面条件测试人才驿站");
        var form = QingdaoForm(program.Id, name);
        form.Answers.Remove("lodging");
        form.Staff.RemoveAt(2);
        using var applicant = await app.ClientAsync(Via.Cookie, StationActor.QingdaoOperator.UserName);

        using var response = await PostApplyAsync(applicant, "Submit", Fields(form), Files(Qingdao), $"/Stations/Accreditation/Apply?program={program.Id}");
        var draft = await app.StationNamedAsync(name);
        var page = await PageAsync(applicant, response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(StationStatus.Draft, draft!.Status);
        Assert.Contains("草稿已保存，但尚未提交：", Element(page, "flash"), StringComparison.Ordinal);
        var unmet = Element(page, "apply-unmet");
        Assert.Contains("请填写“短期特价居住方案”。", unmet, StringComparison.Ordinal);
        Assert.Contains("服务人员应不少于3名，现有2名。", unmet, StringComparison.Ordinal);
        Assert.Equal(3, await app.WithDbAsync(db => db.StationEvidence.IgnoreQueryFilters().CountAsync(e => e.StationId == draft.Id, Ct)));
    }

    [Fact]
    [Trait("Rule", "STN-07")]
    public async Task Submit_WindowSetToThePilot_IsRefusedWithTheWindow_OnlyForQingdao_AndOnlyTheCitySetsIt()
    {
        var program = await app.ProgramAsync(Qingdao);
        var draft = await app.DraftAsync(Qingdao, QingdaoForm(program.Id, Unique("试点期外的人才驿站")));
        var byDistrict = await app.AsAsync(StationActor.ShinanOfficer, s => s.SetWindowAsync(program.Id, program.Version,
            new DateOnly(2020, 11, 1), new DateOnly(2021, 10, 31), Ct));
        Assert.Equal("stations.not_your_stage", byDistrict.Error?.Code);
        var set = await app.AsAsync(StationActor.QingdaoOfficer, s => s.SetWindowAsync(program.Id, program.Version,
            new DateOnly(2020, 11, 1), new DateOnly(2021, 10, 31), Ct));
        Result<Station> refused;
        Result<Station> jiangsu;
        try
        {
            Assert.False(set.IsError, set.Error?.Message);
            refused = await app.SubmitAsync(Qingdao, draft.Id);
            var home = await app.DraftAsync(Jiangsu, JiangsuForm((await app.ProgramAsync(Jiangsu)).Id, Unique("试点期不限的留学人员之家")));
            jiangsu = await app.SubmitAsync(Jiangsu, home.Id);
        }
        finally
        {
            // Other tests of this class submit Qingdao applications: the window as the program was loaded.
            var now = await app.ProgramAsync(Qingdao);
            Expect(await app.AsAsync(StationActor.QingdaoOfficer, s => s.SetWindowAsync(now.Id, now.Version, new DateOnly(2020, 11, 1), null, Ct)));
        }
        var afterRestore = await app.SubmitAsync(Qingdao, draft.Id);

        Assert.Equal(("stations.closed", "该项目当前不受理申报（受理期：2020年11月1日 至 2021年10月31日）。"), (refused.Error?.Code, refused.Error?.Message));
        Assert.False(jiangsu.IsError, jiangsu.Error?.Message);
        Assert.False(afterRestore.IsError, afterRestore.Error?.Message);
    }

    [Fact]
    [Trait("Rule", "STN-07")]
    public async Task Program_AsLoaded_CarriesThePilotAndTakesApplicationsFromItsStart()
    {
        var program = await app.ProgramAsync(Qingdao);

        Assert.Equal((new DateOnly(2020, 11, 1), new DateOnly(2021, 10, 31)), (program.Definition.PilotFrom, program.Definition.PilotTo));
        Assert.Equal(new DateOnly(2020, 11, 1), program.ApplicationsFrom);
        Assert.Null(program.ApplicationsUntil);
    }

    [Fact]
    [Trait("Rule", "STN-08")]
    [Trait("Rule", "STN-09")]
    [Trait("Rule", "STN-07")]
    public async Task ProgramsPage_ShowsQingdaosTargetsPilotAndFiveTypes()
    {
        using var officer = await app.ClientAsync(Via.Cookie, StationActor.QingdaoOfficer.UserName);

        var page = await PageAsync(officer, "/Stations/Programs");

        var qingdao = Element(page, "program-qd-talent-station");
        Assert.Matches("目标：站点10个左右、活动100次以上、人才资源配置10,?000次以上", qingdao);
        Assert.Contains("服务型、专业型、联谊型、创业型、综合型", qingdao, StringComparison.Ordinal);
        Assert.Contains("试点期：2020年11月1日 至 2021年10月31日", qingdao, StringComparison.Ordinal);
        Assert.Matches(@"\d+\s*<span class=""small text-muted""> / 10</span>", Element(qingdao, "program-figures"));
        var jiangsu = Element(page, "program-js-returnee-home");
        Assert.Contains("海外人才公共服务窗口、省级留学人员创业园", jiangsu, StringComparison.Ordinal);
        Assert.DoesNotContain("目标：", jiangsu, StringComparison.Ordinal);
    }
}
