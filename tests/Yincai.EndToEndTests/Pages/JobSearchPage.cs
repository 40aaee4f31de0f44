using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>找工作: the public job search (Modules/Jobs/Index.cshtml).</summary>
public sealed class JobSearchPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Jobs";

    protected override string ScreenshotName => "job-search";

    private ILocator SearchForm => Main.GetByRole(AriaRole.Search);

    public ILocator Keyword => SearchForm.GetByRole(AriaRole.Textbox, new() { Name = "职位、单位或关键词", Exact = true });

    public ILocator SearchButton => SearchForm.GetByRole(AriaRole.Button, new() { Name = "搜索", Exact = true });

    public ILocator Industry => SearchForm.GetByRole(AriaRole.Combobox, new() { Name = "所属行业", Exact = true });

    public ILocator MyDegree => SearchForm.GetByRole(AriaRole.Combobox, new() { Name = "我的学历（只看符合要求的岗位）", Exact = true });

    /// <summary>岗位 / 项目需求 / 人才项目: the tabs between the three public lists.</summary>
    public ILocator Tab(string name) => Main.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    /// <summary>共找到 N 个岗位.</summary>
    public ILocator ResultCount => Main.GetByTestId("job-count");

    /// <summary>A job in the results: a link whose name starts with the title.</summary>
    public ILocator Result(string title) => Main.GetByRole(AriaRole.Link).Filter(new() { HasText = title });

    public async Task SearchAsync(string keyword)
    {
        await Keyword.FillAsync(keyword);
        await SearchButton.ClickAsync();
    }
}
