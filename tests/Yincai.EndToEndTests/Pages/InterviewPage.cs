using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>邀请面试: the employer's invitation form for one applicant (Modules/Jobs/Own/Interview.cshtml).</summary>
public sealed class InterviewPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Jobs/Own/Interview";

    protected override string ScreenshotName => "interview";

    public ILocator StartsAt => Main.GetByLabel("面试时间（北京时间）");

    public ILocator Place => Main.GetByLabel("面试地点");

    public ILocator ContactName => Main.GetByLabel("联系人", new() { Exact = true });

    public ILocator ContactPhone => Main.GetByLabel("联系电话");

    public ILocator Notes => Main.GetByLabel("备注（携带材料、到达方式等）");

    public ILocator SendButton => Main.GetByRole(AriaRole.Button, new() { Name = "发送邀请" });

    public ILocator Errors => Main.GetByRole(AriaRole.Alert);
}
