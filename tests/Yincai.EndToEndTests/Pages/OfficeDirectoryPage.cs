using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>公共就业人才服务机构: the public directory of service offices (Modules/Regions/Directory.cshtml).</summary>
public sealed class OfficeDirectoryPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Offices";

    protected override string ScreenshotName => "office-directory";

    public ILocator Offices => Main.GetByTestId("office");
}
