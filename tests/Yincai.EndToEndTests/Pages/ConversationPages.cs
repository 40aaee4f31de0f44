using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>求职意向: the talent's wanted positions and intention (Modules/Talents/Profile/Intention.cshtml).</summary>
public sealed class IntentionPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Talents/Profile/Intention";

    protected override string ScreenshotName => "intention";

    /// <summary>The occupation of wanted position <paramref name="row"/> (0 = most wanted).</summary>
    public ILocator Occupation(int row) => Main.Locator($"#position-{row}-occupation");

    public ILocator SaveButton => Main.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).Last;

    public ILocator StatusMessage => Main.GetByRole(AriaRole.Status);
}

/// <summary>招聘沟通: one conversation between a talent and an employer (Modules/Jobs/Messages/View.cshtml).</summary>
public sealed class ConversationPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Jobs/Messages/View";

    protected override string ScreenshotName => "conversation";

    public ILocator Messages => Main.GetByTestId("message");

    public ILocator Body => Main.GetByLabel("消息", new() { Exact = true });

    public ILocator SendButton => Main.GetByRole(AriaRole.Button, new() { Name = "发送", Exact = true });
}

/// <summary>招聘沟通: the list of a talent's or employer's conversations (Modules/Jobs/Messages/Index.cshtml).</summary>
public sealed class ConversationsPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Jobs/Messages";

    protected override string ScreenshotName => "conversations";

    public ILocator Conversation(string text) => Main.GetByTestId("conversation").Filter(new() { HasText = text });

    public ILocator Unread(string text) => Conversation(text).GetByTestId("unread");
}
