using System.Globalization;
using Yincai.Platform.Validation;

namespace Yincai.UnitTests.Platform.Validation;

public sealed class MobileNumberTests
{
    private const string Label = "联系电话";

    [Theory]
    [InlineData("13800138000", "13800138000")]
    [InlineData("+86 199 1234 5678", "19912345678")]
    [InlineData("166-1234-5678", "16612345678")]
    [InlineData("0086 138 0013 8000", "13800138000")]
    [InlineData("+86-13800138000", "13800138000")]
    [InlineData("19212345678", "19212345678")] // 192, China Broadcast Network: no prefix whitelist
    public void Validate_SecurityValidSample_ReturnsElevenDigits(string input, string expected)
    {
        var result = MobileNumber.Validate(input, Label);

        Assert.False(result.IsError, result.Error?.Message);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("13８00138000")] // \d would let this through unconverted
    [InlineData("13800138000\n")] // $ would match before the \n
    [InlineData("＋８６\u3000１３８－００１３－８０００")]
    public void Validate_FullWidthOrTrailingNewline_ReturnsAsciiDigits(string input)
    {
        var result = MobileNumber.Validate(input, Label);

        Assert.False(result.IsError, result.Error?.Message);
        Assert.Equal("13800138000", result.Value);
    }

    [Theory]
    [InlineData("12345678901", "validation.mobile.format")]
    [InlineData("1380013800", "validation.mobile.length")]
    [InlineData("138001380000", "validation.mobile.length")]
    [InlineData("23800138000", "validation.mobile.format")]
    [InlineData("1380013800O", "validation.mobile.format")]
    [InlineData("010-12345678", "validation.mobile.format")]
    [InlineData("1380013800١", "validation.mobile.format")] // ARABIC-INDIC DIGIT ONE: char.IsDigit, but not [0-9]
    [InlineData("1440012345678", "validation.mobile.length")] // 13-digit IoT number
    [InlineData("", "validation.mobile.required")]
    [InlineData(" - ", "validation.mobile.required")]
    [InlineData(null, "validation.mobile.required")]
    public void Validate_SecurityInvalidSample_ReturnsSpecificCode(string? input, string expectedCode)
    {
        var result = MobileNumber.Validate(input, Label);

        Assert.True(result.IsError);
        Assert.Equal(expectedCode, result.Error!.Code);
    }

    [Theory]
    [InlineData("12345678901", "中国大陆手机号码", "mobile number")]
    [InlineData("1380013800", "10", "10")]
    [InlineData("", "不能为空", "required")]
    public void Validate_Invalid_MessageNamesFieldInChineseAndEnglish(string input, string chineseFragment, string englishFragment)
    {
        var chinese = MessageIn("zh-CN", () => MobileNumber.Validate(input, Label).Error);
        var english = MessageIn("en-US", () => MobileNumber.Validate(input, Label).Error);

        Assert.Contains(Label, chinese, StringComparison.Ordinal);
        Assert.Contains(Label, english, StringComparison.Ordinal);
        Assert.Contains(chineseFragment, chinese, StringComparison.Ordinal);
        Assert.Contains(englishFragment, english, StringComparison.Ordinal);
        Assert.NotEqual(chinese, english);
    }

    [Fact]
    public void Mask_ValidNumber_HidesMiddleFour()
    {
        var masked = MobileNumber.Mask("13800138000");

        Assert.Equal("138****8000", masked);
    }

    [Fact]
    public void Mask_NotNormalised_Throws()
    {
        var act = () => MobileNumber.Mask("138 0013 8000");

        Assert.Throws<ArgumentException>(act);
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
