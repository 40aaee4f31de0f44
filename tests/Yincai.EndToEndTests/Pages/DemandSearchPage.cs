using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>技术与项目需求: the public list of employers' project demands (Modules/Jobs/Demands/Index.cshtml).</summary>
public sealed class DemandSearchPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Jobs/Demands";

    protected override string ScreenshotName => "demand-search";

    private ILocator SearchForm => Main.GetByRole(AriaRole.Search);

    public ILocator Industry => SearchForm.GetByRole(AriaRole.Combobox, new() { Name = "所属行业", Exact = true });

    public ILocator SearchButton => SearchForm.GetByRole(AriaRole.Button, new() { Name = "搜索", Exact = true });

    /// <summary>共找到 N 个项目需求.</summary>
    public ILocator ResultCount => Main.GetByTestId("demand-count");

    public ILocator Tab(string name) => Main.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
}
