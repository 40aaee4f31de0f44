using Microsoft.EntityFrameworkCore;
using Yincai.Platform;

namespace Yincai.Modules.Graduates;

/// <summary>The one definition of each state the lists, the compliance page and the rate share (GRD-02, GRD-03, GRD-15).</summary>
public static class GraduateQueries
{
    /// <summary>The scope's graduates, stated in the query itself: for a query that also reads across the scope (a look-up of
    /// talents by name), where EF ignores the region filter for the whole query.</summary>
    public static IQueryable<Graduate> InScope(this IQueryable<Graduate> graduates, RegionScope scope) =>
        scope.Prefix is { } prefix ? graduates.Where(g => g.RegionCode.StartsWith(prefix)) : graduates;

    /// <summary>In the real-name database: no outcome yet.</summary>
    public static IQueryable<Graduate> InDatabase(this IQueryable<Graduate> graduates) =>
        graduates.Where(g => g.Outcome == GraduateOutcome.NotYet);

    /// <summary>GRD-03: a contact is owed and not made (due or not yet).</summary>
    public static IQueryable<Graduate> ContactOwed(this IQueryable<Graduate> graduates) =>
        graduates.InDatabase().Where(g => g.WorkKey < Graduate.NoContactOwed);

    /// <summary>GRD-03: owed and past its due date on <paramref name="today"/>.</summary>
    public static IQueryable<Graduate> ContactOverdue(this IQueryable<Graduate> graduates, DateOnly today) =>
        graduates.InDatabase().Where(g => g.WorkKey < today);

    /// <summary>GRD-02: in the database, wanting a job, and their services of <paramref name="year"/> do not meet the standard in
    /// force for their county (<see cref="Graduate.StandardMetYear"/>).</summary>
    public static IQueryable<Graduate> ShortOfServices(this IQueryable<Graduate> graduates, int year) =>
        graduates.InDatabase().Where(g => g.Intention == GraduateIntention.Job && (g.StandardMetYear == null || g.StandardMetYear != year));

    /// <summary>GRD-15: the outcome steps in force on <paramref name="date"/> (no later step of the same graduate on or before
    /// it) that placed their graduate. The rate counts them, the drill-down lists their graduates.</summary>
    public static IQueryable<OutcomeChange> PlacedStepsOn(this IQueryable<OutcomeChange> outcomes, DateOnly date) =>
        outcomes.Where(o => o.OnDate <= date && o.Outcome != GraduateOutcome.NotYet)
            .Where(o => !outcomes.Any(l => l.GraduateId == o.GraduateId && l.OnDate <= date
                && (l.OnDate > o.OnDate || (l.OnDate == o.OnDate && l.AtUtc > o.AtUtc))));

    /// <summary>GRD-15: placed on <paramref name="date"/> by the step then in force.</summary>
    public static IQueryable<Graduate> PlacedOn(this IQueryable<Graduate> graduates, IQueryable<OutcomeChange> outcomes, DateOnly date)
    {
        var placed = outcomes.PlacedStepsOn(date);
        return graduates.Where(g => placed.Any(o => o.GraduateId == g.Id));
    }

    /// <summary>GRD-15: not placed on <paramref name="date"/>: what keeps a region's rate down.</summary>
    public static IQueryable<Graduate> NotPlacedOn(this IQueryable<Graduate> graduates, IQueryable<OutcomeChange> outcomes, DateOnly date)
    {
        var placed = outcomes.PlacedStepsOn(date);
        return graduates.Where(g => !placed.Any(o => o.GraduateId == g.Id));
    }

    /// <summary>A sub-region's graduates: the county's code starts with <paramref name="prefix"/> (a city's four digits).</summary>
    public static IQueryable<Graduate> InRegion(this IQueryable<Graduate> graduates, string? prefix) =>
        prefix is { Length: > 0 } ? graduates.Where(g => g.RegionCode.StartsWith(prefix)) : graduates;

    /// <summary>
    /// GRD-15: the cohort's graduates by region (the first <paramref name="keyLength"/> digits of the county) and those placed on
    /// <paramref name="date"/> (<see cref="PlacedStepsOn"/>). The cohort is every graduate of it the database holds now, so a past
    /// date is judged on the same people; two grouped queries, the second over the outcome steps alone (a quarter of the rows,
    /// which carry their graduate's county and cohort), rather than a look-up per graduate.
    /// </summary>
    public static async Task<List<RateGroup>> RatesAtAsync(this IQueryable<Graduate> graduates, IQueryable<OutcomeChange> outcomes, int cohort,
        DateOnly date, int keyLength, CancellationToken cancellationToken)
    {
        var totals = await graduates.Where(g => g.CohortYear == cohort).GroupBy(g => g.RegionCode.Substring(0, keyLength))
            .Select(x => new { x.Key, Count = x.Count() }).ToListAsync(cancellationToken);
        var placed = (await outcomes.Where(o => o.CohortYear == cohort).PlacedStepsOn(date)
                .GroupBy(o => o.RegionCode.Substring(0, keyLength)).Select(x => new { x.Key, Count = x.Count() }).ToListAsync(cancellationToken))
            .ToDictionary(x => x.Key, x => x.Count);
        return totals.Select(t => new RateGroup(t.Key, t.Count, placed.GetValueOrDefault(t.Key))).OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>GRD-03 by region (the first <paramref name="keyLength"/> digits of the county) for due dates from <paramref name="from"/>
    /// to <paramref name="to"/>: contacted on time, late, overdue and not yet due on <paramref name="today"/>, counted from the records
    /// (the reports and the compliance page read <see cref="Counts.ContactServiceCounts"/>, held to this by its tests).</summary>
    public static async Task<List<ContactRow>> ContactByRegionAsync(this IQueryable<Graduate> graduates, DateOnly from, DateOnly to, DateOnly today,
        int keyLength, CancellationToken cancellationToken) =>
        (await graduates.Where(g => g.ContactDueOn != null && g.ContactDueOn >= from && g.ContactDueOn <= to)
                .GroupBy(g => g.RegionCode.Substring(0, keyLength))
                .Select(x => new
                {
                    x.Key,
                    OnTime = x.Count(g => g.ContactedOn != null && g.ContactedOn <= g.ContactDueOn),
                    Late = x.Count(g => g.ContactedOn != null && g.ContactedOn > g.ContactDueOn),
                    Overdue = x.Count(g => g.ContactedOn == null && g.Outcome == GraduateOutcome.NotYet && g.ContactDueOn < today),
                    Pending = x.Count(g => g.ContactedOn == null && g.Outcome == GraduateOutcome.NotYet && g.ContactDueOn >= today),
                }).ToListAsync(cancellationToken))
            .Select(x => new ContactRow(x.Key, x.OnTime, x.Late, x.Overdue, x.Pending)).OrderBy(r => r.Key, StringComparer.Ordinal).ToList();

    /// <summary>The work list's order: contacts owed by due date first, then the newest registrations.</summary>
    public static IOrderedQueryable<Graduate> WorkOrder(this IQueryable<Graduate> graduates) =>
        graduates.OrderBy(g => g.WorkKey).ThenByDescending(g => g.RegisteredAtUtc).ThenBy(g => g.Id);
}

/// <summary>A region's graduates and those placed, at a date (GRD-15).</summary>
public sealed record RateGroup(string Key, int Total, int Placed)
{
    public double? Rate => Total == 0 ? null : 100.0 * Placed / Total;
}

/// <summary>A region's first contacts due in a period (GRD-03): made on time, made late, overdue, not yet due.</summary>
public sealed record ContactRow(string Key, int OnTime, int Late, int Overdue, int Pending)
{
    public int Due => OnTime + Late + Overdue;
    public double? Rate => Due == 0 ? null : 100.0 * OnTime / Due;
}
