using Microsoft.EntityFrameworkCore;
using Yincai.Platform;

namespace Yincai.Modules.Regions.Contracts;

/// <summary>Look-ups of administrative divisions (GB/T 2260) for other modules.</summary>
public sealed class RegionDirectory(YincaiDb db)
{
    public Task<bool> ExistsAsync(string code, CancellationToken cancellationToken) =>
        db.Regions.AnyAsync(r => r.Code == code, cancellationToken);

    public Task<Dictionary<string, string>> NamesAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken) =>
        db.Regions.AsNoTracking().Where(r => codes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, cancellationToken);

    /// <summary>
    /// What a region picker shows: the provinces, and the cities and counties of <paramref name="province"/>
    /// (or of the province of <paramref name="selectedCode"/> when none was picked).
    /// </summary>
    public async Task<RegionChoices> ChoicesAsync(string? province, string? selectedCode, CancellationToken cancellationToken)
    {
        var provinces = await db.Regions.AsNoTracking().Where(r => r.Level == RegionLevel.Province).OrderBy(r => r.Code)
            .Select(r => new RegionSummary(r.Code, r.Name, r.Level)).ToListAsync(cancellationToken);
        province = RegionScope.IsRegionCode(province) ? province
            : RegionScope.IsRegionCode(selectedCode) ? selectedCode![..2] + "0000" : null;
        var regions = province is null ? [] : await db.Regions.AsNoTracking()
            .Where(r => r.ProvinceCode == province && r.Level != RegionLevel.Province).OrderBy(r => r.Code)
            .Select(r => new RegionSummary(r.Code, r.Name, r.Level)).ToListAsync(cancellationToken);
        return new RegionChoices(provinces, province, regions);
    }

    /// <summary>Every province and, under each, its cities (prefectures) in code order; a municipality (北京市) has none
    /// and is a city itself. What a "which city" filter offers without first asking for the province.</summary>
    public Task<List<RegionSummary>> ProvincesAndCitiesAsync(CancellationToken cancellationToken) =>
        db.Regions.AsNoTracking().Where(r => r.Level == RegionLevel.Province || r.Level == RegionLevel.Prefecture).OrderBy(r => r.Code)
            .Select(r => new RegionSummary(r.Code, r.Name, r.Level)).ToListAsync(cancellationToken);

    /// <summary>The divisions inside a scope, in code order (the province, its cities, their counties).</summary>
    public Task<List<RegionSummary>> WithinAsync(RegionScope scope, CancellationToken cancellationToken)
    {
        var prefix = scope.Prefix ?? "";
        return db.Regions.AsNoTracking().Where(r => r.Code.StartsWith(prefix)).OrderBy(r => r.Code)
            .Select(r => new RegionSummary(r.Code, r.Name, r.Level)).ToListAsync(cancellationToken);
    }
}
