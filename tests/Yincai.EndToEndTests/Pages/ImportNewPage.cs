using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>新建导入 (Modules/Imports/New.cshtml).</summary>
public sealed class ImportNewPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Imports/New";

    protected override string ScreenshotName => "import-new";

    public ILocator Kind => Main.GetByLabel("导入内容", new() { Exact = true });

    public ILocator File => Main.GetByLabel("Excel 文件", new() { Exact = true });

    public ILocator SubmitButton => Main.GetByRole(AriaRole.Button, new() { Name = "上传并导入", Exact = true });
}
