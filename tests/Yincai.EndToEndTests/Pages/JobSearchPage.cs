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
