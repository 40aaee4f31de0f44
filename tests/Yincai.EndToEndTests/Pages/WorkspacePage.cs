using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>工作台, where staff land after signing in (Modules/Workspace/Home.cshtml).</summary>
public sealed class WorkspacePage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Workspace/Home";

    protected override string ScreenshotName => "workspace";

    /// <summary>管辖区域：青岛市 / Region of scope: 青岛市.</summary>
    public ILocator Scope(string text) => Main.GetByText(text, new() { Exact = true });

    /// <summary>A module tile, such as 服务机构.</summary>
    public ILocator Tile(string text) => Main.GetByRole(AriaRole.Link, new() { Name = text, Exact = true });

    /// <summary>为我推荐的岗位: a talent's best-matched jobs (Modules/Matching/_HomePanel.cshtml).</summary>
    public ILocator MatchedJobsPanel => Main.GetByTestId("home-matches");

    /// <summary>The jobs of <see cref="MatchedJobsPanel"/>, best first.</summary>
    public ILocator MatchedJobs => MatchedJobsPanel.GetByTestId("job-match");

    /// <summary>The panel's 查看全部 link to 为我推荐.</summary>
    public ILocator AllMatchesLink => MatchedJobsPanel.GetByRole(AriaRole.Link, new() { Name = "查看全部", Exact = true });
}
