using System.Globalization;

namespace Yincai.IntegrationTests.Modules.Regions;

/// <summary>Minimum wages (the basis of GRD-09's internship subsidy): the standard in force on a date by province, tier by city with
/// counties that differ, entered whole by the province's own officers. Tests here enter Jiangsu's; the demo data hold Shandong's
/// made-up two.</summary>
public sealed class MinimumWageTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Jiangsu = "320000";
    private const string Nanjing = "320100", Xuanwu = "320102", Lishui = "320117", Suzhou = "320500";

    private Task<T> AsOfficerAsync<T>(string scope, Func<IServiceProvider, Task<T>> work) =>
        app.WithServicesAsync(s =>
        {
            s.GetRequiredService<CurrentUser>().ActAs(Guid.CreateVersion7(), "officer.test", scope, [Roles.Officer]);
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
            return work(s);
        });

    private async Task<Dictionary<string, int>> JiangsuCitiesAsync(int tier) =>
        await app.WithServicesAsync(s => s.GetRequiredService<YincaiDb>().Regions.AsNoTracking()
            .Where(r => r.ProvinceCode == Jiangsu && r.Level == RegionLevel.Prefecture).ToDictionaryAsync(r => r.Code, _ => tier, Ct));

    private Task<Result<MinimumWageStandard>> AddAsync(string scope, DateOnly effective, Dictionary<string, int> cities,
        Dictionary<string, int>? counties = null, decimal first = 2660) =>
        AsOfficerAsync(scope, s => s.GetRequiredService<MinimumWageBook>().AddAsync(new MinimumWageInput(Jiangsu, "苏人社规〔测试〕" + effective.Year + "号",
            effective, [(first, 25m), (first - 200, 23m), (first - 400, null)], cities, counties ?? []), Ct));

    private Task<MinimumWage?> InForceAsync(string county, DateOnly on) =>
        app.WithServicesAsync(s => s.GetRequiredService<MinimumWages>().InForceAsync(county, on, Ct));

    [Fact]
    [Trait("Rule", "GRD-09")]
    public async Task InForce_TheDayBeforeAndOnTheEffectiveDate_GivesTheOldThenTheNewStandard_CountyOverridesItsCity()
    {
        var cities = await JiangsuCitiesAsync(2);
        cities[Nanjing] = 1;
        Assert.False((await AddAsync(Jiangsu, new DateOnly(2031, 4, 1), cities, first: 2500)).IsError);
        Assert.False((await AddAsync(Jiangsu, new DateOnly(2032, 4, 1), cities, new() { [Lishui] = 3 }, first: 2700)).IsError);

        var before = await InForceAsync(Xuanwu, new DateOnly(2032, 3, 31));
        var on = await InForceAsync(Xuanwu, new DateOnly(2032, 4, 1));
        var lishui = await InForceAsync(Lishui, new DateOnly(2032, 4, 1));
        var suzhou = await InForceAsync("320505", new DateOnly(2032, 4, 1));

        Assert.Equal((1, 2500m), (before!.Tier, before.Monthly));
        Assert.Equal((1, 2700m, 25m), (on!.Tier, on.Monthly, on.Hourly));
        Assert.Equal((3, 2300m, (decimal?)null), (lishui!.Tier, lishui.Monthly, lishui.Hourly));
        Assert.Equal((2, 2500m), (suzhou!.Tier, suzhou.Monthly));
        Assert.False(on.IsDemo);
    }

    [Fact]
    public async Task InForce_BeforeAnyStandardOrInAProvinceWithoutOne_IsNoFigure()
    {
        Assert.Null(await InForceAsync(Xuanwu, new DateOnly(2001, 1, 1)));
        Assert.Null(await InForceAsync("110101", new DateOnly(2026, 6, 1)));
    }

    [Fact]
    public async Task InForce_DemoShandong_IsMarkedDemo_AndChangesOnItsDate()
    {
        var september = await InForceAsync("370202", new DateOnly(2025, 9, 30));
        var october = await InForceAsync("370202", new DateOnly(2025, 10, 1));

        Assert.True(september!.IsDemo);
        Assert.Equal(2100m, september.Monthly);
        Assert.Equal(2300m, october!.Monthly);
    }

    [Fact]
    public async Task Add_ACityWithoutATier_IsRefusedNamingIt_AndNothingIsSaved()
    {
        var cities = await JiangsuCitiesAsync(1);
        cities.Remove(Suzhou);

        var added = await AddAsync(Jiangsu, new DateOnly(2033, 1, 1), cities);

        Assert.True(added.IsError);
        Assert.Equal("CityTiers[" + Suzhou + "]", added.Error!.Field);
        Assert.Contains("苏州市", added.Error.Message, StringComparison.Ordinal);
        Assert.NotEqual(2033, (await InForceAsync(Xuanwu, new DateOnly(2033, 1, 1)))?.EffectiveOn.Year);
    }

    [Fact]
    public async Task Add_ACityOfficer_IsRefused_AndASecondStandardOnTheSameDateToo()
    {
        var cities = await JiangsuCitiesAsync(1);

        var byCity = await AddAsync(Nanjing, new DateOnly(2034, 1, 1), cities);
        var first = await AddAsync(Jiangsu, new DateOnly(2034, 1, 1), cities);
        var again = await AddAsync(Jiangsu, new DateOnly(2034, 1, 1), cities, first: 3000);

        Assert.Equal("regions.minimum_wage.not_allowed", byCity.Error?.Code);
        Assert.False(first.IsError);
        Assert.Equal("EffectiveOn", again.Error?.Field);
        Assert.Equal(2660m, (await InForceAsync(Xuanwu, new DateOnly(2034, 1, 1)))!.Monthly);
    }

    [Fact]
    public async Task Add_ATierWithoutAMonthlyAmount_IsRefusedNamingTheTier()
    {
        var added = await AsOfficerAsync(Jiangsu, s => s.GetRequiredService<MinimumWageBook>().AddAsync(new MinimumWageInput(Jiangsu, "苏人社规〔测试〕", new DateOnly(2035, 1, 1),
            [(2660m, 25m), (null, 23m)], new Dictionary<string, int>(), new Dictionary<string, int>()), Ct));

        Assert.Equal("Tiers[1]", added.Error?.Field);
        Assert.Contains("第2档", added.Error!.Message, StringComparison.Ordinal);
    }
}
