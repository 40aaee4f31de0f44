using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>大使工作设置: filing deadlines and evaluation weights (Modules/Ambassadors/Settings.cshtml).</summary>
public sealed class AmbassadorSettingsPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Ambassadors/Settings";

    protected override string ScreenshotName => "ambassador-settings";

    public ILocator Deadlines => Main.GetByTestId("windows");

    public ILocator Weights => Main.GetByTestId("weights");
}
