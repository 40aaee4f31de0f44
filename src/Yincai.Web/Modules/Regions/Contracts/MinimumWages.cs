using Microsoft.EntityFrameworkCore;
using Yincai.Platform;

namespace Yincai.Modules.Regions.Contracts;

/// <summary>The minimum wage in force in a county on a date, and where it comes from.</summary>
public sealed record MinimumWage(string CountyCode, DateOnly On, int Tier, decimal Monthly, decimal? Hourly, Guid StandardId, string DocumentNo,
    DateOnly EffectiveOn, bool IsDemo);

/// <summary>
/// Minimum wages for other modules (the internship subsidy, GRD-09): the standard of the county's province in force on a date
/// (the latest effective on or before it) and the county's tier in it. Public facts, so across region scopes.
/// </summary>
public sealed class MinimumWages(YincaiDb db)
{
    /// <summary>The wage in force in <paramref name="countyCode"/> on <paramref name="on"/>; null when no standard of its province was in
    /// force yet or the standard does not place the county (say so; never guess a figure).</summary>
    public async Task<MinimumWage?> InForceAsync(string countyCode, DateOnly on, CancellationToken cancellationToken)
    {
        if (!RegionScope.IsRegionCode(countyCode)) return null;
        var province = countyCode[..2] + "0000";
        var standard = await db.MinimumWageStandards.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
            .Where(s => s.RegionCode == province && s.EffectiveOn <= on).OrderByDescending(s => s.EffectiveOn).FirstOrDefaultAsync(cancellationToken);
        if (standard?.TierOf(countyCode) is not { } tier || standard.Tiers.FirstOrDefault(t => t.Tier == tier) is not { } amounts) return null;
        return new MinimumWage(countyCode, on, tier, amounts.Monthly, amounts.Hourly, standard.Id, standard.DocumentNo, standard.EffectiveOn, standard.IsDemo);
    }

    /// <summary>The county's monthly minimum wage through a period, as (from, monthly) steps in date order: the standard in force on
    /// <paramref name="from"/> and each that took over by <paramref name="to"/>. Empty when none was in force on the first day or a
    /// standard does not place the county: a sum over the period would then be a guess.</summary>
    public async Task<IReadOnlyList<(DateOnly From, decimal Monthly, bool IsDemo)>> StepsAsync(string countyCode, DateOnly from, DateOnly to,
        CancellationToken cancellationToken)
    {
        if (!RegionScope.IsRegionCode(countyCode) || to < from) return [];
        var province = countyCode[..2] + "0000";
        var standards = await db.MinimumWageStandards.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
            .Where(s => s.RegionCode == province && s.EffectiveOn <= to).OrderBy(s => s.EffectiveOn).ToListAsync(cancellationToken);
        var first = standards.FindLastIndex(s => s.EffectiveOn <= from);
        if (first < 0) return [];
        var steps = new List<(DateOnly, decimal, bool)>();
        foreach (var standard in standards.Skip(first))
        {
            if (standard.TierOf(countyCode) is not { } tier || standard.Tiers.FirstOrDefault(t => t.Tier == tier) is not { } amounts) return [];
            steps.Add((standard.EffectiveOn < from ? from : standard.EffectiveOn, amounts.Monthly, standard.IsDemo));
        }
        return steps;
    }
}
