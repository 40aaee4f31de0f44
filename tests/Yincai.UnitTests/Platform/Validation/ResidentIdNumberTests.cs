using System.Globalization;
using Yincai.Platform.Validation;

namespace Yincai.UnitTests.Platform.Validation;

public sealed class ResidentIdNumberTests
{
    private const string Label = "身份证号码";

    // SECURITY.md's valid samples include one born 1949-12-31, who is 70 only until 2020-12-30;
    // this date keeps all three inside the 15–70 age rule.
    private static readonly DateOnly SampleToday = new(2020, 6, 1);

    private static readonly DateOnly Today = new(2026, 11, 22);

    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("420111200106150023")]
    [InlineData("31010419981231051X")]
    public void Validate_SecurityValidSample_ReturnsNumber(string input)
    {
        var result = ResidentIdNumber.Validate(input, Label, SampleToday);

        Assert.False(result.IsError, result.Error?.Message);
        Assert.Equal(input, result.Value);
    }

    [Theory]
    [InlineData(" 11010519491231002x ", "11010519491231002X")]
    [InlineData("４２０１１１２００１０６１５００２３", "420111200106150023")]
    [InlineData("\u300031010419981231051ｘ", "31010419981231051X")]
    [InlineData("31010419981231051Ｘ", "31010419981231051X")]
    public void Validate_LowerCaseFullWidthOrPadded_ReturnsNormalisedNumber(string input, string expected)
    {
        var result = ResidentIdNumber.Validate(input, Label, SampleToday);

        Assert.False(result.IsError, result.Error?.Message);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("110105194912310021", "validation.id_number.check_digit")]
    [InlineData("110105194902300020", "validation.id_number.birth_date")]
    [InlineData("11010519491231002", "validation.id_number.length")]
    [InlineData("11010520300101001X", "validation.id_number.birth_date")]
    [InlineData("000105199001010015", "validation.id_number.region")]
    [InlineData("11010519491231X02X", "validation.id_number.format")]
    [InlineData("440524188001010014", "validation.id_number.age")]
    [InlineData("110105491231002", "validation.id_number.fifteen_digits")] // old 15-digit number: asks for the 18 digits
    [InlineData("", "validation.id_number.required")]
    [InlineData("   ", "validation.id_number.required")]
    [InlineData(null, "validation.id_number.required")]
    public void Validate_SecurityInvalidSample_ReturnsSpecificCode(string? input, string expectedCode)
    {
        var result = ResidentIdNumber.Validate(input, Label, SampleToday);

        Assert.True(result.IsError);
        Assert.Equal(expectedCode, result.Error!.Code);
    }

    [Fact]
    public void Validate_WrongCheckDigit_DoesNotNameTheExpectedCharacter()
    {
        var result = ResidentIdNumber.Validate("110105194912310021", Label, SampleToday);

        Assert.True(result.IsError);
        Assert.DoesNotContain("X", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SampleBornIn1949CheckedIn2026_ReturnsAge()
    {
        var result = ResidentIdNumber.Validate("11010519491231002X", Label, Today);

        Assert.Equal("validation.id_number.age", result.Error?.Code);
    }

    [Theory]
    [InlineData("110105201106010025", null)] // 15th birthday today
    [InlineData("110105201106020020", "validation.id_number.age")] // 15th birthday tomorrow
    [InlineData("11010519550602003X", null)] // 71st birthday tomorrow
    [InlineData("110105195506010034", "validation.id_number.age")] // 71st birthday today
    public void Validate_AgeAtBoundary_AppliesFifteenToSeventy(string input, string? expectedCode)
    {
        var today = new DateOnly(2026, 6, 1);

        var result = ResidentIdNumber.Validate(input, Label, today);

        Assert.Equal(expectedCode, result.Error?.Code);
    }

    [Theory]
    [InlineData("911156199001010010", null)] // permanent-residence card issued in Beijing
    [InlineData("971156199001010011", "validation.id_number.region")] // 9 must be followed by a mainland province
    [InlineData("917156199001010016", "validation.id_number.region")]
    [InlineData("710000199001010015", null)] // GB/T 2260 lists Taiwan as 71
    [InlineData("810000199001010019", null)] // Hong Kong residents' residence permit
    [InlineData("830000199001010020", null)] // Taiwan residents' residence permit
    public void Validate_ResidencePermitOrPermanentResidenceCard_ChecksRegion(string input, string? expectedCode)
    {
        var result = ResidentIdNumber.Validate(input, Label, Today);

        Assert.Equal(expectedCode, result.Error?.Code);
    }

    [Theory]
    [InlineData("110105194912310021", "校验位", "check digit")]
    [InlineData("110105194902300020", "出生日期", "date of birth")]
    [InlineData("11010520300101001X", "晚于今天", "in the future")]
    [InlineData("11010519491231002", "18", "18")]
    [InlineData("110105491231002", "请填写现在使用的 18 位号码", "enter the 18-digit number")]
    [InlineData("000105199001010015", "行政区划", "region")]
    [InlineData("11010519491231X02X", "数字", "digits")]
    [InlineData("440524188001010014", "年龄", "age")]
    [InlineData("", "不能为空", "required")]
    public void Validate_Invalid_MessageNamesFieldInChineseAndEnglish(string input, string chineseFragment, string englishFragment)
    {
        var chinese = MessageIn("zh-CN", () => ResidentIdNumber.Validate(input, Label, SampleToday).Error);
        var english = MessageIn("en-US", () => ResidentIdNumber.Validate(input, Label, SampleToday).Error);

        Assert.Contains(Label, chinese, StringComparison.Ordinal);
        Assert.Contains(Label, english, StringComparison.Ordinal);
        Assert.Contains(chineseFragment, chinese, StringComparison.Ordinal);
        Assert.Contains(englishFragment, english, StringComparison.Ordinal);
        Assert.NotEqual(chinese, english);
    }

    [Fact]
    public void Validate_WrongCheckDigitInChinese_DoesNotRevealTheExpectedDigit()
    {
        var message = MessageIn("zh-CN", () => ResidentIdNumber.Validate("110105194912310021", Label, SampleToday).Error);

        Assert.Equal("身份证号码：校验位不符，请逐位核对号码", message);
    }

    [Fact]
    public void Validate_WrongCheckDigitInEnglish_ReadsAsSpecified()
    {
        var message = MessageIn("en-US", () => ResidentIdNumber.Validate("110105194912310021", "ID number", SampleToday).Error);

        Assert.Equal("ID number: the check digit does not match; check the number digit by digit", message);
    }

    [Fact]
    public void BirthDate_ValidNumber_ReturnsEmbeddedDate()
    {
        var birthDate = ResidentIdNumber.BirthDate("420111200106150023");

        Assert.Equal(new DateOnly(2001, 6, 15), birthDate);
    }

    [Theory]
    [InlineData("31010419981231051X", true)] // sequence 051
    [InlineData("420111200106150023", false)] // sequence 002
    public void IsMale_ValidNumber_FollowsSequenceParity(string number, bool expected)
    {
        var isMale = ResidentIdNumber.IsMale(number);

        Assert.Equal(expected, isMale);
    }

    [Fact]
    public void RegionCode_ValidNumber_ReturnsFirstSixDigits()
    {
        var region = ResidentIdNumber.RegionCode("420111200106150023");

        Assert.Equal("420111", region);
    }

    [Theory]
    [InlineData("420111200106150023", "4201**********0023")]
    [InlineData("11010519491231002X", "1101**********002X")]
    public void Mask_ValidNumber_ShowsFirstFourAndLastFour(string number, string expected)
    {
        var masked = ResidentIdNumber.Mask(number);

        Assert.Equal(expected, masked);
    }

    [Fact]
    public void Mask_NotNormalised_Throws()
    {
        var act = () => ResidentIdNumber.Mask("11010519491231002x");

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
