using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>校园青年引才大使: the ambassadors of the officer's scope (Modules/Ambassadors/Index.cshtml).</summary>
public sealed class AmbassadorsPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Ambassadors";

    protected override string ScreenshotName => "ambassadors";

    public ILocator Ambassador(string name) => Main.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    public ILocator Deadline => Main.GetByTestId("deadline");
}
