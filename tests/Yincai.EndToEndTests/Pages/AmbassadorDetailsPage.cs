using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>One ambassador (Modules/Ambassadors/Details.cshtml).</summary>
public sealed class AmbassadorDetailsPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Ambassadors/Details";

    protected override string ScreenshotName => "ambassador-details";

    public ILocator Status => Main.GetByTestId("status");

    public ILocator CertificateLink => Main.GetByRole(AriaRole.Link, new() { Name = "下载证书 PDF", Exact = true });
}
