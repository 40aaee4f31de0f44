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

    /// <summary>Each code's name with the names above it, as on an address (山东省青岛市市南区); unknown codes are left out.</summary>
    public async Task<Dictionary<string, string>> FullNamesAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        // The province and the city of a GB/T 2260 code are its first two and four digits.
        var wanted = codes.Where(RegionScope.IsRegionCode).SelectMany(c => new[] { c, c[..2] + "0000", c[..4] + "00" }).Distinct().ToList();
        var lookup = new RegionLookup((await db.Regions.AsNoTracking().Where(r => wanted.Contains(r.Code))
            .Select(r => new { r.Code, r.Name, r.ParentCode }).ToListAsync(cancellationToken)).Select(r => (r.Code, r.Name, r.ParentCode)));
        return codes.Where(lookup.Contains).Distinct().ToDictionary(c => c, lookup.FullName);
    }

    /// <summary>Every division, for reading codes and names where a code is asked (imports) and writing full names.</summary>
    public async Task<RegionLookup> LookupAsync(CancellationToken cancellationToken) =>
        new((await db.Regions.AsNoTracking().Select(r => new { r.Code, r.Name, r.ParentCode }).ToListAsync(cancellationToken))
            .Select(r => (r.Code, r.Name, r.ParentCode)));

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
