using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>An event's public page (Modules/Events/View.cshtml); talents register here.</summary>
public sealed class EventPage(BrowserSession session, Guid eventId) : BasePage(session)
{
    public override string PagePath => "/Events/View";

    protected override string ScreenshotName => "event";

    public Task OpenAsync() => Page.GotoAsync($"{PagePath}?id={eventId}");

    public ILocator RegisterButton => Main.GetByRole(AriaRole.Button, new() { Name = "立即报名", Exact = true });
}
