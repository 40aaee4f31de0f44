using Yincai.Platform;

namespace Yincai.UnitTests.Platform;

[Trait("Rule", "STN-12")]
public sealed class SearchTermsTests
{
    [Fact]
    public void Parse_FullWidthLatinAndDigits_FoldsToHalfWidthLowerCase()
    {
        var terms = SearchTerms.Parse("  ＪＡＶＡ　工程师２０２６ ");

        Assert.Equal(["java", "工程师2026"], terms.Terms);
    }

    [Fact]
    public void Parse_ChineseWithoutSpaces_StaysOneTerm()
    {
        var terms = SearchTerms.Parse("人才驿站建设");

        Assert.Equal(["人才驿站建设"], terms.Terms);
    }

    [Fact]
    public void Parse_WhiteSpaceOfAnyKind_SplitsIntoDistinctTerms()
    {
        var terms = SearchTerms.Parse("软件\t青岛　软件\n C#");

        Assert.Equal(["软件", "青岛", "c#"], terms.Terms);
        Assert.Equal("软件 青岛 c#", terms.Text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  　 ")]
    public void Parse_NothingTyped_IsEmpty(string? raw)
    {
        Assert.True(SearchTerms.Parse(raw).IsEmpty);
    }

    [Fact]
    public void Parse_ManyTerms_KeepsAtMostMaxTerms()
    {
        var terms = SearchTerms.Parse("a b c d e f g h i j");

        Assert.Equal(SearchTerms.MaxTerms, terms.Terms.Count);
    }

    [Fact]
    public void Normalize_KeepsTheLength_SoOffsetsMapBackToTheOriginal()
    {
        const string text = "（一）ＡＢＣ　见习补贴";

        var folded = SearchTerms.Normalize(text);

        Assert.Equal(text.Length, folded.Length);
        Assert.Equal("(一)abc 见习补贴", folded);
    }

    [Fact]
    public void AllOccurIn_EveryTermAsSubstring_MatchesInAnyOrder()
    {
        var terms = SearchTerms.Parse("补贴 见习");

        Assert.True(terms.AllOccurIn(SearchTerms.Normalize("见习补贴标准提高至当地最低工资标准的70%")));
        Assert.False(terms.AllOccurIn(SearchTerms.Normalize("创业补贴")));
    }

    [Fact]
    public void Mark_CutsTheOriginalTextAroundMatches()
    {
        var terms = SearchTerms.Parse("ｊａｖａ 驿站");

        var runs = terms.Mark("Java人才驿站");

        Assert.Equal([("Java", true), ("人才", false), ("驿站", true)], runs);
    }
}
