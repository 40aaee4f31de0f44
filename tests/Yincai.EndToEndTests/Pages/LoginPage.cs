using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>登录 (Modules/Accounts/Login.cshtml).</summary>
public sealed class LoginPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Accounts/Login";

    protected override string ScreenshotName => "login";

    public ILocator UserName => Page.GetByLabel("用户名或手机号", new() { Exact = true });

    public ILocator Password => Page.GetByLabel("密码", new() { Exact = true });

    /// <summary>The note after registration.</summary>
    public ILocator Notice => Main.GetByRole(AriaRole.Status);

    public ILocator SignInButton => Main.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true });

    public Task SetUserNameAsync(string userName) => UserName.FillAsync(userName);

    public Task SetPasswordAsync(string password) => Password.FillAsync(password);

    public Task ClickSignInAsync() => SignInButton.ClickAsync();

    /// <summary>Signs in; for an account with an authenticator (the demo staff), also types its code into the code form.</summary>
    public async Task SignInAsync(string userName, string password)
    {
        await SetUserNameAsync(userName);
        await SetPasswordAsync(password);
        await ClickSignInAsync();
        if (DemoAccounts.AuthenticatorOf(Session.BaseUrl, userName) is not { } authenticator) return;
        var codeForm = new TwoFactorLoginPage(Session);
        await codeForm.AssertShownAsync();
        await codeForm.VerifyAsync(await authenticator.NextCodeAsync(TestContext.Current.CancellationToken));
    }
}
