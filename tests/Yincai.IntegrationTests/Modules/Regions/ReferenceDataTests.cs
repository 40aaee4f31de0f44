
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
        Task<(int Regions, int Days)> CountAsync() => app.WithDbAsync(async db => (await db.Regions.CountAsync(Ct), await db.CalendarEntries.CountAsync(Ct)));
        var before = await CountAsync();
        var mark = await app.LastAuditSequenceAsync();

        await app.WithServicesAsync(services => services.GetRequiredService<ReferenceDataLoader>().LoadAsync(Ct));

        var after = await CountAsync();
        await app.SealAuditAsync();
        // Only audit rows about reference data count: the app's background work (digests, expiry notices) may write its own meanwhile.
        var audited = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Sequence > mark
            && (a.EntityType == nameof(Region) || a.EntityType == nameof(CalendarEntry)), Ct));
        Assert.True(before.Regions > 3000, $"only {before.Regions} regions were loaded at startup");
        Assert.True(before.Days > 200, $"only {before.Days} calendar days were loaded at startup");
        Assert.Equal(before, after);
        Assert.Equal(0, audited);
    }
}
