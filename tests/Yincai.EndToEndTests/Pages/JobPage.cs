using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>One job, where a talent applies (Modules/Jobs/View.cshtml).</summary>
public sealed class JobPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Jobs/View";

    protected override string ScreenshotName => "job";

    public ILocator ApplyButton => Main.GetByRole(AriaRole.Button, new() { Name = "申请该岗位", Exact = true });

    /// <summary>您已申请该岗位，进展会通过站内消息通知您。</summary>
    public ILocator AppliedNotice => Main.GetByRole(AriaRole.Status).Filter(new() { HasText = "您已申请该岗位" });

    public ILocator Errors => Main.GetByRole(AriaRole.Alert);
}
