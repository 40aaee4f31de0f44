using Yincai.Modules.Matching.Scoring;

namespace Yincai.UnitTests.Modules.Matching.Scoring;

public sealed class TextGramsTests
{
    [Fact]
    public void Terms_ChineseRun_GivesItsCharacterBigrams()
    {
        Assert.Equal(["数据", "据分", "分析"], TextGrams.Terms("数据分析"));
    }

    [Fact]
    public void Terms_SingleChineseCharacter_GivesTheCharacter()
    {
        Assert.Equal(["厨"], TextGrams.Terms("厨"));
    }

    [Fact]
    public void Terms_EnglishThenChinese_GivesLowerCasedWordAndBigram()
    {
        Assert.Equal(["java", "开发"], TextGrams.Terms("Java开发"));
    }

    [Fact]
    public void Terms_FullWidthLetters_AreNormalisedToAsciiLowerCase()
    {
        Assert.Equal(["java"], TextGrams.Terms("Ｊａｖａ"));
        Assert.Equal(TextGrams.Of(["java"]), TextGrams.Of(["Ｊａｖａ"]));
    }

    [Fact]
    public void Terms_PunctuationBetweenChineseWords_NoBigramAcrossIt()
    {
        Assert.Equal(["会计", "审计"], TextGrams.Terms("会计、审计"));
    }

    [Fact]
    public void Terms_LanguageNames_KeepPlusHashAndDigits()
    {
        Assert.Equal(["c++", "c#", "python3"], TextGrams.Terms("C++ / C#，Python3"));
    }

    [Fact]
    public void Terms_NoLettersNoChinese_GivesNothing()
    {
        Assert.Empty(TextGrams.Terms(" ，。-/ "));
    }

    [Fact]
    public void Of_SameTermsInAnyOrderOrCase_SameSortedSet()
    {
        var grams = TextGrams.Of(["数据分析", "SQL"]);

        Assert.Equal(grams, TextGrams.Of(["sql", null, "", "数据分析", "分析"]));
        Assert.Equal(grams.Order(), grams);
        Assert.Equal(4, grams.Length);
    }

    [Fact]
    public void Of_LongText_StopsAtMaxTerms()
    {
        var text = string.Join(" ", Enumerable.Range(0, 200).Select(i => $"word{i}"));

        Assert.Equal(TextGrams.MaxTerms, TextGrams.Of([text]).Length);
        Assert.Equal(10, TextGrams.Of([text], max: 10).Length);
    }

    [Fact]
    public void Overlap_ChineseSkillAndLongerTag_CountsSharedBigrams()
    {
        Assert.Equal(3, TextGrams.Overlap(TextGrams.Of(["数据分析"]), TextGrams.Of(["大数据分析师"])));
    }
}
