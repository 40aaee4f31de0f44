namespace Yincai.IntegrationTests.Modules.Regions;

/// <summary>Two officers editing the same office: the second save, made on a stale copy, is refused.</summary>
public sealed class OfficeConcurrencyTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static KeyValuePair<string, string>[] Form(Office office, string name, int version) =>
    [
        new("Input.RegionCode", office.RegionCode), new("Input.Name", name), new("Input.Address", office.Address),
        new("Input.Phone", office.Phone), new("Input.OpeningHours", office.OpeningHours),
        new("Input.Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];

    [Fact]
    public async Task EditPagePost_StaleVersion_ShowsConflictAndKeepsTheFirstSave()
    {
        var office = await app.CreateOfficeAsync(DemoData.Qingdao);
        using var first = await app.ClientAsync(Via.Cookie, "officer.qd");
        using var second = await app.ClientAsync(Via.Cookie, "officer.sd");
        var path = $"/Regions/Offices/Edit?id={office.Id}";

        using var saved = await YincaiAppFactory.PostFormAsync(first, path, Form(office, "第一位经办人的修改", office.Version));
        using var stale = await YincaiAppFactory.PostFormAsync(second, path, Form(office, "第二位经办人的修改", office.Version));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("该记录已被他人修改", await stale.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var stored = await app.FindOfficeAsync(office.Id);
        Assert.Equal("第一位经办人的修改", stored!.Name);
        Assert.Equal(office.Version + 1, stored.Version);
    }
}
