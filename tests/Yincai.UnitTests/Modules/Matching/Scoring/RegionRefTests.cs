using Yincai.Modules.Matching.Scoring;

namespace Yincai.UnitTests.Modules.Matching.Scoring;

public sealed class RegionRefTests
{
    [Theory]
    [InlineData("370000", 2, 37, 3700)]
    [InlineData("370200", 4, 37, 3702)]
    [InlineData("370212", 6, 37, 3702)]
    [InlineData("110105", 6, 11, 1101)]
    public void Parse_CodeOfEachLevel_KeepsItsSignificantDigits(string code, int digits, int province, int city)
    {
        var region = RegionRef.Parse(code);

        Assert.Equal(digits, region.Digits);
        Assert.Equal(province, region.Province);
        Assert.Equal(city, region.City);
        Assert.Equal(code, region.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("3702")]
    [InlineData("3702120")]
    [InlineData("37021a")]
    [InlineData("000000")]
    [InlineData("-37021")]
    [InlineData("+37021")]
    [InlineData(" 37021")]
    [InlineData("37021 ")]
    public void Parse_NotASixDigitCode_IsNone(string? code)
    {
        Assert.True(RegionRef.Parse(code).IsNone);
    }

    [Theory]
    [InlineData("370200", "370212")]
    [InlineData("370212", "370200")]
    [InlineData("370000", "370212")]
    [InlineData("370000", "370200")]
    [InlineData("370212", "370212")]
    public void Overlaps_OneLiesInTheOther_TrueBothWays(string a, string b)
    {
        Assert.True(RegionRef.Parse(a).Overlaps(RegionRef.Parse(b)));
        Assert.True(RegionRef.Parse(b).Overlaps(RegionRef.Parse(a)));
    }

    [Theory]
    [InlineData("370212", "370213")]
    [InlineData("370200", "370100")]
    [InlineData("370202", "370102")]
    [InlineData("370000", "320000")]
    [InlineData("370200", "320200")]
    public void Overlaps_SiblingsOrStrangers_False(string a, string b)
    {
        Assert.False(RegionRef.Parse(a).Overlaps(RegionRef.Parse(b)));
    }

    [Fact]
    public void Overlaps_None_NeverOverlapsAnything()
    {
        Assert.False(RegionRef.None.Overlaps(RegionRef.None));
        Assert.False(RegionRef.None.Overlaps(RegionRef.Parse("370000")));
        Assert.False(RegionRef.Parse("370000").Overlaps(RegionRef.None));
        Assert.False(RegionRef.None.SameProvince(RegionRef.None));
    }

    [Fact]
    public void SameProvince_CountiesOfTwoCities_TrueButOtherProvinceFalse()
    {
        Assert.True(RegionRef.Parse("370212").SameProvince(RegionRef.Parse("370102")));
        Assert.False(RegionRef.Parse("370212").SameProvince(RegionRef.Parse("320102")));
    }
}
