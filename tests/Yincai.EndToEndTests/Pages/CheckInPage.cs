using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>The door's check-in page (Modules/Events/Manage/CheckIn.cshtml).</summary>
public sealed class CheckInPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Events/Manage/CheckIn";

    protected override string ScreenshotName => "check-in";

    public ILocator Code => Main.GetByLabel("入场码", new() { Exact = true });

    public ILocator SubmitButton => Main.GetByRole(AriaRole.Button, new() { Name = "签到", Exact = true });

    public ILocator Accepted => Main.GetByTestId("checkin-accepted");

    public ILocator Refused => Main.GetByTestId("checkin-refused");
}
