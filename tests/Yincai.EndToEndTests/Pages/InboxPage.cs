using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>消息: the in-app inbox (Modules/Notifications/Index.cshtml).</summary>
public sealed class InboxPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Notifications";

    protected override string ScreenshotName => "inbox";

    public ILocator Message(string title) => Main.GetByRole(AriaRole.Listitem).Filter(new() { HasText = title });

    /// <summary>The bodies of the messages whose body text matches <paramref name="body"/>.</summary>
    public ILocator MessageBody(System.Text.RegularExpressions.Regex body) =>
        Main.GetByRole(AriaRole.Listitem).Locator("p").Filter(new() { HasTextRegex = body });

    public Task MarkReadAsync(string title) =>
        Message(title).GetByRole(AriaRole.Button, new() { Name = "标为已读", Exact = true }).ClickAsync();
}
