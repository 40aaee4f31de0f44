using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>备案批次 details (Modules/Ambassadors/Batch.cshtml): the city submits, the province decides each line.</summary>
public sealed class AmbassadorBatchPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Ambassadors/Batch";

    protected override string ScreenshotName => "ambassador-batch";

    public ILocator Status => Main.GetByTestId("batch-status");

    public ILocator SubmitButton => Main.GetByRole(AriaRole.Button, new() { Name = "报送省人社厅", Exact = true });

    public ILocator Line(string name) => Main.GetByTestId("line").Filter(new() { HasText = name });

    public ILocator AcceptButton(string name) => Main.GetByRole(AriaRole.Button, new() { Name = "接受 " + name, Exact = true });

    public ILocator ReturnButton(string name) => Main.GetByRole(AriaRole.Button, new() { Name = "退回 " + name, Exact = true });

    public ILocator ReasonFor(string name) => Line(name).GetByPlaceholder("退回理由");

    public Guid BatchId => Guid.Parse(new Uri(Page.Url).Query.Split("id=")[1].Split('&')[0]);
}
