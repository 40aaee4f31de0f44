using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>我的数据: the talent downloads all their data or asks for it to be deleted (Modules/Talents/Profile/Data.cshtml).</summary>
public sealed class MyDataPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Talents/Profile/Data";

    protected override string ScreenshotName => "my-data";

    /// <summary>The profile pages' own tab bar, which leads here from 个人信息.</summary>
    public ILocator ProfileTab(string name) => Main.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    public ILocator ExcelButton => Main.GetByRole(AriaRole.Button, new() { Name = "下载 Excel 文件", Exact = true });

    public ILocator JsonButton => Main.GetByRole(AriaRole.Button, new() { Name = "下载 JSON 文件", Exact = true });

    /// <summary>Clicks a download button; returns the file's suggested name and its bytes.</summary>
    public async Task<(string FileName, byte[] Content)> DownloadAsync(ILocator button)
    {
        var download = await Page.RunAndWaitForDownloadAsync(() => button.ClickAsync());
        var path = await download.PathAsync();
        return (download.SuggestedFilename, await File.ReadAllBytesAsync(path));
    }
}
