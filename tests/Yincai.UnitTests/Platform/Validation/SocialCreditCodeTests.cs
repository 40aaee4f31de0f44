using System.Globalization;
using Yincai.Platform.Validation;

namespace Yincai.UnitTests.Platform.Validation;

public sealed class SocialCreditCodeTests
{
    private const string Label = "统一社会信用代码";

    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("124403004500000084")]
    [InlineData("52420100MJ0000018A")]
    public void Validate_SecurityValidSample_PassesBothChecks(string input)
    {
        var result = SocialCreditCode.Validate(input, Label);

        Assert.False(result.IsError, result.Error?.Message);
        Assert.Equal(new SocialCreditCodeCheck(input, OrganisationCodeCheckPassed: true), result.Value);
    }

    [Theory]
    [InlineData(" 91350100m000100y43 ", "91350100M000100Y43")]
    [InlineData("９１３５０１００Ｍ０００１００Ｙ４３", "91350100M000100Y43")]
    [InlineData("52420100mj0000018a", "52420100MJ0000018A")]
    public void Validate_LowerCaseFullWidthOrPadded_ReturnsNormalisedCode(string input, string expected)
    {
        var result = SocialCreditCode.Validate(input, Label);

        Assert.False(result.IsError, result.Error?.Message);
        Assert.Equal(expected, result.Value!.Value);
    }

    [Theory]
    [InlineData("91350100M000100Y44", "validation.credit_code.check_digit")]
    [InlineData("91350100M000100Y4I", "validation.credit_code.format")]
    [InlineData("91350100M000100Y4", "validation.credit_code.length")]
    [InlineData("913501A0M000100Y43", "validation.credit_code.format")]
    [InlineData("91350100O000100Y43", "validation.credit_code.format")]
    [InlineData("", "validation.credit_code.required")]
    [InlineData(null, "validation.credit_code.required")]
    public void Validate_SecurityInvalidSample_ReturnsSpecificCode(string? input, string expectedCode)
    {
        var result = SocialCreditCode.Validate(input, Label);

        Assert.True(result.IsError);
        Assert.Equal(expectedCode, result.Error!.Code);
    }

    [Fact]
    public void Validate_PassesModThirtyOneButNotOrganisationCode_SucceedsWithWarning()
    {
        var result = SocialCreditCode.Validate("123456789012345678", Label);

        Assert.False(result.IsError, result.Error?.Message);
        Assert.Equal(new SocialCreditCodeCheck("123456789012345678", OrganisationCodeCheckPassed: false), result.Value);
    }

    [Fact]
    public void Validate_WrongCheckCharacterInChinese_DoesNotRevealTheExpectedCharacter()
    {
        var message = MessageIn("zh-CN", () => SocialCreditCode.Validate("91350100M000100Y44", Label).Error);

        Assert.Equal("统一社会信用代码：校验位不符，请逐位核对代码", message);
    }

    [Theory]
    [InlineData("91350100M000100Y44", "校验位", "check character")]
    [InlineData("91350100M000100Y4I", "大写字母", "capital letters")]
    [InlineData("91350100M000100Y4", "17", "17")]
    [InlineData("913501A0M000100Y43", "第 3–8 位", "characters 3–8")]
    [InlineData(" ", "不能为空", "required")]
    public void Validate_Invalid_MessageNamesFieldInChineseAndEnglish(string input, string chineseFragment, string englishFragment)
    {
        var chinese = MessageIn("zh-CN", () => SocialCreditCode.Validate(input, Label).Error);
        var english = MessageIn("en-US", () => SocialCreditCode.Validate(input, Label).Error);

        Assert.Contains(Label, chinese, StringComparison.Ordinal);
        Assert.Contains(Label, english, StringComparison.Ordinal);
        Assert.Contains(chineseFragment, chinese, StringComparison.Ordinal);
        Assert.Contains(englishFragment, english, StringComparison.Ordinal);
        Assert.NotEqual(chinese, english);
    }

    private static string MessageIn(string culture, Func<Yincai.Platform.Error?> act)
    {
        var original = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return act()?.Message ?? throw new InvalidOperationException("Expected an error.");
        }
        finally
        {
            CultureInfo.CurrentUICulture = original;
        }
    }
}
