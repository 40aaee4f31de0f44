using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>身份验证器（两步验证）: enrolling an authenticator app (Modules/Accounts/TwoFactor.cshtml).</summary>
public sealed class TwoFactorEnrolPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Accounts/TwoFactor";

    protected override string ScreenshotName => "two-factor";

    /// <summary>The notice that an admin must enrol before anything else.</summary>
    public ILocator RequiredNotice => Main.GetByRole(AriaRole.Alert).Filter(new() { HasText = "必须先开启两步验证" });

    public ILocator QrCode => Main.GetByRole(AriaRole.Img, new() { Name = "身份验证器二维码", Exact = true });

    public ILocator SharedKey => Main.GetByTestId("totp-key");

    public ILocator Code => Page.GetByLabel("验证码", new() { Exact = true });

    public ILocator EnableButton => Main.GetByRole(AriaRole.Button, new() { Name = "开启两步验证", Exact = true });

    public ILocator EnabledStatus => Main.GetByText("两步验证已开启");

    public ILocator RecoveryCodes => Main.GetByTestId("recovery-codes").GetByRole(AriaRole.Listitem);

    /// <summary>Reads the shared key the way a person types it into an authenticator app.</summary>
    public async Task<TotpAuthenticator> ReadAuthenticatorAsync() =>
        TotpAuthenticator.FromDisplayedKey(await SharedKey.InnerTextAsync());

    public async Task EnableAsync(string code)
    {
        await Code.FillAsync(code);
        await EnableButton.ClickAsync();
    }
}
