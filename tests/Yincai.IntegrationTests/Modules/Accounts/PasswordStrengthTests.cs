using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;

namespace Yincai.IntegrationTests.Modules.Accounts;

/// <summary>SECURITY.md §1 (identification): common and guessable passwords, and passwords made of the person's own user
/// name or mobile number, are refused wherever a password is set, with a message next to the password field.</summary>
public sealed partial class PasswordStrengthTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(HttpResponseMessage Response, string PasswordMessage)> RegisterAsync(HttpClient browser, string mobile,
        string password, string culture = "zh-CN")
    {
        var response = await YincaiAppFactory.PostFormAsync(browser, "/Accounts/Register?culture=" + culture,
        [
            new("Input.Kind", nameof(AccountKind.Talent)), new("Input.Mobile", mobile), new("Input.DisplayName", "王测试"),
            new("Input.Password", password), new("Input.ConfirmPassword", password),
        ]);
        var html = await response.Content.ReadAsStringAsync(Ct);
        var message = PasswordMessage().Match(html);
        return (response, message.Success ? WebUtility.HtmlDecode(message.Groups["text"].Value) : "");
    }

    private async Task<bool> ExistsAsync(string mobile) => await app.UserIdByMobileAsync(mobile) is not null;

    [Theory]
    [InlineData("Password1")]
    [InlineData("Qwerty123")]
    [InlineData("P@ssw0rd!")]
    [InlineData("Admin@123")]
    public async Task Register_CommonPassword_IsRefusedNextToThePasswordField(string password)
    {
        using var browser = app.CreateBrowser();
        var mobile = TestData.NewMobile();

        var (response, message) = await RegisterAsync(browser, mobile, password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("密码", message, StringComparison.Ordinal);
        Assert.Contains("容易被猜到", message, StringComparison.Ordinal);
        Assert.False(await ExistsAsync(mobile));
    }

    [Fact]
    public async Task Register_CommonPasswordInEnglish_SaysSoInEnglish()
    {
        using var browser = app.CreateBrowser();

        var (response, message) = await RegisterAsync(browser, TestData.NewMobile(), "Qwerty123", "en");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Password", message, StringComparison.Ordinal);
        Assert.Contains("guess", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_PasswordContainingTheMobileNumber_IsRefused()
    {
        using var browser = app.CreateBrowser();
        var mobile = TestData.NewMobile();

        var (response, message) = await RegisterAsync(browser, mobile, "Zx#" + mobile + "q");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("密码", message, StringComparison.Ordinal);
        Assert.Contains("手机号码", message, StringComparison.Ordinal);
        Assert.False(await ExistsAsync(mobile));
    }

    [Fact]
    public async Task CreateStaff_PasswordIsTheUserName_IsRefused()
    {
        var userName = TestData.UniqueUserName("zhang.wei");

        var result = await app.WithServicesAsync(services => services.GetRequiredService<UserManager<AppUser>>().CreateAsync(
            new AppUser { Id = Guid.CreateVersion7(), UserName = userName, DisplayName = "张伟", Kind = AccountKind.Staff, LockoutEnabled = true },
            userName.ToUpperInvariant() + "#x1"));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Description.StartsWith("密码", StringComparison.Ordinal) && e.Description.Contains("用户名", StringComparison.Ordinal));
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == userName, Ct)));
    }

    [Fact]
    public async Task Register_StrongPassword_IsAccepted()
    {
        using var browser = app.CreateBrowser();
        var mobile = TestData.NewMobile();

        using var response = await app.RegisterByFormAsync(browser, AccountKind.Talent, mobile, "王测试", TestData.NewPassword());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await ExistsAsync(mobile));
    }

    [GeneratedRegex("<span class=\"[^\"]*field-validation-error[^\"]*\"[^>]*data-valmsg-for=\"Input.Password\"[^>]*>(?<text>[^<]+)</span>")]
    private static partial Regex PasswordMessage();
}
