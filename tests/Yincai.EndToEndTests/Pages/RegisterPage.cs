using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Yincai.EndToEndTests.Pages;

/// <summary>注册账号 (Modules/Accounts/Register.cshtml).</summary>
public sealed class RegisterPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Accounts/Register";

    protected override string ScreenshotName => "register";

    /// <summary>我是: 求职者 / 人才 (the default) or 用人单位.</summary>
    public ILocator Kind(string text) => Main.GetByRole(AriaRole.Radio, new() { Name = text, Exact = true });

    public ILocator Mobile => Page.GetByLabel("手机号码", new() { Exact = true });

    public ILocator SendCode => Main.GetByTestId("register-send-code");

    public ILocator CodeSent => Main.GetByTestId("code-sent");

    public ILocator Code => Page.GetByLabel("短信验证码", new() { Exact = true });

    /// <summary>我已阅读并同意《用户协议》和《隐私政策》.</summary>
    public ILocator AcceptTerms => Main.GetByRole(AriaRole.Checkbox);

    public ILocator TermsLink => Main.GetByTestId("register-terms");

    public ILocator PrivacyLink => Main.GetByTestId("register-privacy");

    public ILocator DisplayName => Page.GetByLabel("姓名 / 单位名称", new() { Exact = true });

    public ILocator Password => Page.GetByLabel("密码", new() { Exact = true });

    public ILocator ConfirmPassword => Page.GetByLabel("确认密码", new() { Exact = true });

    public ILocator RegisterButton => Main.GetByRole(AriaRole.Button, new() { Name = "注册", Exact = true });

    /// <summary>Fills the form as a person does: the number, 获取验证码, the code from the SMS, the rest, and the terms ticked.</summary>
    public async Task FillAsync(YincaiE2EFixture app, string mobile, string displayName, string password)
    {
        await Mobile.FillAsync(mobile);
        await SendCode.ClickAsync();
        await Expect(CodeSent).ToBeVisibleAsync();
        await Code.FillAsync(await DevelopmentSms.CodeAsync(app, mobile, TestContext.Current.CancellationToken));
        await AcceptTerms.CheckAsync();
        await DisplayName.FillAsync(displayName);
        await Password.FillAsync(password);
        await ConfirmPassword.FillAsync(password);
    }
}
