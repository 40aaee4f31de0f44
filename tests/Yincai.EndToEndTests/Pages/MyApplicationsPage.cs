using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>我的申请: the talent's applications and how far each has got (Modules/Jobs/Applications/Index.cshtml).</summary>
public sealed class MyApplicationsPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Jobs/Applications";

    protected override string ScreenshotName => "my-applications";

    public ILocator Application(string jobTitle) => Main.GetByRole(AriaRole.Listitem).Filter(new() { HasText = jobTitle });

    public ILocator Status(string jobTitle) => Application(jobTitle).GetByTestId("application-status");

    public ILocator Interview(string jobTitle) => Application(jobTitle).GetByTestId("interview");

    public ILocator InterviewStatus(string jobTitle) => Application(jobTitle).GetByTestId("interview-status");

    public ILocator InterviewReply(string jobTitle) => Interview(jobTitle).GetByLabel("留言（可写方便的时间）");

    public ILocator InterviewButton(string jobTitle, string name) => Interview(jobTitle).GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    /// <summary>给用人单位留言: the application's conversation.</summary>
    public ILocator MessageEmployer(string jobTitle) => Application(jobTitle).GetByTestId("message-employer");
}
