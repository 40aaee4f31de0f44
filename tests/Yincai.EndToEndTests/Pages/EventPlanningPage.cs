using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>活动管理 (Modules/Events/Manage/Index.cshtml): the year's schedule and the region's events.</summary>
public sealed class EventPlanningPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Events/Manage";

    protected override string ScreenshotName => "event-planning";

    /// <summary>The month and week still to plan.</summary>
    public ILocator Next => Main.GetByTestId("schedule-next");

    /// <summary>The one line on the months and weeks already missed, which opens to their list.</summary>
    public ILocator Missed => Main.GetByTestId("schedule-missed");

    public ILocator MissedList => Missed.GetByText("以下周次没有专场招聘会");

    public ILocator FirstEvent => Main.GetByTestId("event-row").First;
}
