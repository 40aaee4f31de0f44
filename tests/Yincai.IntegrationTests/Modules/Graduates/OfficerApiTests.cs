using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Yincai.IntegrationTests.Modules.Ambassadors;

namespace Yincai.IntegrationTests.Modules.Graduates;

/// <summary>An office's own systems read its lists through /api/v1 with an officer's token: the graduates' work list and the
/// ambassadors, each as long as the page's list for the same filters in the same scope, names or ID numbers masked; no one else reads
/// them.</summary>
public sealed partial class OfficerApiTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex("data-testid=\"pager-total\" data-count=\"(\\d+)\"")]
    private static partial Regex PagerTotal();

    private async Task<(int Page, JsonElement Api)> BothAsync(string officer, string page, string api)
    {
        using var browser = await app.ClientAsync(Via.Cookie, officer);
        using var client = await app.ClientAsync(Via.Bearer, officer);
        var html = await browser.GetPageAsync(page);
        var total = int.Parse(PagerTotal().Match(html).Groups[1].Value, CultureInfo.InvariantCulture);
        using var response = await client.GetAsync(api, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (total, JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.Clone());
    }

    [Fact]
    public async Task GraduatesWorkList_IsThePagesList_NamesAndIdNumbersMasked()
    {
        var (page, api) = await BothAsync(DemoUsers.CountyOfficer, "/Graduates?view=All", "/api/v1/graduates?view=All");

        Assert.True(page > 0);
        Assert.Equal(page, api.GetProperty("total").GetInt32());
        var first = api.GetProperty("items")[0];
        Assert.Contains("*", first.GetProperty("maskedName").GetString(), StringComparison.Ordinal);
        Assert.Contains("*", first.GetProperty("idNumberMasked").GetString(), StringComparison.Ordinal);
        using var talent = await app.ClientAsync(Via.Bearer, DemoUsers.Talent);
        using var refused = await talent.GetAsync("/api/v1/graduates", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task Ambassadors_AreThePagesList_InTheOfficersScope_IdNumbersMasked_ATalentReadsOnlyTheirOwn()
    {
        var (page, api) = await BothAsync(DemoUsers.QingdaoOfficer, "/Ambassadors", "/api/v1/ambassadors");

        Assert.Equal(page, api.GetProperty("total").GetInt32());
        Assert.All(api.GetProperty("items").EnumerateArray(), a => Assert.StartsWith("3702", a.GetProperty("regionCode").GetString(), StringComparison.Ordinal));
        Assert.All(api.GetProperty("items").EnumerateArray(), a => Assert.Contains("*", a.GetProperty("idNumberMasked").GetString(), StringComparison.Ordinal));
        using var talent = await app.ClientAsync(Via.Bearer, DemoUsers.Talent);
        using var officersList = await talent.GetAsync("/api/v1/ambassadors", Ct);
        using var own = await talent.GetAsync("/api/v1/ambassadors/me", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, officersList.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(await own.Content.ReadAsStringAsync(Ct)).RootElement.ValueKind);
    }
}
