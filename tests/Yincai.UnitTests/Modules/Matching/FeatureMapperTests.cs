using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Matching;
using Yincai.Modules.Matching.Scoring;
using Yincai.Modules.Talents.Contracts;
using static Yincai.UnitTests.Modules.Matching.MatchSamples;

namespace Yincai.UnitTests.Modules.Matching;

public sealed class FeatureMapperTests
{
    [Theory]
    [InlineData("6513", 65)]
    [InlineData("65", 65)]
    [InlineData("651", 65)]
    [InlineData("0111", 1)]
    [InlineData("I", 0)]
    [InlineData("6", 0)]
    [InlineData("", 0)]
    [InlineData(null, 0)]
    public void Division_IndustryCodeOfAnyLevel_GivesItsDivision(string? code, int division)
    {
        Assert.Equal(division, FeatureMapper.Division(code));
    }

    [Theory]
    [InlineData("080901K", 80901)]
    [InlineData("080910T", 80910)]
    [InlineData("080902", 80902)]
    [InlineData(" 050201 ", 50201)]
    [InlineData("0809", 0)]
    [InlineData("08090X", 0)]
    [InlineData(null, 0)]
    public void Major_SixDigitCodeWithOrWithoutSuffix_GivesTheNumber(string? code, int major)
    {
        Assert.Equal(major, FeatureMapper.Major(code));
    }

    [Theory]
    [InlineData("2-02", 20200)]
    [InlineData("2-02-10", 20210)]
    [InlineData("8-00", 80000)]
    [InlineData("2", 0)]
    [InlineData("2-2", 0)]
    [InlineData("2-02-1", 0)]
    [InlineData("2-02x10", 0)]
    [InlineData(null, 0)]
    public void Occupation_MiddleOrMinorGroupCode_GivesTheNumber(string? code, int occupation)
    {
        Assert.Equal(occupation, FeatureMapper.Occupation(code));
        if (occupation != 0) Assert.Equal(code, FitScorer.OccupationCode(occupation));
    }

    [Fact]
    public void Talent_Positions_TheirCitiesAreWished_TheirTitlesAreKeywords_ThePayIsTheLeast()
    {
        var row = new TalentRow(Guid.CreateVersion7(), "370212", null, ["370200"], [], [JobType.FullTime], DegreeLevel.Bachelor, "080902",
            "软件工程", 2026, 9000, ["Java"], [new IntendedPosition("2-02-10", "后端开发", "370100", 7000), new IntendedPosition("bogus", null, null, null)]);

        var talent = Mapper.Talent(row);

        Assert.Equal(["370200", "370100"], talent.Regions.Select(r => r.ToString()));
        Assert.Equal([new PositionWish(20210, RegionRef.Parse("370100"), 7000)], talent.Positions);
        Assert.Equal(7000, talent.SalaryLeast);
        Assert.True(talent.Keywords.SharesAny("开发"));
    }

    [Fact]
    public void Sections_RealCatalog_PutsDivisionsUnderTheirSections()
    {
        var sections = Mapper.Sections;

        Assert.Equal('I', sections.Of(63));
        Assert.Equal('I', sections.Of(64));
        Assert.Equal('I', sections.Of(65));
        Assert.Equal('C', sections.Of(13));
        Assert.Equal('\0', sections.Of(0));
        Assert.Equal('\0', sections.Of(120));
    }

    [Fact]
    public void Talent_Row_MapsIntentionsAndSkillsForMatching()
    {
        var row = new TalentRow(Guid.CreateVersion7(), "370212", "371702", ["370200", "370200", "bogus"], ["6513", "65", "13"],
            [JobType.FullTime], DegreeLevel.Master, "080902", "软件工程", 2022, 9000, ["Java", "数据分析"]);

        var talent = Mapper.Talent(row);

        Assert.Equal(["370200"], talent.Regions.Select(r => r.ToString()));
        Assert.Equal([65, 13], talent.Divisions);
        Assert.Equal(80902, talent.Major);
        Assert.True(talent.Keywords.SharesAny("软件工程师"));
        Assert.True(talent.InScope("3717"));
        Assert.False(talent.InScope("3701"));
    }
}
