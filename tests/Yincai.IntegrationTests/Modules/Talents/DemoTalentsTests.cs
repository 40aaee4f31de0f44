namespace Yincai.IntegrationTests.Modules.Talents;

/// <summary>The demo talents are made through the same code as real records: their profile, their data download and an
/// officer's reveal of their disadvantaged groups work like anyone's.</summary>
public sealed class DemoTalentsTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OpenProfile_DemoTalentAccount_ShowsTheRecord()
    {
        using var browser = await app.ClientAsync(Via.Cookie, Yincai.Modules.Accounts.Contracts.DemoUsers.Talent);

        using var response = await browser.GetAsync("/Talents/Profile", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("李明", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Json")]
    [InlineData("Excel")]
    public async Task DownloadData_DemoTalentAccount_GivesTheFile(string handler)
    {
        using var browser = await app.ClientAsync(Via.Cookie, Yincai.Modules.Accounts.Contracts.DemoUsers.Talent);

        using var response = await YincaiAppFactory.PostFormAsync(browser, "/Talents/Profile/Data?handler=" + handler, [],
            tokenFrom: "/Talents/Profile/Data");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
    }

    [Fact]
    public async Task RevealDisadvantaged_DemoTalentAccountAndPoolTalent_ShowsNone()
    {
        // The demo talent signs in with its mobile number, found through its blind index.
        var index = app.Services.GetRequiredService<Yincai.Platform.Protection.FieldProtection>()
            .BlindIndex(Yincai.Modules.Accounts.Contracts.DemoUsers.Talent);
        var talentIds = await app.WithDbAsync(async db =>
        {
            var account = await db.Users.Where(u => u.MobileIndex == index).Select(u => u.Id).SingleAsync(Ct);
            var mine = await db.Talents.Where(t => t.UserId == account).Select(t => t.Id).SingleAsync(Ct);
            // A talent of the demo pool, not one behind a demo graduate (one of those is from a poor family), and the same one
            // on every run: without an order PostgreSQL may return any.
            var pooled = await db.Talents
                .Where(t => t.UserId == null && t.RegionCode.StartsWith("3702") && !db.Graduates.Any(g => g.TalentId == t.Id))
                .OrderBy(t => t.Id).Select(t => t.Id).FirstAsync(Ct);
            return new[] { mine, pooled };
        });
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");
        const string none = "不属于以上情形"; // Disadvantaged_None in zh-CN, the default culture

        foreach (var id in talentIds)
        {
            var page = $"/Talents/Review/Details?id={id}";
            using var response = await YincaiAppFactory.PostFormAsync(officer, page + "&handler=Reveal",
                new Dictionary<string, string> { ["id"] = id.ToString(), ["purpose"] = "service", ["field"] = "disadvantaged" }, tokenFrom: page);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains($"data-testid=\"disadvantaged-clear\">{none}<", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
    }
}
