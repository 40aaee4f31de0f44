using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>申报人才驿站 / 留学人员之家: the program to apply to, then the application form (Modules/Stations/Accreditation/Apply.cshtml).</summary>
public sealed class StationApplyPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Stations/Accreditation/Apply";

    protected override string ScreenshotName => "station-apply";

    /// <summary>A program of the list shown before one is chosen, by its name (青岛市人才驿站).</summary>
    public ILocator Program(string name) => Main.GetByTestId("apply-programs").GetByRole(AriaRole.Link).Filter(new() { HasText = name });

    public ILocator Name => Page.GetByLabel("站点名称", new() { Exact = true });

    public ILocator Type => Page.GetByLabel("类型", new() { Exact = true });

    public ILocator OrganisationName => Page.GetByLabel("建站单位", new() { Exact = true });

    public ILocator OrganisationKind => Page.GetByLabel("建站单位类型", new() { Exact = true });

    public ILocator Region => Page.GetByLabel("所在地区", new() { Exact = true });

    public ILocator Address => Page.GetByLabel("地址", new() { Exact = true });

    public ILocator ContactName => Page.GetByLabel("联系人", new() { Exact = true });

    public ILocator ContactPhone => Page.GetByLabel("联系电话", new() { Exact = true });

    public ILocator Introduction => Page.GetByLabel("简介", new() { Exact = true });

    /// <summary>A service the station offers (免费职介, 特价住宿...), a checkbox.</summary>
    public ILocator Service(string label) => Page.GetByLabel(label, new() { Exact = true });

    /// <summary>The fieldset of one of the program's conditions, by its key (venue, plan, lodging, staff, rules).</summary>
    public ILocator Condition(string key) => Main.GetByTestId("condition-" + key);

    public ILocator ConditionText(string key) => Condition(key).Locator("textarea");

    public ILocator ConditionIndustry(string key) => Condition(key).GetByLabel("面向行业", new() { Exact = true });

    public ILocator ConditionEvidence(string key) => Condition(key).Locator("input[type=file]");

    /// <summary>The links to the files already uploaded for a condition.</summary>
    public ILocator ConditionFiles(string key) => Condition(key).GetByRole(AriaRole.Link);

    public ILocator StaffName(int row) => Condition("staff").GetByLabel($"姓名 {row + 1}", new() { Exact = true });

    public ILocator StaffRole(int row) => Condition("staff").GetByLabel($"职务 {row + 1}", new() { Exact = true });

    public ILocator StaffFullTime(int row) => Condition("staff").GetByLabel($"专职 {row + 1}", new() { Exact = true });

    public ILocator StaffDegree(int row) => Condition("staff").GetByLabel($"学历 {row + 1}", new() { Exact = true });

    /// <summary>提交前还需: what the application still lacks.</summary>
    public ILocator Unmet => Main.GetByTestId("apply-unmet");

    /// <summary>各项申报条件均已满足，可以提交。</summary>
    public ILocator Ready => Main.GetByTestId("apply-ready");

    public ILocator Errors => Main.GetByTestId("apply-errors");

    public ILocator Status => Main.GetByTestId("flash");

    /// <summary>Every status message in the page (the layout's and the page's own), which should be one.</summary>
    public ILocator StatusMessages => Main.GetByRole(AriaRole.Status);

    public ILocator SaveButton => Main.GetByTestId("apply-save");

    public ILocator SubmitButton => Main.GetByTestId("apply-submit");

    /// <summary>Ticks every item of a checklist condition.</summary>
    public async Task TickAllAsync(string conditionKey)
    {
        var boxes = Condition(conditionKey).GetByRole(AriaRole.Checkbox);
        var count = await boxes.CountAsync();
        Xunit.Assert.True(count > 0, $"The condition {conditionKey} has no checklist.");
        for (var i = 0; i < count; i++) await boxes.Nth(i).CheckAsync();
    }

    /// <summary>The application's id, from the address the page shows after its first save (?id=...).</summary>
    public Guid IdFromUrl()
    {
        var match = Regex.Match(Page.Url, @"[?&]id=([0-9a-fA-F-]{36})");
        Xunit.Assert.True(match.Success, $"No application id in {Page.Url}");
        return Guid.Parse(match.Groups[1].Value);
    }
}

/// <summary>我的站点: the operator's applications and stations (Modules/Stations/Mine.cshtml).</summary>
public sealed class StationMinePage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Stations/Mine";

    protected override string ScreenshotName => "station-mine";

    public ILocator Status => Main.GetByTestId("flash");

    /// <summary>Every status message in the page (the layout's and the page's own), which should be one.</summary>
    public ILocator StatusMessages => Main.GetByRole(AriaRole.Status);

    public ILocator Station(string name) => Main.GetByTestId("mine-station").Filter(new() { Has = Page.GetByRole(AriaRole.Heading, new() { Name = name, Exact = true }) });

    public ILocator StationStatus(string name) => Station(name).GetByTestId("mine-status");
}

/// <summary>站点审核: what waits for the signed-in officer or expert, then all in scope (Modules/Stations/Accreditation/Review.cshtml).</summary>
public sealed class StationReviewPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Stations/Accreditation/Review";

    protected override string ScreenshotName => "station-review";

    public ILocator Waiting(string name) => Main.GetByTestId("review-waiting").GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
}

/// <summary>One application as its reviewers see it, with what the viewer may do at its stage (Modules/Stations/Accreditation/Application.cshtml).</summary>
public sealed class StationApplicationPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Stations/Accreditation/Application";

    protected override string ScreenshotName => "station-application";

    public Task GotoAsync(Guid id) => GotoWithAsync($"?id={id}");

    private async Task GotoWithAsync(string query)
    {
        await Page.GotoAsync(PagePath + query);
        await AssertShownAsync();
    }

    public ILocator Status => Main.GetByTestId("application-status");

    public ILocator Stage => Main.GetByTestId("application-stage");

    public ILocator Done => Main.GetByTestId("flash");

    /// <summary>Every status message in the page (the layout's and the page's own), which should be one.</summary>
    public ILocator StatusMessages => Main.GetByRole(AriaRole.Status);

    public ILocator Errors => Main.GetByTestId("application-errors");

    public ILocator Unmet => Main.GetByTestId("application-unmet");

    public ILocator Steps => Main.GetByTestId("station-steps").Locator("li");

    public ILocator Scores => Main.GetByTestId("scores").Locator("li");

    // The stage's officers: site visit, pass, return, reject.
    public ILocator StageActions => Main.GetByTestId("stage-actions");

    public ILocator VisitedOn => StageActions.GetByLabel("查看日期", new() { Exact = true });

    public ILocator Findings => StageActions.GetByLabel("实地查看情况", new() { Exact = true });

    public ILocator RecordVisitButton => StageActions.GetByTestId("stage-visit");

    public ILocator Note => StageActions.GetByLabel("审核意见（选填）", new() { Exact = true });

    public ILocator PassButton => StageActions.GetByTestId("stage-pass");

    // An expert's score.
    public ILocator ScoreForm => Main.GetByTestId("expert-score");

    public ILocator Score => ScoreForm.GetByLabel("评分（0–100）", new() { Exact = true });

    public ILocator Recommend => ScoreForm.GetByLabel("同意推荐", new() { Exact = true });

    public ILocator Comment => ScoreForm.GetByLabel("评审意见", new() { Exact = true });

    public ILocator ScoreButton => ScoreForm.GetByTestId("score-submit");

    // The program's officers after the notice.
    public ILocator Decision => Main.GetByTestId("notice-decision");

    public ILocator NameButton => Decision.GetByTestId("decide-name");

    public ILocator Objections => Main.GetByTestId("objections");

    public ILocator ObjectionAnswer => Objections.GetByLabel("答复", new() { Exact = true });

    public ILocator AnswerButton => Objections.GetByTestId("objection-answer");

    public ILocator EvaluationLink => Main.GetByTestId("application-evaluation");
}

/// <summary>人才驿站与留学人员之家: the public list of named stations and of those in public notice (Modules/Stations/Index.cshtml).</summary>
public sealed class StationsPublicPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Stations";

    protected override string ScreenshotName => "stations";

    /// <summary>正在公示: the stations anyone may object to now.</summary>
    public ILocator InNotice => Main.GetByTestId("stations-in-notice");

    public ILocator InNoticeLink(string name) => InNotice.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    /// <summary>A named station's card in 已命名的站点.</summary>
    public ILocator Named(string name) =>
        Main.GetByTestId("stations-list").GetByTestId("station-card").Filter(new() { Has = Page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }) });
}

/// <summary>A station's public page; during its notice it takes objections (Modules/Stations/View.cshtml).</summary>
public sealed class StationViewPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Stations/View";

    protected override string ScreenshotName => "station-view";

    public ILocator Name => Main.GetByTestId("station-name");

    /// <summary>公示期：… 至 …</summary>
    public ILocator Notice => Main.GetByTestId("station-notice");

    public ILocator Certificate => Main.GetByTestId("station-certificate");

    public ILocator Services => Main.GetByTestId("station-services");

    public ILocator Published => Main.GetByTestId("station-published");

    public ILocator Objection => Page.GetByLabel("异议内容", new() { Exact = true });

    public ILocator ObjectButton => Main.GetByRole(AriaRole.Button, new() { Name = "提交异议", Exact = true });

    /// <summary>The status message after an objection (the page has no test id of its own for it).</summary>
    public ILocator Done => StatusMessages.First;

    /// <summary>Every status message in the page (the layout's and the page's own), which should be one.</summary>
    public ILocator StatusMessages => Main.GetByRole(AriaRole.Status);

}

/// <summary>站点证书查验: the public check of a station's certificate (Modules/Stations/Verify.cshtml).</summary>
public sealed class StationVerifyPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Stations/Verify";

    protected override string ScreenshotName => "station-verify";

    public ILocator Number => Main.GetByLabel("证书编号", new() { Exact = true });

    public ILocator CheckButton => Main.GetByRole(AriaRole.Button, new() { Name = "查验", Exact = true });

    public ILocator State => Main.GetByTestId("verify-state");

    public ILocator Result => Main.GetByTestId("verify-result");

    /// <summary>Types the number into the form and checks it, as a visitor holding the certificate does.</summary>
    public async Task CheckAsync(string number, string variant)
    {
        await Number.FillAsync(number);
        await CheckButton.ClickAsync();
        await AssertShownAsync(variant);
    }
}

/// <summary>年度评估 of a named station: open, the experts' scores per criterion, the conclusion (Modules/Stations/Evaluation/Index.cshtml).</summary>
public sealed class StationEvaluationPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Stations/Evaluation";

    protected override string ScreenshotName => "station-evaluation";

    public async Task GotoAsync(Guid stationId)
    {
        await Page.GotoAsync($"{PagePath}?id={stationId}");
        await AssertShownAsync();
    }

    public ILocator StationStatus => Main.GetByTestId("evaluation-station-status");

    public ILocator Status => Main.GetByTestId("evaluation-status");

    public ILocator Done => Main.GetByTestId("flash");

    /// <summary>Every status message in the page (the layout's and the page's own), which should be one.</summary>
    public ILocator StatusMessages => Main.GetByRole(AriaRole.Status);

    public ILocator Errors => Main.GetByTestId("evaluation-errors");

    public ILocator None => Main.GetByTestId("evaluation-none");

    public ILocator OpenButton => Main.GetByTestId("evaluation-open");

    public ILocator ScoreForm => Main.GetByTestId("evaluation-score-form");

    /// <summary>The score of one criterion, by its key (events, allocations, services, operation, satisfaction).</summary>
    public ILocator Criterion(string key) => ScoreForm.Locator($"#score-{key}");

    public ILocator Comment => ScoreForm.GetByLabel("评审意见", new() { Exact = true });

    public ILocator ScoreButton => Main.GetByTestId("evaluation-score-submit");

    public ILocator Scores => Main.GetByTestId("evaluation-scores").Locator("tbody tr");

    public ILocator ConcludeForm => Main.GetByTestId("evaluation-conclude-form");

    public ILocator ConcludeNote => ConcludeForm.GetByLabel("审核意见（选填）", new() { Exact = true });

    public ILocator ConcludeButton => Main.GetByTestId("evaluation-conclude");

    /// <summary>平均分40: the experts' average, once concluded.</summary>
    public ILocator Average(string average) => Main.GetByText("平均分" + average, new() { Exact = true });
}
