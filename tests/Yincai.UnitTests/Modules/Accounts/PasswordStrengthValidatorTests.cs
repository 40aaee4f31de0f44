using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Yincai.Modules.Accounts;
using Yincai.Platform.Protection;

namespace Yincai.UnitTests.Modules.Accounts;

public sealed class PasswordStrengthValidatorTests
{
    private static readonly FieldProtection Protection = new(new ProtectionKeys(
        Enumerable.Repeat((byte)1, 32).ToArray(), Enumerable.Repeat((byte)2, 32).ToArray(), Enumerable.Repeat((byte)3, 32).ToArray()));

    private static PasswordStrengthValidator Validator() =>
        new(new StringLocalizer<AccountsResource>(new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance)), Protection);

    // A talent's mobile is kept only encrypted on the account, as registration stores it.
    private static AppUser User(string userName = "zhang.wei", string? mobile = null) =>
        new() { UserName = userName, MobileCipher = mobile is null ? null : Protection.Encrypt(mobile), DisplayName = "张伟" };

    [Theory]
    [InlineData("Password1")]
    [InlineData("Qwerty123")]
    [InlineData("P@ssw0rd!")]
    [InlineData("Aa123456!")]
    [InlineData("Admin@123")]
    public async Task ValidateAsync_CommonPassword_Fails(string password)
    {
        var result = await Validator().ValidateAsync(null!, User(), password);

        Assert.False(result.Succeeded);
        Assert.Equal("PasswordGuessable", Assert.Single(result.Errors).Code);
    }

    [Theory]
    [InlineData("Demo#Pass2026")]      // the tests' demo password
    [InlineData("Talent#2026x")]       // the browser tests' passwords
    [InlineData("Employer#2026x")]
    [InlineData("Pw#0f3a9c27b1e84d56")] // the shape of TestData.NewPassword
    [InlineData("Qingdao#Hr2026")]
    public async Task ValidateAsync_PasswordsTheProjectUses_Succeed(string password)
    {
        var result = await Validator().ValidateAsync(null!, User(), password);

        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Code)));
    }

    [Theory]
    [InlineData("ZHANG.WEI#2026x")]
    [InlineData("Pw#13912345678")]
    public async Task ValidateAsync_ContainsUserNameOrMobile_FailsSayingSo(string password)
    {
        var result = await Validator().ValidateAsync(null!, User(mobile: "13912345678"), password);

        Assert.Equal("PasswordContainsPersonal", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task ValidateAsync_Refused_NamesTheFieldInTheUsersLanguage()
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
            var chinese = await Validator().ValidateAsync(null!, User(), "Qwerty123");
            CultureInfo.CurrentUICulture = new CultureInfo("en");
            var english = await Validator().ValidateAsync(null!, User(), "Qwerty123");

            Assert.StartsWith("密码", chinese.Errors.Single().Description, StringComparison.Ordinal);
            Assert.StartsWith("Password", english.Errors.Single().Description, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
