using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>注册账号 (Modules/Accounts/Register.cshtml).</summary>
public sealed class RegisterPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Accounts/Register";

    protected override string ScreenshotName => "register";

    /// <summary>我是: 求职者 / 人才 (the default) or 用人单位.</summary>
    public ILocator Kind(string text) => Main.GetByRole(AriaRole.Radio, new() { Name = text, Exact = true });

    public ILocator Mobile => Page.GetByLabel("手机号码", new() { Exact = true });

    public ILocator DisplayName => Page.GetByLabel("姓名 / 单位名称", new() { Exact = true });

    public ILocator Password => Page.GetByLabel("密码", new() { Exact = true });

    public ILocator ConfirmPassword => Page.GetByLabel("确认密码", new() { Exact = true });

    public ILocator RegisterButton => Main.GetByRole(AriaRole.Button, new() { Name = "注册", Exact = true });

    public async Task FillAsync(string mobile, string displayName, string password)
    {
        await Mobile.FillAsync(mobile);
        await DisplayName.FillAsync(displayName);
        await Password.FillAsync(password);
        await ConfirmPassword.FillAsync(password);
    }
}
