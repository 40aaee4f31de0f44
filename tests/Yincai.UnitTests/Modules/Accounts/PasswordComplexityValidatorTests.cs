using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Yincai.Modules.Accounts;

namespace Yincai.UnitTests.Modules.Accounts;

public sealed class PasswordComplexityValidatorTests
{
    private static PasswordComplexityValidator Validator() =>
        new(new StringLocalizer<AccountsResource>(new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance)));

    [Theory]
    [InlineData("Abcdefg1")]      // upper, lower, digit
    [InlineData("abcdefg1!")]     // lower, digit, symbol
    [InlineData("ABCDEFG!x")]     // upper, symbol, lower
    [InlineData("Demo#Pass2026")] // all four
    public async Task ValidateAsync_ThreeClasses_Succeeds(string password)
    {
        var result = await Validator().ValidateAsync(null!, new AppUser(), password);

        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData("abcdefgh")]
    [InlineData("abcdefg1")]
    [InlineData("ABCDEFG!")]
    [InlineData("12345678!")]
    public async Task ValidateAsync_FewerThanThreeClasses_FailsWithMessageInUsersLanguage(string password)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
            var chinese = await Validator().ValidateAsync(null!, new AppUser(), password);
            CultureInfo.CurrentUICulture = new CultureInfo("en");
            var english = await Validator().ValidateAsync(null!, new AppUser(), password);

            Assert.False(chinese.Succeeded);
            Assert.StartsWith("密码", chinese.Errors.Single().Description, StringComparison.Ordinal);
            Assert.StartsWith("Password", english.Errors.Single().Description, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
