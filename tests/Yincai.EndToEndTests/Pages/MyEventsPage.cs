using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>我的活动: the talent's event registrations (Modules/Events/Mine.cshtml).</summary>
public sealed class MyEventsPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Events/Mine";

    protected override string ScreenshotName => "my-events";

    public ILocator Empty => Main.GetByText("您还没有报名任何活动");
}
