using System.Text;
using Yincai.Modules.Policies.Contracts;
using Yincai.Platform;

namespace Yincai.UnitTests.Modules.Policies;

/// <summary>The embedded notices and the funds drawn from them (STN-12: 找政策, 找资金).</summary>
[Trait("Rule", "STN-12")]
public sealed class PolicyCatalogTests
{
    private static readonly PolicyCatalog Catalog = new();

    [Fact]
    public void Load_FiveNotices_WithNumbersDatesAndRegionsAsTheTextsGiveThem()
    {
        var byNumber = Catalog.Policies.Where(p => p.Number is not null).ToDictionary(p => p.Number!);

        Assert.Equal(5, Catalog.Policies.Count);
        Assert.Equal(new DateOnly(2023, 5, 10), byNumber["鲁人社函〔2023〕38号"].IssuedOn);
        Assert.Equal("320000", byNumber["苏人社函〔2020〕212号"].RegionCode);
        Assert.Equal(new DateOnly(2021, 4, 9), byNumber["鲁委人组办发〔2021〕7号"].IssuedOn);
        Assert.Equal("370000", byNumber["鲁人社字〔2020〕128号"].RegionCode);
        var stations = Assert.Single(Catalog.Policies, p => p.Title == "关于开展人才驿站建设试点工作的通知");
        Assert.Null(stations.Number);
        Assert.Equal("370200", stations.RegionCode);
        Assert.Equal(2020, stations.Year);
    }

    [Fact]
    public void Load_EveryNumberGiven_OccursInItsText()
    {
        foreach (var policy in Catalog.Policies.Where(p => p.Number is not null))
            Assert.Contains(policy.Paragraphs, x => x.Text.Contains(policy.Number!, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_EveryFund_PointsToAnExistingNoticeAndAParagraphHoldingItsWords()
    {
        Assert.NotEmpty(Catalog.Funds);
        foreach (var fund in Catalog.Funds)
        {
            var policy = Catalog.Find(fund.PolicyId);
            Assert.NotNull(policy);
            var paragraph = Assert.Single(policy.Paragraphs, p => p.Number == fund.ParagraphNumber);
            Assert.Contains(Squash(fund.Benefit), Squash(paragraph.Text), StringComparison.Ordinal);
            Assert.True(RegionScope.IsRegionCode(fund.RegionCode));
        }
        Assert.Equal(Catalog.Funds.Count, Catalog.Funds.Select(f => f.Id).Distinct().Count());
    }

    [Fact]
    public void Load_InternshipSubsidy_SaysWhatTheNoticeSays()
    {
        var fund = Assert.Single(Catalog.Funds, f => f.Id == "internship-subsidy");

        Assert.Contains("最低工资标准的70%", fund.Benefit, StringComparison.Ordinal);
        Assert.Equal("graduates-2020", fund.PolicyId);
    }

    [Fact]
    public void Load_FundNamingAMissingNotice_StopsTheLoad()
    {
        var files = EmbeddedFiles();
        files["policy-funds.csv"] = "id,policy,clause,name,claimants,benefit,region\nx,no-such-policy,一,名,人,按规定给予奖励,370000\n";

        var error = Assert.Throws<InvalidDataException>(() => new PolicyCatalog(name => Reader(files[name])));

        Assert.Contains("no-such-policy", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FundWhoseWordsAreNotInTheNotice_StopsTheLoad()
    {
        var files = EmbeddedFiles();
        files["policy-funds.csv"] = "id,policy,clause,name,claimants,benefit,region\nx,graduates-2020,一,名,人,给予每人10000元补贴,370000\n";

        Assert.Throws<InvalidDataException>(() => new PolicyCatalog(name => Reader(files[name])));
    }

    [Fact]
    public void Paragraphs_SentenceCutByAPageBreak_IsJoinedAgain()
    {
        var enterprise = Catalog.Find("enterprise-talent-2021")!;
        var graduates = Catalog.Find("graduates-2020")!;

        Assert.Contains(enterprise.Paragraphs, p => p.Text.Contains("推动各地积极稳妥用好政策", StringComparison.Ordinal));
        Assert.Contains(graduates.Paragraphs, p => p.Text.Contains("事关我省高质量发展", StringComparison.Ordinal));
        Assert.DoesNotContain(enterprise.Paragraphs, p => p.Text.Contains("**", StringComparison.Ordinal) || p.Text.StartsWith('#'));
    }

    [Fact]
    public void Paragraphs_JiangsuNotice_AreSimplifiedWithoutPinyinGlosses()
    {
        var homes = Catalog.Find("returnee-homes-2020")!;

        Assert.Contains(homes.Paragraphs, p => p.Text.Contains("江苏省留学人员之家", StringComparison.Ordinal));
        Assert.DoesNotContain(homes.Paragraphs, p => p.Text.Contains("(fā)", StringComparison.Ordinal));
    }

    [Fact]
    public void SearchParagraphs_ChineseSubstring_FindsTheStationNoticesSixFinds()
    {
        var found = Catalog.SearchParagraphs(SearchTerms.Parse("六找")).ToList();

        var (policy, paragraph) = Assert.Single(found);
        Assert.Equal("talent-stations-2020", policy.Id);
        Assert.Contains("找政策、找平台、找项目、找资金、找人才、找岗位", paragraph.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_ByQingdao_AlsoListsTheProvincesPolicies_ButNotJiangsus()
    {
        var ids = Catalog.Search(SearchTerms.None, "370200").Select(p => p.Id).ToList();

        Assert.Contains("talent-stations-2020", ids);
        Assert.Contains("graduates-2020", ids);
        Assert.DoesNotContain("returnee-homes-2020", ids);
    }

    [Fact]
    public void Snippet_LongParagraph_IsCutAroundTheFirstMatch()
    {
        var terms = SearchTerms.Parse("六找");
        var (_, paragraph) = Catalog.SearchParagraphs(terms).Single();

        var snippet = PolicyCatalog.Snippet(paragraph, terms, length: 30);

        Assert.Contains("六找", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Length <= 32);
    }

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static Dictionary<string, string> EmbeddedFiles()
    {
        var files = new Dictionary<string, string>();
        var assembly = typeof(PolicyCatalog).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Yincai.ReferenceData.", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!, Encoding.UTF8);
            files[name["Yincai.ReferenceData.".Length..]] = reader.ReadToEnd();
        }
        return files;
    }

    private static StreamReader Reader(string text) => new(new MemoryStream(Encoding.UTF8.GetBytes(text)), Encoding.UTF8);
}
