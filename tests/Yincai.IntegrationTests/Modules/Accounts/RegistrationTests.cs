using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Yincai.IntegrationTests.Modules.Accounts;

/// <summary>
/// Registration as a person meets it on the public page: no account until the number is proved by the SMS code and the user
/// agreement and privacy policy are accepted; the version accepted and the time are kept on the account.
/// </summary>
public sealed partial class RegistrationTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static List<KeyValuePair<string, string>> Fields(string mobile, string? code, string password, bool acceptTerms)
    {
        List<KeyValuePair<string, string>> fields =
        [
            new("Input.Kind", nameof(AccountKind.Talent)), new("Input.Mobile", mobile), new("Input.DisplayName", "验证测试"),
            new("Input.Password", password), new("Input.ConfirmPassword", password),
        ];
        if (code is not null) fields.Add(new("Input.Code", code));
        if (acceptTerms) fields.Add(new("Input.AcceptsTerms", "true"));
        return fields;
    }

    private static Task<HttpResponseMessage> SendCodeAsync(HttpClient browser, string mobile) =>
        YincaiAppFactory.PostFormAsync(browser, "/Accounts/Register?handler=SendCode", [new("Input.Mobile", mobile)], tokenFrom: "/Accounts/Register");

    private static async Task<string> MessageForAsync(HttpResponseMessage response, string field)
    {
        var html = await response.Content.ReadAsStringAsync(Ct);
        var match = Regex.Match(html, $"<span class=\"[^\"]*field-validation-error[^\"]*\"[^>]*data-valmsg-for=\"Input.{field}\"[^>]*>(?<text>[^<]+)</span>");
        return match.Success ? WebUtility.HtmlDecode(match.Groups["text"].Value) : "";
    }

    private async Task<bool> ExistsAsync(string mobile) => await app.UserIdByMobileAsync(mobile) is not null;

    [Fact]
    public async Task Register_WithoutTheCode_IsRefusedNextToTheCodeFieldAndCreatesNoAccount()
    {
        using var browser = app.CreateBrowser();
        var mobile = TestData.NewMobile();

        using var response = await YincaiAppFactory.PostFormAsync(browser, "/Accounts/Register", Fields(mobile, null, TestData.NewPassword(), acceptTerms: true));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("请输入短信验证码", await MessageForAsync(response, "Code"));
        Assert.False(await ExistsAsync(mobile));
    }

    [Fact]
    public async Task Register_WithAWrongCodeOrTheCodeOfAnotherNumber_IsRefusedAndCreatesNoAccount()
    {
        using var browser = app.CreateBrowser();
        var (mobile, other) = (TestData.NewMobile(), TestData.NewMobile());
        (await SendCodeAsync(browser, mobile)).Dispose();
        var code = await app.SmsCodeAsync(mobile);
        var wrong = code == "000000" ? "000001" : "000000";

        using var wrongCode = await YincaiAppFactory.PostFormAsync(browser, "/Accounts/Register", Fields(mobile, wrong, TestData.NewPassword(), acceptTerms: true));
        using var othersCode = await YincaiAppFactory.PostFormAsync(browser, "/Accounts/Register", Fields(other, code, TestData.NewPassword(), acceptTerms: true));

        Assert.Equal(HttpStatusCode.OK, wrongCode.StatusCode);
        Assert.Contains("验证码", await MessageForAsync(wrongCode, "Code"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, othersCode.StatusCode);
        Assert.Contains("验证码", await MessageForAsync(othersCode, "Code"), StringComparison.Ordinal);
        Assert.False(await ExistsAsync(mobile));
        Assert.False(await ExistsAsync(other));
    }

    [Fact]
    public async Task Register_WithoutAcceptingTheTerms_IsRefusedNextToTheCheckboxAndKeepsTheCodeUnspent()
    {
        using var browser = app.CreateBrowser();
        var mobile = TestData.NewMobile();
        var password = TestData.NewPassword();
        (await SendCodeAsync(browser, mobile)).Dispose();
        var code = await app.SmsCodeAsync(mobile);

        using var refused = await YincaiAppFactory.PostFormAsync(browser, "/Accounts/Register", Fields(mobile, code, password, acceptTerms: false));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("请阅读并同意《用户协议》和《隐私政策》", await MessageForAsync(refused, "AcceptsTerms"));
        Assert.False(await ExistsAsync(mobile));

        // Ticking the box is all it takes: the code was not used up by the refusal.
        using var accepted = await YincaiAppFactory.PostFormAsync(browser, "/Accounts/Register", Fields(mobile, code, password, acceptTerms: true));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.True(await ExistsAsync(mobile));
    }

    [Fact]
    public async Task Register_WithTheCodeAndTheTerms_KeepsTheVersionAndTimeAcceptedAndSignsIn()
    {
        using var browser = app.CreateBrowser();
        var mobile = TestData.NewMobile();
        var password = TestData.NewPassword();
        var before = DateTime.UtcNow.AddSeconds(-1);

        using var registered = await app.RegisterByFormAsync(browser, AccountKind.Talent, mobile, "验证测试", password);

        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var id = (await app.UserIdByMobileAsync(mobile))!.Value;
        var (version, at) = await app.WithDbAsync(db => db.Users.Where(u => u.Id == id)
            .Select(u => new ValueTuple<string?, DateTime?>(u.TermsVersion, u.TermsAcceptedAtUtc)).SingleAsync(Ct));
        Assert.Equal(app.Services.GetRequiredService<IOptions<AccountsOptions>>().Value.TermsVersion, version);
        Assert.InRange(at!.Value, before, DateTime.UtcNow.AddSeconds(1));
        // Nothing more is asked: the new account goes straight to its home.
        await YincaiAppFactory.SignInAsync(browser, mobile, password);
        using var home = await browser.GetAsync("/Workspace/Home", Ct);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        // The welcome is kept as its template and reads in the reader's language.
        var inbox = await browser.GetStringAsync("/Notifications", Ct);
        Assert.Contains("欢迎使用引才平台", inbox, StringComparison.Ordinal);
        Assert.Contains("完善个人信息和简历", inbox, StringComparison.Ordinal);
        var english = await browser.GetStringAsync("/Notifications?culture=en", Ct);
        Assert.Contains("Welcome to Yincai", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendCode_TwiceWithinAMinute_SaysToWaitNextToTheNumberAndSendsOneSms()
    {
        using var browser = app.CreateBrowser();
        var mobile = TestData.NewMobile();

        using var first = await SendCodeAsync(browser, mobile);
        using var second = await SendCodeAsync(browser, mobile);

        Assert.Equal("", await MessageForAsync(first, "Mobile"));
        Assert.Contains("验证码已发送", await first.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.NotEqual("", await MessageForAsync(second, "Mobile"));
        Assert.Single(await app.SmsTextsAsync(mobile));
    }

    [Fact]
    public async Task TermsAndPrivacy_ArePublicInBothLanguages_WithTheVersionAndWhatIsSharedWithEmployers()
    {
        using var anonymous = app.CreateBrowser();
        var version = app.Services.GetRequiredService<IOptions<AccountsOptions>>().Value.TermsVersion;

        var terms = await anonymous.GetStringAsync("/Accounts/Terms", Ct);
        var privacy = await anonymous.GetStringAsync("/Accounts/Privacy", Ct);
        var english = await anonymous.GetStringAsync("/Accounts/Privacy?culture=en", Ct);
        var register = await anonymous.GetStringAsync("/Accounts/Register", Ct);

        Assert.Contains("用户协议", terms, StringComparison.Ordinal);
        Assert.Contains("版本 " + version, terms, StringComparison.Ordinal);
        Assert.Contains("与用人单位共享什么", privacy, StringComparison.Ordinal);
        Assert.Contains("保存多久", privacy, StringComparison.Ordinal);
        Assert.Contains("撤回同意", privacy, StringComparison.Ordinal);
        Assert.Contains("What employers see", english, StringComparison.Ordinal);
        Assert.Contains("How long we keep it", english, StringComparison.Ordinal);
        Assert.Contains("href=\"/Accounts/Terms\"", register, StringComparison.Ordinal);
        Assert.Contains("href=\"/Accounts/Privacy\"", register, StringComparison.Ordinal);
    }
}
