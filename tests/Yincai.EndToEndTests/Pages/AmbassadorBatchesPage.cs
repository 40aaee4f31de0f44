using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>备案批次 (Modules/Ambassadors/Batches.cshtml): the countdown and the city's batches.</summary>
public sealed class AmbassadorBatchesPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Ambassadors/Batches";

    protected override string ScreenshotName => "ambassador-batches";

    public ILocator Deadline => Main.GetByTestId("deadline");

    public ILocator BuildButton => Main.GetByRole(AriaRole.Button, new() { Name = "生成备案批次", Exact = true });
}
