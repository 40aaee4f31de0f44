using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>我的申请: the talent's applications and how far each has got (Modules/Jobs/Applications/Index.cshtml).</summary>
public sealed class MyApplicationsPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Jobs/Applications";

    protected override string ScreenshotName => "my-applications";

    public ILocator Application(string jobTitle) => Main.GetByRole(AriaRole.Listitem).Filter(new() { HasText = jobTitle });

    public ILocator Status(string jobTitle) => Application(jobTitle).GetByTestId("application-status");
}
