namespace Yincai.IntegrationTests.Modules.Regions;

/// <summary>The public directory of service offices: anyone finds offices of every region by city and keyword, with the
/// phone to call; the six finds send the public there for more.</summary>
public sealed class OfficeDirectoryTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<Office> OfficeAsync(string region, string name, string address) =>
        app.WithDbAsync(async db =>
        {
            var office = new Office(region, name, address, "0532-8888 1234", "工作日 9:00–17:00");
            db.Offices.Add(office);
            await db.SaveChangesAsync(Ct);
            return office;
        });

    private async Task<string> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    [Fact]
    public async Task Directory_Anonymous_FindsOfficesOfEveryRegionByCityAndKeyword()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        await OfficeAsync("370202", "市南区人才服务站" + tag, "青岛市市南区香港中路1号");
        await OfficeAsync("370212", "崂山区就业服务中心" + tag, "青岛市崂山区海尔路2号");
        await OfficeAsync("370102", "历下区人才市场" + tag, "济南市历下区泉城路3号");
        using var anonymous = app.CreateClient();

        var all = await GetAsync(anonymous, $"/Offices?q={tag}");
        var qingdao = await GetAsync(anonymous, $"/Offices?city=370200&q={tag}");
        var laoshan = await GetAsync(anonymous, $"/Offices?q={Uri.EscapeDataString("崂山 " + tag)}");
        var none = await GetAsync(anonymous, $"/Offices?city=370100&q={Uri.EscapeDataString("崂山 " + tag)}");

        Assert.Contains("共 3 个服务机构", all, StringComparison.Ordinal);
        Assert.Contains("历下区人才市场" + tag, all, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:0532-88881234\"", all, StringComparison.Ordinal);
        Assert.Contains("共 2 个服务机构", qingdao, StringComparison.Ordinal);
        Assert.DoesNotContain("历下区人才市场" + tag, qingdao, StringComparison.Ordinal);
        Assert.Contains("崂山区就业服务中心" + tag, laoshan, StringComparison.Ordinal);
        Assert.DoesNotContain("市南区人才服务站" + tag, laoshan, StringComparison.Ordinal);
        Assert.Contains("没有找到服务机构", none, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SixFinds_Platforms_SendThePublicToTheDirectory_AndOfficersToTheirList()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        await OfficeAsync("370202", "见习服务中心" + tag, "青岛市市南区香港中路1号");
        using var anonymous = app.CreateClient();
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");

        var publicPage = await GetAsync(anonymous, $"/Finds?q={tag}");
        var officerPage = await GetAsync(officer, $"/Finds?q={tag}");

        Assert.Contains($"href=\"/Offices?q={tag}\"", publicPage, StringComparison.Ordinal);
        Assert.Contains("href=\"/Regions/Offices\"", officerPage, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/Offices?", officerPage, StringComparison.Ordinal);
    }
}
