using System.Text.Json;
using Yincai.Modules.Benefits;

namespace Yincai.IntegrationTests.Modules.Benefits;

/// <summary>/api/v1/benefits: the benefits in force for anyone, and a talent's own standing against each (conditions met or not, the
/// amount) for an app, the same as the page shows (a benefit of another city is not among them); only claimants read their own.</summary>
public sealed class BenefitApiTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static DateOnly Today => ChinaClock.DateOf(DateTime.UtcNow);

    [Fact]
    [Trait("Rule", "ENT-05")]
    public async Task Anyone_ListsTheBenefitsInForce_ATalentReadsTheirStanding_ByCondition()
    {
        var name = "青岛落户补贴" + Guid.NewGuid().ToString("N")[..6];
        var (benefit, _) = await app.DefineAsync("370200", name, BenefitClaimant.Talent, BenefitFrequency.Once, BenefitInstalments.None,
            Today.AddDays(-30), [new("本科及以上学历", "Degree >= Bachelor", "学历证书"), new("青岛户籍", "In(HouseholdRegion, \"3702\")", "户口簿")], "1000");
        var (talent, _) = await app.DeclaredTalentAsync("370202", "青岛人");
        using var anonymous = app.CreateBrowser();
        using var client = await app.CreateApiClientAsync(talent.UserName, talent.Password);

        using var list = await anonymous.GetAsync("/api/v1/benefits?region=370200", Ct);
        using var mine = await client.GetAsync("/api/v1/benefits/me", Ct);
        using var refused = await anonymous.GetAsync("/api/v1/benefits/me", Ct);

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains(JsonDocument.Parse(await list.Content.ReadAsStringAsync(Ct)).RootElement.EnumerateArray(),
            b => b.GetProperty("id").GetGuid() == benefit.Id && b.GetProperty("name").GetString() == name);
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        var option = JsonDocument.Parse(await mine.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("options").EnumerateArray()
            .Single(o => o.GetProperty("benefitId").GetGuid() == benefit.Id);
        Assert.False(option.GetProperty("canClaim").GetBoolean());
        var conditions = option.GetProperty("conditions").EnumerateArray().ToDictionary(c => c.GetProperty("label").GetString()!, c => c.GetProperty("met").GetBoolean());
        Assert.False(conditions["本科及以上学历"]); // declared, not proved by a list
        Assert.True(conditions["青岛户籍"]);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }
}
