namespace Yincai.IntegrationTests.Modules.Policies;

/// <summary>The published policies and their funds, for anyone (STN-12: 找政策, 找资金).</summary>
[Trait("Rule", "STN-12")]
public sealed class PolicyPagesTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> GetAsync(string path)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(await response.Content.ReadAsStringAsync(Ct), "</?mark[^>]*>", ""));
    }

    [Fact]
    public async Task List_WithoutSigningIn_ShowsTheFiveNotices_AndFiltersByRegion()
    {
        var all = await GetAsync("/Policies");
        var jiangsu = await GetAsync("/Policies?region=320000");
        var qingdao = await GetAsync("/Policies?region=370200");

        Assert.Contains("共 5 件政策", all, StringComparison.Ordinal);
        Assert.Contains("共 1 件政策", jiangsu, StringComparison.Ordinal);
        Assert.Contains("苏人社函〔2020〕212号", jiangsu, StringComparison.Ordinal);
        Assert.DoesNotContain("苏人社函〔2020〕212号", qingdao, StringComparison.Ordinal);
        Assert.Contains("关于开展人才驿站建设试点工作的通知", qingdao, StringComparison.Ordinal);
        Assert.Contains("鲁人社字〔2020〕128号", qingdao, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_Keyword_KeepsPoliciesHoldingIt()
    {
        var page = await GetAsync("/Policies?q=" + Uri.EscapeDataString("留学人员之家"));

        Assert.Contains("共 1 件政策", page, StringComparison.Ordinal);
        Assert.Contains("/Policies/View?id=returnee-homes-2020", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task View_FullTextWithAnchoredParagraphs_AndItsFunds()
    {
        var page = await GetAsync("/Policies/View?id=graduates-2020");

        Assert.Contains("鲁人社字〔2020〕128号", page, StringComparison.Ordinal);
        Assert.Contains("id=\"p-1\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"fund-internship-subsidy\"", page, StringComparison.Ordinal);
        Assert.Contains("见习补贴标准提高至当地最低工资标准的70%", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task View_UnknownPolicy_IsNotFound()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/Policies/View?id=no-such-policy", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Funds_Keyword_ListsMatchingFundsWithTheirNotice()
    {
        var page = await GetAsync("/Policies/Funds?q=" + Uri.EscapeDataString("创业"));

        Assert.Contains("一次性创业补贴", page, StringComparison.Ordinal);
        Assert.Contains("/Policies/View?id=graduates-2020#p-", page, StringComparison.Ordinal);
        Assert.DoesNotContain("就业见习补贴", page, StringComparison.Ordinal);
    }
}
