using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>两步验证: the code asked for after the password (Modules/Accounts/LoginWith2fa.cshtml).</summary>
public sealed class TwoFactorLoginPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Accounts/LoginWith2fa";

    protected override string ScreenshotName => "login-2fa";

    public ILocator Code => Page.GetByLabel("验证码或恢复码", new() { Exact = true });

    public ILocator VerifyButton => Main.GetByRole(AriaRole.Button, new() { Name = "验证", Exact = true });

    public async Task VerifyAsync(string code)
    {
        await Code.FillAsync(code);
        await VerifyButton.ClickAsync();
    }
}
