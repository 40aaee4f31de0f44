using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>政策找人: the runs and whom they found (Modules/Benefits/Runs.cshtml).</summary>
public sealed class BenefitRunsPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Benefits/Runs";

    protected override string ScreenshotName => "benefit-runs";

    public ILocator IncrementalButton => Main.GetByRole(AriaRole.Button, new() { Name = "增量比对", Exact = true });

    public ILocator Runs => Main.GetByTestId("run");

    public ILocator Finding(string name) => Main.GetByTestId("finding").Filter(new() { HasText = name });
}

/// <summary>补贴申领: a claim, filled in or as made (Modules/Benefits/Claim.cshtml).</summary>
public sealed class BenefitClaimPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Benefits/Claim";

    protected override string ScreenshotName => "benefit-claim";

    public ILocator Conditions => Main.GetByTestId("condition");

    public ILocator Verified => Main.GetByTestId("verified");

    public ILocator EvidenceInputs => Main.GetByTestId("evidence");

    public ILocator Amount => Main.GetByTestId("amount");

    public ILocator Status => Main.GetByTestId("status");

    public ILocator Input(string fact) => Main.GetByTestId("input").Filter(new() { HasText = fact });

    public ILocator SubmitButton => Main.GetByRole(AriaRole.Button, new() { Name = "提交申领", Exact = true });

    public ILocator ApproveButton => Main.GetByRole(AriaRole.Button, new() { Name = "审核通过", Exact = true });
}

/// <summary>补贴审核: the officers' queue (Modules/Benefits/Applications.cshtml).</summary>
public sealed class BenefitApplicationsPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Benefits/Applications";

    protected override string ScreenshotName => "benefit-applications";

    public ILocator Row(string name) => Main.GetByTestId("application").Filter(new() { HasText = name });

    public ILocator Link(string name) => Row(name).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
}

/// <summary>我的补贴 (Modules/Benefits/Mine.cshtml).</summary>
public sealed class MyBenefitsPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Benefits/Mine";

    protected override string ScreenshotName => "my-benefits";

    public ILocator Option(string benefit) => Main.GetByTestId("option").Filter(new() { HasText = benefit });

    public ILocator ClaimLink(string benefit) => Main.GetByTestId("claims").GetByRole(AriaRole.Link, new() { Name = benefit, Exact = true });

    public ILocator ClaimStatus(string benefit) => Main.GetByTestId("claims").GetByRole(AriaRole.Row).Filter(new() { HasText = benefit }).GetByTestId("claim-status");
}

/// <summary>补贴拨付: payment batches (Modules/Benefits/Batches.cshtml).</summary>
public sealed class BenefitBatchesPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Benefits/Batches";

    protected override string ScreenshotName => "benefit-batches";

    public ILocator CreateButton => Main.GetByRole(AriaRole.Button, new() { Name = "生成拨付批次", Exact = true });

    public ILocator Batches => Main.GetByTestId("batch");
}

/// <summary>补贴项目与规则 (Modules/Benefits/Manage.cshtml).</summary>
public sealed class BenefitManagePage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Benefits/Manage";

    protected override string ScreenshotName => "benefit-manage";

    public ILocator Benefit(string name) => Main.GetByTestId("own-benefit").Filter(new() { HasText = name });

    public ILocator RulesForm => Main.GetByTestId("rules-form");
}
