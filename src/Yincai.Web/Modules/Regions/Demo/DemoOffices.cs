using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Regions.Demo;

/// <summary>A service office for each Shandong city that has none, with a demo address and the 12333 hotline.</summary>
public sealed class DemoOffices(YincaiDb db) : IDemoSeeder
{
    public int Order => 10;

    public async Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        var cities = await db.Regions.Where(r => r.ParentCode == DemoData.Shandong && r.Level == RegionLevel.Prefecture)
            .OrderBy(r => r.Code).ToListAsync(cancellationToken);
        var existing = await db.Offices.Select(o => o.RegionCode).ToListAsync(cancellationToken);
        var missing = cities.Where(c => !existing.Contains(c.Code)).ToList();
        foreach (var city in missing)
            db.Offices.Add(new Office(city.Code, city.Name + "公共就业和人才服务中心", city.Name + "（演示地址）", "12333", "工作日 9:00–17:00"));
        await db.SaveChangesAsync(cancellationToken);
        context.Created(missing.Count, "offices");
    }
}
