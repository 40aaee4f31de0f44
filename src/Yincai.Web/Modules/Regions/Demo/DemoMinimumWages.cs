using Microsoft.EntityFrameworkCore;
using Yincai.Platform;

namespace Yincai.Modules.Regions.Demo;

/// <summary>
/// Made-up Shandong minimum wages for the demo only, marked 演示: no verified figures were at hand (see the data's SOURCE note). Two
/// standards, so that a period spanning a change shows both; three tiers by city.
/// </summary>
public sealed class DemoMinimumWages(YincaiDb db, TimeProvider clock) : IDemoSeeder
{
    private static readonly Dictionary<string, int> CityTiers = new()
    {
        ["370100"] = 1, ["370200"] = 1, ["370300"] = 1, ["370600"] = 1, ["371000"] = 1,
        ["370500"] = 2, ["370700"] = 2, ["370800"] = 2, ["370900"] = 2, ["371100"] = 2, ["371300"] = 2,
        ["370400"] = 3, ["371400"] = 3, ["371500"] = 3, ["371600"] = 3, ["371700"] = 3,
    };

    public int Order => 12;

    public async Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        if (await db.MinimumWageStandards.IgnoreQueryFilters().AnyAsync(cancellationToken)) return;
        var cities = await db.Regions.AsNoTracking().Where(r => r.ProvinceCode == DemoData.Shandong && r.Level == Contracts.RegionLevel.Prefecture)
            .Select(r => r.Code).ToListAsync(cancellationToken);
        var areas = cities.ToDictionary(c => c, c => CityTiers.GetValueOrDefault(c, 3));
        var now = clock.GetUtcNow().UtcDateTime;
        db.MinimumWageStandards.Add(new MinimumWageStandard(DemoData.Shandong, "鲁政字〔2021〕演示号（演示）", new DateOnly(2021, 10, 1), isDemo: true,
            [new(1, 2100, 21), new(2, 1900, 19), new(3, 1700, 17)], areas, null, now));
        db.MinimumWageStandards.Add(new MinimumWageStandard(DemoData.Shandong, "鲁政字〔2025〕演示号（演示）", new DateOnly(2025, 10, 1), isDemo: true,
            [new(1, 2300, 23), new(2, 2100, 21), new(3, 1900, 19)], areas, null, now));
        await db.SaveChangesAsync(cancellationToken);
        context.Created(2, "minimum wage standards (demo figures)");
    }
}
