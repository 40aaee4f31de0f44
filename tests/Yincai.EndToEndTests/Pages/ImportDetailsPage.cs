using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>导入详情 (Modules/Imports/Details.cshtml); reloads itself while the import runs.</summary>
public sealed class ImportDetailsPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Imports/Details";

    protected override string ScreenshotName => "import-details";

    public ILocator Status => Main.GetByTestId("import-status");

    public ILocator Result => Main.GetByTestId("import-result");
}
