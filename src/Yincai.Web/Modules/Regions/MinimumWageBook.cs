using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Regions;

/// <summary>What a province officer enters from a minimum wage notice: amounts by tier (1 the highest), each city's tier and the
/// counties that differ from their city.</summary>
public sealed record MinimumWageInput(string ProvinceCode, string? DocumentNo, DateOnly? EffectiveOn, IReadOnlyList<(decimal? Monthly, decimal? Hourly)> Tiers,
    IReadOnlyDictionary<string, int> CityTiers, IReadOnlyDictionary<string, int> CountyTiers);

/// <summary>The minimum wage standards of a province: read by any officer, entered by the province's own (the region scope of the
/// record is the province), checked whole before anything is saved.</summary>
public sealed class MinimumWageBook(YincaiDb db, CurrentUser current, TimeProvider clock, IStringLocalizer<RegionsResource> text)
{
    public const int MaxTiers = 4;

    public Task<List<MinimumWageStandard>> OfProvinceAsync(string provinceCode, CancellationToken cancellationToken) =>
        db.MinimumWageStandards.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(s => s.RegionCode == provinceCode)
            .OrderByDescending(s => s.EffectiveOn).Take(50).ToListAsync(cancellationToken);

    /// <summary>Whether the signed-in officer may enter the province's standards: only one whose scope is the whole province.</summary>
    public bool MayEnter(string provinceCode) => current.Scope.Contains(provinceCode);

    public async Task<Result<MinimumWageStandard>> AddAsync(MinimumWageInput input, CancellationToken cancellationToken)
    {
        if (!RegionScope.IsRegionCode(input.ProvinceCode) || !input.ProvinceCode.EndsWith("0000", StringComparison.Ordinal) || !MayEnter(input.ProvinceCode))
            return Error("regions.minimum_wage.not_allowed", "Error_WageNotAllowed", null);
        if (string.IsNullOrWhiteSpace(input.DocumentNo) || input.DocumentNo.Trim().Length > 100)
            return Error("regions.minimum_wage.document", "Error_WageDocument", "DocumentNo");
        if (input.EffectiveOn is not { } effective) return Error("regions.minimum_wage.effective", "Error_WageEffective", "EffectiveOn");
        var tiers = new List<MinimumWageTier>();
        for (var i = 0; i < Math.Min(input.Tiers.Count, MaxTiers); i++)
        {
            var (monthly, hourly) = input.Tiers[i];
            if (monthly is null && hourly is null) break;
            if (monthly is not (> 0 and <= 100_000) || hourly is (<= 0 or > 1_000))
                return Error("regions.minimum_wage.amount", "Error_WageAmount", $"Tiers[{i}]", i + 1);
            tiers.Add(new MinimumWageTier(i + 1, monthly.Value, hourly));
        }
        if (tiers.Count == 0) return Error("regions.minimum_wage.amount", "Error_WageAmount", "Tiers[0]", 1);
        // Every city of the province has a tier of those entered; a county given its own tier must be one of the province's.
        var places = await db.Regions.AsNoTracking().Where(r => r.ProvinceCode == input.ProvinceCode && r.Level != RegionLevel.Province)
            .Select(r => new { r.Code, r.Name, r.Level }).ToListAsync(cancellationToken);
        var areas = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var city in places.Where(p => p.Level == RegionLevel.Prefecture))
        {
            if (!input.CityTiers.TryGetValue(city.Code, out var tier) || tier < 1 || tier > tiers.Count)
                return Error("regions.minimum_wage.city_tier", "Error_WageCityTier", "CityTiers[" + city.Code + "]", city.Name);
            areas[city.Code] = tier;
        }
        foreach (var (county, tier) in input.CountyTiers.Where(c => c.Value != 0))
        {
            if (places.FirstOrDefault(p => p.Code == county && p.Level == RegionLevel.County) is not { } known)
                return Error("regions.minimum_wage.county", "Error_WageCounty", "CountyTiers[" + county + "]", county);
            if (tier < 1 || tier > tiers.Count)
                return Error("regions.minimum_wage.county_tier", "Error_WageCityTier", "CountyTiers[" + county + "]", known.Name);
            if (areas.GetValueOrDefault(county[..4] + "00") != tier) areas[county] = tier;
        }
        if (await db.MinimumWageStandards.IgnoreQueryFilters([YincaiDb.RegionFilter])
                .AnyAsync(s => s.RegionCode == input.ProvinceCode && s.EffectiveOn == effective, cancellationToken))
            return Error("regions.minimum_wage.same_date", "Error_WageSameDate", "EffectiveOn", Display.Date(effective));
        var standard = new MinimumWageStandard(input.ProvinceCode, input.DocumentNo, effective, isDemo: false, tiers, areas, current.Id,
            clock.GetUtcNow().UtcDateTime);
        db.MinimumWageStandards.Add(standard);
        await db.SaveChangesAsync(cancellationToken);
        return standard;
    }

    private Error Error(string code, string key, string? field, params object[] arguments) => new(code, text[key, arguments], field);
}
