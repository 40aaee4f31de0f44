using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>未就业毕业生: the officers' work list of the real-name database, contacts owed first (Modules/Graduates/Index.cshtml).</summary>
public sealed class GraduatesPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Graduates";

    protected override string ScreenshotName => "graduates";

    /// <summary>The row of a graduate, by the masked name the list shows (张*雨).</summary>
    public ILocator Row(string maskedName) => Main.GetByTestId("graduate-row")
        .Filter(new() { Has = Page.GetByRole(AriaRole.Link, new() { Name = maskedName, Exact = true }) });

    public ILocator Link(string maskedName) => Row(maskedName).GetByRole(AriaRole.Link, new() { Name = maskedName, Exact = true });

    public ILocator ComplianceLink => Main.GetByRole(AriaRole.Link, new() { Name = "服务时限与就业率", Exact = true });
}
