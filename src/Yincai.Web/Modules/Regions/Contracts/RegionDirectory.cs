using Yincai.Platform;

namespace Yincai.Modules.Regions.Contracts;

/// <summary>Look-ups of administrative divisions (GB/T 2260) for other modules, from the copy's <see cref="RegionTable"/>.</summary>
public sealed class RegionDirectory(RegionTable table)
{
    public async Task<bool> ExistsAsync(string code, CancellationToken cancellationToken) =>
        (await table.GetAsync(cancellationToken)).ByCode.ContainsKey(code);

    public async Task<Dictionary<string, string>> NamesAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        var byCode = (await table.GetAsync(cancellationToken)).ByCode;
        return codes.Distinct().Where(byCode.ContainsKey).ToDictionary(c => c, c => byCode[c].Name);
    }

    /// <summary>
    /// What a region picker shows: the provinces, and the cities and counties of <paramref name="province"/>
    /// (or of the province of <paramref name="selectedCode"/> when none was picked).
    /// </summary>
    public async Task<RegionChoices> ChoicesAsync(string? province, string? selectedCode, CancellationToken cancellationToken)
    {
        var all = (await table.GetAsync(cancellationToken)).All;
        var provinces = all.Where(r => r.Level == RegionLevel.Province).Select(Summary).ToList();
        province = RegionScope.IsRegionCode(province) ? province
            : RegionScope.IsRegionCode(selectedCode) ? selectedCode![..2] + "0000" : null;
        var regions = province is null ? [] : all.Where(r => r.ProvinceCode == province && r.Level != RegionLevel.Province).Select(Summary).ToList();
        return new RegionChoices(provinces, province, regions);
    }

    /// <summary>Each code's name with the names above it, as on an address (山东省青岛市市南区); unknown codes are left out.</summary>
    public async Task<Dictionary<string, string>> FullNamesAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        var lookup = (await table.GetAsync(cancellationToken)).Lookup;
        return codes.Where(lookup.Contains).Distinct().ToDictionary(c => c, lookup.FullName);
    }

    /// <summary>Every division, for reading codes and names where a code is asked (imports) and writing full names.</summary>
    public async Task<RegionLookup> LookupAsync(CancellationToken cancellationToken) => (await table.GetAsync(cancellationToken)).Lookup;

    /// <summary>Every province and, under each, its cities (prefectures) in code order; a municipality (北京市) has none
    /// and is a city itself. What a "which city" filter offers without first asking for the province. The same list each
    /// time while the copy keeps the divisions (<see cref="RegionTable"/>).</summary>
    public async Task<IReadOnlyList<RegionSummary>> ProvincesAndCitiesAsync(CancellationToken cancellationToken) =>
        (await table.GetAsync(cancellationToken)).ProvincesAndCities;

    /// <summary>The divisions inside a scope, in code order (the province, its cities, their counties).</summary>
    public async Task<List<RegionSummary>> WithinAsync(RegionScope scope, CancellationToken cancellationToken)
    {
        var prefix = scope.Prefix ?? "";
        return (await table.GetAsync(cancellationToken)).All.Where(r => r.Code.StartsWith(prefix, StringComparison.Ordinal)).Select(Summary).ToList();
    }

    private static RegionSummary Summary(Region r) => new(r.Code, r.Name, r.Level);
}
