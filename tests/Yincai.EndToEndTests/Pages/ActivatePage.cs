using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>激活账号: a new staff member's one-time link, where they set their own password (Modules/Accounts/Activate.cshtml).</summary>
public sealed class ActivatePage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Accounts/Activate";

    protected override string ScreenshotName => "activate";

    public ILocator Password => Main.GetByLabel("新密码", new() { Exact = true });

    public ILocator ConfirmPassword => Main.GetByLabel("确认密码", new() { Exact = true });

    public ILocator SubmitButton => Main.GetByRole(AriaRole.Button, new() { Name = "设置密码并登录", Exact = true });

    public async Task ActivateAsync(string password)
    {
        await Password.FillAsync(password);
        await ConfirmPassword.FillAsync(password);
        await SubmitButton.ClickAsync();
    }
}
