using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yincai.Platform;

namespace Yincai.Modules.Graduates;

/// <summary>
/// GRD-02's standards: the one in force for a county (its own, its city's, its province's, else the notice's default), whether a
/// graduate's services of a year meet it, and a region's change of standard, after which its graduates are judged again.
/// </summary>
public sealed class ServiceStandards(YincaiDb db, IOptions<GraduatesOptions> options, ChinaClock clock, Counts.ContactServiceCounts counts)
{
    private List<ServiceStandard>? _all;

    /// <summary>The requirements in force for <paramref name="county"/>, and the region that set them (null: the notice).</summary>
    public async Task<(IReadOnlyList<ServiceRequirement> Requirements, string? SetBy)> ForAsync(string county, CancellationToken cancellationToken)
    {
        // A few rows at most (one per region that set one); read across the scope, as a county inherits its city's.
        _all ??= await db.Set<ServiceStandard>().IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().ToListAsync(cancellationToken);
        foreach (var code in new[] { county, county[..4] + "00", county[..2] + "0000" }.Distinct())
            if (_all.FirstOrDefault(s => s.RegionCode == code) is { } set) return (set.Requirements, code);
        return (ServiceStandard.Default(options.Value.TargetedServices), null);
    }

    /// <summary>Judges the graduate's services of <paramref name="year"/> (saved and pending) against the standard in force.</summary>
    public async Task EvaluateAsync(Graduate graduate, int year, CancellationToken cancellationToken)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var kinds = await db.GraduateServices.AsNoTracking().Where(s => s.GraduateId == graduate.Id && s.OnDate >= from && s.OnDate <= to)
            .Select(s => s.Kind).ToListAsync(cancellationToken);
        kinds.AddRange(db.GraduateServices.Local.Where(s => s.GraduateId == graduate.Id && s.OnDate.Year == year
            && db.Entry(s).State == EntityState.Added).Select(s => s.Kind));
        var (requirements, _) = await ForAsync(graduate.RegionCode, cancellationToken);
        var before = Counts.ContactServiceCounts.StandingOf(graduate);
        graduate.MarkStandard(year, ServiceStandard.IsMetBy(requirements, kinds));
        counts.Moved(graduate, before);
    }

    /// <summary>Sets the region's standard and judges this year's services of its graduates in the database again.</summary>
    public async Task<int> SetAsync(string regionCode, IReadOnlyList<ServiceRequirement> requirements, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var standard = await db.Set<ServiceStandard>().FirstOrDefaultAsync(s => s.RegionCode == regionCode, cancellationToken);
        if (standard is null) db.Add(new ServiceStandard(regionCode, requirements, now));
        else standard.Set(requirements, now);
        await db.SaveChangesAsync(cancellationToken);
        _all = null;
        var year = clock.Today.Year;
        var prefix = RegionScope.PrefixOf(regionCode);
        var judged = 0;
        // In pages of graduates, each judged on its own services; a province's change takes a while, an officer's action.
        for (Guid? after = null; ; )
        {
            var page = await db.Graduates.InDatabase().Where(g => g.RegionCode.StartsWith(prefix) && g.Intention == GraduateIntention.Job)
                .Where(g => after == null || g.Id.CompareTo(after.Value) > 0).OrderBy(g => g.Id).Take(500).ToListAsync(cancellationToken);
            if (page.Count == 0) break;
            foreach (var graduate in page) await EvaluateAsync(graduate, year, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            judged += page.Count;
            after = page[^1].Id;
        }
        return judged;
    }
}
