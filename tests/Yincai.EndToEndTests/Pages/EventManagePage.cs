using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>An event's management page (Modules/Events/Manage/Details.cshtml): workflow buttons and counts.</summary>
public sealed class EventManagePage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Events/Manage/Details";

    protected override string ScreenshotName => "event-manage";

    public ILocator Status => Main.GetByTestId("event-status");

    public ILocator PublishButton => Main.GetByRole(AriaRole.Button, new() { Name = "发布", Exact = true });

    public ILocator CheckInLink => Main.GetByRole(AriaRole.Link, new() { Name = "签到", Exact = true });

    public ILocator Registered => Main.GetByTestId("count-registered");

    public ILocator Attended => Main.GetByTestId("count-attended");

    /// <summary>The event's id, from the page's address.</summary>
    public Guid EventId => Guid.Parse(new Uri(Page.Url).Query.Split("id=")[1].Split('&')[0]);
}
