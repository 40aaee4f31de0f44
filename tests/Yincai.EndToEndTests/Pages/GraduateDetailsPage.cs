using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Yincai.EndToEndTests.Pages;

/// <summary>One graduate for the officers of their county: the contact deadline, services and where they went
/// (Modules/Graduates/Details.cshtml).</summary>
public sealed class GraduateDetailsPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Graduates/Details";

    protected override string ScreenshotName => "graduate-details";

    /// <summary>The badge beside the name: 未就业, 已就业, ….</summary>
    public ILocator Outcome => Main.GetByTestId("outcome");

    /// <summary>请在…前完成首次联系（登记后5个工作日）。</summary>
    public ILocator Due => Main.GetByTestId("due");

    /// <summary>2026年 1 次 · 未达标: targeted services this year, and whether they meet the standard in force.</summary>
    public ILocator ServiceCount => Main.GetByTestId("service-count");

    /// <summary>The note after a change, such as 已记录服务。.</summary>
    public ILocator Notice(string text) => Main.GetByRole(AriaRole.Status).Filter(new() { HasText = text });

    private ILocator ServiceForm => Main.GetByTestId("service-form");

    public ILocator ServiceKind => ServiceForm.GetByLabel("服务类型", new() { Exact = true });

    public ILocator ServiceChannel => ServiceForm.GetByLabel("方式", new() { Exact = true });

    public ILocator ServiceDate => ServiceForm.GetByLabel("日期", new() { Exact = true });

    public ILocator ServiceOutcome => ServiceForm.GetByLabel("服务内容及结果", new() { Exact = true });

    public ILocator RecordServiceButton => ServiceForm.GetByRole(AriaRole.Button, new() { Name = "记录服务", Exact = true });

    /// <summary>The services recorded, newest first.</summary>
    public ILocator Services => Main.GetByTestId("services").Locator("tbody tr");

    private ILocator OutcomeForm => Main.GetByTestId("outcome-form");

    public ILocator NewOutcome => OutcomeForm.GetByLabel("去向", new() { Exact = true });

    public ILocator OutcomeDate => OutcomeForm.GetByLabel("去向落实日期", new() { Exact = true });

    public ILocator EmployerName => OutcomeForm.GetByLabel("单位名称", new() { Exact = true });

    public ILocator Evidence => OutcomeForm.GetByLabel("证明材料", new() { Exact = true });

    public ILocator RecordOutcomeButton => OutcomeForm.GetByRole(AriaRole.Button, new() { Name = "记录去向", Exact = true });

    /// <summary>The outcomes recorded, newest first.</summary>
    public ILocator Outcomes => Main.GetByTestId("outcomes").Locator("li");

    /// <summary>Records one service and waits for the page to say so.</summary>
    public async Task RecordServiceAsync(string kind, string channel, string isoDate, string outcome)
    {
        await ServiceKind.SelectOptionAsync(new SelectOptionValue { Label = kind });
        await ServiceChannel.SelectOptionAsync(new SelectOptionValue { Label = channel });
        await ServiceDate.FillAsync(isoDate);
        await ServiceOutcome.FillAsync(outcome);
        await RecordServiceButton.ClickAsync();
        await Expect(Notice("已记录服务。")).ToBeVisibleAsync();
    }

    /// <summary>Records where the graduate went and waits for the page to say so.</summary>
    public async Task RecordOutcomeAsync(string outcome, string isoDate, string employerName, string evidence)
    {
        await NewOutcome.SelectOptionAsync(new SelectOptionValue { Label = outcome });
        await OutcomeDate.FillAsync(isoDate);
        await EmployerName.FillAsync(employerName);
        await Evidence.FillAsync(evidence);
        await RecordOutcomeButton.ClickAsync();
        await Expect(Notice("已记录去向。")).ToBeVisibleAsync();
    }
}
