using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>新建工作人员账号: the system admin's form, without a password (Modules/Accounts/Admin/Create.cshtml).</summary>
public sealed class AdminCreatePage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Accounts/Admin/Create";

    protected override string ScreenshotName => "staff-create";

    public ILocator UserName => Main.GetByLabel("用户名", new() { Exact = true });

    public ILocator DisplayName => Main.GetByLabel("姓名 / 单位名称", new() { Exact = true });

    public ILocator Role(string label) => Main.GetByLabel(label, new() { Exact = true });

    public ILocator Password => Main.Locator("input[type=password]");

    public ILocator CreateButton => Main.GetByRole(AriaRole.Button, new() { Name = "新建工作人员账号", Exact = true });
}
