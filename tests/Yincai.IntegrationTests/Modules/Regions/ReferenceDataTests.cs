
namespace Yincai.IntegrationTests.Modules.Regions;

/// <summary>The divisions and the holiday calendar that startup loads into the database.</summary>
public sealed class ReferenceDataTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Regions_Shandong_HasSixteenPrefectureCities()
    {
        var cities = await app.WithDbAsync(db => db.Regions.AsNoTracking()
            .Where(r => r.ParentCode == DemoData.Shandong && r.Level == RegionLevel.Prefecture)
            .OrderBy(r => r.Code).ToListAsync(Ct));

        Assert.Equal(16, cities.Count);
        Assert.Contains(cities, r => r.Code == DemoData.Jinan && r.Name == "济南市");
        Assert.Contains(cities, r => r.Code == DemoData.Qingdao && r.Name == "青岛市");
        Assert.All(cities, r => Assert.Equal(DemoData.Shandong, r.ProvinceCode));
    }

    [Fact]
    public async Task LoadAsync_SecondTime_AddsNothing()
    {
        async Task<(int Regions, int Days, long Audit)> CountAsync() => await app.WithDbAsync(async db =>
            (await db.Regions.CountAsync(Ct), await db.CalendarEntries.CountAsync(Ct),
             await db.AuditEntries.MaxAsync(a => (long?)a.Sequence, Ct) ?? 0));
        var before = await CountAsync();

        await app.WithServicesAsync(services => services.GetRequiredService<ReferenceDataLoader>().LoadAsync(Ct));

        var after = await CountAsync();
        Assert.True(before.Regions > 3000, $"only {before.Regions} regions were loaded at startup");
        Assert.True(before.Days > 200, $"only {before.Days} calendar days were loaded at startup");
        Assert.Equal(before, after);
    }
}
