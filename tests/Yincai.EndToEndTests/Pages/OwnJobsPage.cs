using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>岗位管理: the employer's own jobs (Modules/Jobs/Own/Index.cshtml).</summary>
public sealed class OwnJobsPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Jobs/Own";

    protected override string ScreenshotName => "own-jobs";

    public ILocator Row(string title) =>
        Main.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }) });

    /// <summary>The 应聘人员 link of a job.</summary>
    public ILocator ApplicantsLink(string title) => Row(title).GetByRole(AriaRole.Link, new() { Name = "应聘人员", Exact = true });
}
