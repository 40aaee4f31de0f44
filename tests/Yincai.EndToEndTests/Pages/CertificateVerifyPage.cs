using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>The public certificate check (Modules/Ambassadors/Verify.cshtml).</summary>
public sealed class CertificateVerifyPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Ambassadors/Verify";

    protected override string ScreenshotName => "certificate-verify";

    public ILocator State => Main.GetByTestId("verify-state");

    public ILocator Name => Main.GetByTestId("verify-name");
}
