using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>人才项目: the public list of talents' own projects (Modules/Jobs/Projects/Index.cshtml).</summary>
public sealed class ProjectSearchPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Jobs/Projects";

    protected override string ScreenshotName => "project-search";

    private ILocator SearchForm => Main.GetByRole(AriaRole.Search);

    public ILocator Stage => SearchForm.GetByRole(AriaRole.Combobox, new() { Name = "项目阶段", Exact = true });

    public ILocator SearchButton => SearchForm.GetByRole(AriaRole.Button, new() { Name = "搜索", Exact = true });

    /// <summary>共找到 N 个人才项目.</summary>
    public ILocator ResultCount => Main.GetByTestId("project-count");
}
