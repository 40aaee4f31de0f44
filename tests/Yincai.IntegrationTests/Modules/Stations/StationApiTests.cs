using System.Text.Json;
using Yincai.IntegrationTests.Modules.Events;
using Yincai.Modules.Policies.Contracts;

namespace Yincai.IntegrationTests.Modules.Stations;

/// <summary>The public reads of /api/v1 for maps and mini-programs: named stations (not those in review) and one station's page; the
/// published policies by region and keyword and one policy's paragraphs. No sign-in.</summary>
public sealed class StationApiTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.Clone();

    [Fact]
    public async Task Anyone_ListsNamedStationsByRegionAndKeyword_AndReadsOne()
    {
        var name = "海滨驿站" + Guid.NewGuid().ToString("N")[..6];
        var station = await app.NamedStationAsync(Guid.CreateVersion7(), name, region: "370202");
        using var anonymous = app.CreateBrowser();

        using var found = await anonymous.GetAsync("/api/v1/stations?region=3702&q=" + Uri.EscapeDataString(name), Ct);
        using var elsewhere = await anonymous.GetAsync("/api/v1/stations?region=3701&q=" + Uri.EscapeDataString(name), Ct);
        using var one = await anonymous.GetAsync($"/api/v1/stations/{station}", Ct);
        using var none = await anonymous.GetAsync($"/api/v1/stations/{Guid.CreateVersion7()}", Ct);

        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Equal([station], (await JsonAsync(found)).GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetGuid()));
        Assert.Equal(0, (await JsonAsync(elsewhere)).GetProperty("total").GetInt32());
        var answer = await JsonAsync(one);
        Assert.Equal(name, answer.GetProperty("station").GetProperty("name").GetString());
        Assert.StartsWith("TEST-", answer.GetProperty("station").GetProperty("certificateNumber").GetString(), StringComparison.Ordinal);
        Assert.Equal(["referral"], answer.GetProperty("services").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
    }

    [Fact]
    public async Task Anyone_SearchesPublishedPolicies_AndReadsOneByParagraph()
    {
        var catalog = app.Services.GetRequiredService<PolicyCatalog>();
        var policy = catalog.Search(Yincai.Platform.SearchTerms.None, null).First();
        using var anonymous = app.CreateBrowser();

        using var all = await anonymous.GetAsync("/api/v1/policies", Ct);
        using var one = await anonymous.GetAsync($"/api/v1/policies/{policy.Id}", Ct);
        using var none = await anonymous.GetAsync("/api/v1/policies/no-such-policy", Ct);

        Assert.Equal(catalog.Search(Yincai.Platform.SearchTerms.None, null).Count(), (await JsonAsync(all)).GetArrayLength());
        var answer = await JsonAsync(one);
        Assert.Equal(policy.Title, answer.GetProperty("policy").GetProperty("title").GetString());
        Assert.Equal(policy.Paragraphs.Count, answer.GetProperty("paragraphs").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
    }
}
