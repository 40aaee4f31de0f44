using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>首页, the public home page (Modules/Index.cshtml).</summary>
public sealed class PublicHomePage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/";

    protected override string ScreenshotName => "home";
}
