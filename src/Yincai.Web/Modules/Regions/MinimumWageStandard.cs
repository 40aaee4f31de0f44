using System.Text.Json;
using Yincai.Platform;

namespace Yincai.Modules.Regions;

/// <summary>
/// A province's minimum wage standard (最低工资标准) from its effective date until the next one: monthly (and hourly) amounts by
/// tier (档), and which tier each city or county is in (a county not named takes its city's). The internship subsidy is 70 % of
/// the one in force in the host's county, month by month (GRD-09). Province officers enter it from the notice; every change is
/// audited. Figures of the demo data are marked as such: no verified Shandong figures were at hand.
/// </summary>
public sealed class MinimumWageStandard : IRegionScoped
{
    private MinimumWageStandard() { }

    public MinimumWageStandard(string provinceCode, string documentNo, DateOnly effectiveOn, bool isDemo, IReadOnlyList<MinimumWageTier> tiers,
        IReadOnlyDictionary<string, int> areas, Guid? enteredBy, DateTime nowUtc)
    {
        Id = Ids.New();
        (RegionCode, DocumentNo, EffectiveOn, IsDemo, EnteredBy, EnteredAtUtc) = (provinceCode, documentNo.Trim(), effectiveOn, isDemo, enteredBy, nowUtc);
        TiersJson = JsonSerializer.Serialize(tiers.OrderBy(t => t.Tier).ToList());
        AreasJson = JsonSerializer.Serialize(areas.OrderBy(a => a.Key, StringComparer.Ordinal).ToDictionary(a => a.Key, a => a.Value));
    }

    public Guid Id { get; private set; }

    /// <summary>The province (GB/T 2260, xx0000) whose standard it is.</summary>
    public string RegionCode { get; private set; } = "";

    /// <summary>The notice that set it (鲁政字〔2025〕N号).</summary>
    public string DocumentNo { get; private set; } = "";
    public DateOnly EffectiveOn { get; private set; }

    /// <summary>Made-up figures of the demo data (演示), never to be paid on.</summary>
    public bool IsDemo { get; private set; }

    /// <summary>The tiers as stored (a few rows of a notice's table, read whole).</summary>
    public string TiersJson { get; private set; } = "[]";

    /// <summary>Region code → tier, as stored.</summary>
    public string AreasJson { get; private set; } = "{}";

    public IReadOnlyList<MinimumWageTier> Tiers => JsonSerializer.Deserialize<List<MinimumWageTier>>(TiersJson) ?? [];
    public IReadOnlyDictionary<string, int> Areas => JsonSerializer.Deserialize<Dictionary<string, int>>(AreasJson) ?? [];
    public Guid? EnteredBy { get; private set; }
    public DateTime EnteredAtUtc { get; private set; }

    /// <summary>The tier of a county: its own, else its city's; null when the standard names neither.</summary>
    public int? TierOf(string countyCode)
    {
        var areas = Areas;
        return areas.TryGetValue(countyCode, out var own) ? own : areas.TryGetValue(countyCode[..4] + "00", out var city) ? city : null;
    }
}

/// <summary>One tier's amounts, in yuan.</summary>
public sealed record MinimumWageTier(int Tier, decimal Monthly, decimal? Hourly);
