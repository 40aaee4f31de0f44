using Microsoft.EntityFrameworkCore;
using Yincai.Platform;

namespace Yincai.Modules.Graduates.Counts;

/// <summary>
/// Keeps <see cref="CohortDayCount"/> with the changes it counts (a graduate joining, an outcome step) and answers the employment
/// rate from it: a province's cohort by city in one small grouped read instead of a pass over every graduate and step. The figures
/// are those of <see cref="GraduateQueries.RatesAtAsync"/> and of the lists behind them (the reports' drill-down tests compare them),
/// and <see cref="RebuildAsync"/> makes them again from the records.
/// </summary>
public sealed class CohortCounts(YincaiDb db)
{
    // Any constant: the advisory lock of the merge, so that two copies do not merge the same rows.
    private const long MergeLock = 0x5943_4343;

    /// <summary>A graduate joined the database (once per graduate: a re-registration is not a new one).</summary>
    public void Joined(Graduate graduate) => db.Add(new CohortDayCount(graduate.CohortYear, graduate.RegionCode, graduate.RegisteredOn, 1, 0));

    /// <summary>
    /// An outcome step is being added (not yet saved): placed or not from its date until the graduate's next later step, where the
    /// step in force before it said otherwise. A step of the same date made earlier gives way to this one.
    /// </summary>
    public async Task SteppedAsync(Graduate graduate, OutcomeChange step, CancellationToken cancellationToken)
    {
        var earlier = await db.GraduateOutcomes.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
            .Where(o => o.GraduateId == graduate.Id && o.Id != step.Id).Select(o => new { o.OnDate, o.AtUtc, o.Outcome }).ToListAsync(cancellationToken);
        // Steps of this save not yet written (two in one save) count as earlier ones too.
        earlier.AddRange(db.ChangeTracker.Entries<OutcomeChange>().Where(e => e.State == EntityState.Added && e.Entity.GraduateId == graduate.Id && e.Entity.Id != step.Id)
            .Select(e => new { e.Entity.OnDate, e.Entity.AtUtc, e.Entity.Outcome }));
        var before = earlier.Where(o => o.OnDate <= step.OnDate).OrderBy(o => o.OnDate).ThenBy(o => o.AtUtc).LastOrDefault() is { } inForce
            && inForce.Outcome != GraduateOutcome.NotYet;
        var after = step.Outcome != GraduateOutcome.NotYet;
        if (before == after) return;
        var change = after ? 1 : -1;
        db.Add(new CohortDayCount(graduate.CohortYear, graduate.RegionCode, step.OnDate, 0, change));
        if (earlier.Where(o => o.OnDate > step.OnDate).Select(o => (DateOnly?)o.OnDate).Min() is { } next)
            db.Add(new CohortDayCount(graduate.CohortYear, graduate.RegionCode, next, 0, -change));
    }

    /// <summary>The cohort by region (the first <paramref name="keyLength"/> digits of the county) in the viewer's scope, and those
    /// placed on <paramref name="date"/>.</summary>
    public async Task<List<RateGroup>> RatesAtAsync(int cohort, DateOnly date, int keyLength, CancellationToken cancellationToken)
    {
        var rows = await db.Set<CohortDayCount>().AsNoTracking().Where(c => c.Cohort == cohort)
            .GroupBy(c => c.RegionCode.Substring(0, keyLength))
            .Select(g => new { g.Key, Total = g.Sum(c => c.Joined), Placed = g.Sum(c => c.Day <= date ? c.Placed : 0) })
            .ToListAsync(cancellationToken);
        return rows.Where(r => r.Total > 0).Select(r => new RateGroup(r.Key, r.Total, r.Placed)).OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>The cohort's total and those placed on each of <paramref name="dates"/>, over the viewer's scope: one read.</summary>
    public async Task<List<(DateOnly On, int Total, int Placed)>> TrendAsync(int cohort, IReadOnlyList<DateOnly> dates, CancellationToken cancellationToken)
    {
        var last = dates.Count == 0 ? DateOnly.MinValue : dates.Max();
        var byDay = await db.Set<CohortDayCount>().AsNoTracking().Where(c => c.Cohort == cohort && (c.Day <= last || c.Joined != 0))
            .GroupBy(c => c.Day).Select(g => new { Day = g.Key, Joined = g.Sum(c => c.Joined), Placed = g.Sum(c => c.Placed) }).ToListAsync(cancellationToken);
        var total = byDay.Sum(d => d.Joined);
        return dates.Select(on => (on, total, byDay.Where(d => d.Day <= on).Sum(d => d.Placed))).ToList();
    }

    /// <summary>Merges the rows of each key written since the last merge into one (the daily materialisation); returns the rows merged.</summary>
    public async Task<int> CompactAsync(CancellationToken cancellationToken)
    {
        var counts = db.Set<CohortDayCount>().IgnoreQueryFilters([YincaiDb.RegionFilter]);
        await using var work = await ExclusiveWork.BeginAsync(db, MergeLock, cancellationToken);
        if (work.Busy) return 0;
        var keys = await counts.GroupBy(c => new { c.Cohort, c.RegionCode, c.Day }).Where(g => g.Count() > 1)
            .Select(g => new { g.Key.Cohort, g.Key.RegionCode, g.Key.Day }).Take(5_000).ToListAsync(cancellationToken);
        var merged = 0;
        foreach (var key in keys)
        {
            var rows = await counts.Where(c => c.Cohort == key.Cohort && c.RegionCode == key.RegionCode && c.Day == key.Day).ToListAsync(cancellationToken);
            db.RemoveRange(rows);
            db.Add(new CohortDayCount(key.Cohort, key.RegionCode, key.Day, rows.Sum(r => r.Joined), rows.Sum(r => r.Placed)));
            merged += rows.Count;
        }
        await db.SaveChangesAsync(cancellationToken);
        await work.CommitAsync(cancellationToken);
        return merged;
    }

    public async Task<bool> IsEmptyWithGraduatesAsync(CancellationToken cancellationToken) =>
        !await db.Set<CohortDayCount>().IgnoreQueryFilters([YincaiDb.RegionFilter]).AnyAsync(cancellationToken)
        && await db.Graduates.IgnoreQueryFilters([YincaiDb.RegionFilter]).AnyAsync(cancellationToken);

    /// <summary>Makes the counts again from the graduates and their steps (all regions), in one transaction. On PostgreSQL the table is
    /// locked against writes first: a registration waits until the counts it joins are made, and one made before is read here.</summary>
    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlRawAsync("LOCK TABLE graduates_cohort_day IN EXCLUSIVE MODE", cancellationToken);
        var graduates = db.Graduates.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking();
        var joined = await graduates.GroupBy(g => new { g.CohortYear, g.RegionCode, g.RegisteredOn })
            .Select(g => new { g.Key.CohortYear, g.Key.RegionCode, g.Key.RegisteredOn, Count = g.Count() }).ToListAsync(cancellationToken);
        var placed = new Dictionary<(int, string, DateOnly), int>();
        var steps = db.GraduateOutcomes.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
            .OrderBy(o => o.GraduateId).ThenBy(o => o.OnDate).ThenBy(o => o.AtUtc)
            .Select(o => new { o.GraduateId, o.CohortYear, o.RegionCode, o.OnDate, o.Outcome }).AsAsyncEnumerable();
        // Walk each graduate's steps in order; the status in force changes at the last step of each date.
        Guid current = Guid.Empty;
        var status = false;
        DateOnly? day = null;
        var dayStatus = false;
        int cohort = 0;
        var region = "";
        void EndDay()
        {
            if (day is { } d && dayStatus != status)
            {
                var key = (cohort, region, d);
                placed[key] = placed.GetValueOrDefault(key) + (dayStatus ? 1 : -1);
                status = dayStatus;
            }
        }
        await foreach (var s in steps.WithCancellation(cancellationToken))
        {
            if (s.GraduateId != current)
            {
                EndDay();
                (current, status, day, cohort, region) = (s.GraduateId, false, null, s.CohortYear, s.RegionCode);
            }
            if (day != s.OnDate) { EndDay(); day = s.OnDate; }
            dayStatus = s.Outcome != GraduateOutcome.NotYet;
        }
        EndDay();

        await db.Set<CohortDayCount>().IgnoreQueryFilters([YincaiDb.RegionFilter]).ExecuteDeleteAsync(cancellationToken);
        var rows = joined.Select(j => (Key: (j.CohortYear, j.RegionCode, j.RegisteredOn), Joined: j.Count))
            .Concat(placed.Keys.Select(k => (Key: k, Joined: 0)))
            .GroupBy(x => x.Key).Select(g => new CohortDayCount(g.Key.Item1, g.Key.Item2, g.Key.Item3, g.Sum(x => x.Joined), placed.GetValueOrDefault(g.Key)));
        foreach (var chunk in rows.Chunk(5_000))
        {
            db.AddRange(chunk);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        if (transaction is not null) await transaction.CommitAsync(cancellationToken);
    }
}
