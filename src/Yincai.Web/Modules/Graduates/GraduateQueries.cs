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
        graduates.InDatabase().Where(g => g.ContactDueOn != null && g.ContactedOn == null);

    /// <summary>GRD-03: owed and past its due date on <paramref name="today"/>.</summary>
    public static IQueryable<Graduate> ContactOverdue(this IQueryable<Graduate> graduates, DateOnly today) =>
        graduates.ContactOwed().Where(g => g.ContactDueOn < today);

    /// <summary>GRD-02: in the database, wanting a job, and their services of <paramref name="year"/> do not meet the standard in
    /// force for their county (<see cref="Graduate.StandardMetYear"/>).</summary>
    public static IQueryable<Graduate> ShortOfServices(this IQueryable<Graduate> graduates, int year) =>
        graduates.InDatabase().Where(g => g.Intention == GraduateIntention.Job && (g.StandardMetYear == null || g.StandardMetYear != year));

    /// <summary>GRD-15 at <paramref name="date"/>, grouped by the first <paramref name="keyLength"/> digits of the county: those
    /// registered by then, and those whose outcome in force then (the latest step on or before it) is not NotYet.</summary>
    public static IQueryable<RateGroup> RatesAt(this IQueryable<Graduate> graduates, IQueryable<OutcomeChange> outcomes, DateOnly date, int keyLength) =>
        graduates.Where(g => g.RegisteredOn <= date)
            .Select(g => new
            {
                Key = g.RegionCode.Substring(0, keyLength),
                Outcome = outcomes.Where(o => o.GraduateId == g.Id && o.OnDate <= date).OrderByDescending(o => o.OnDate).ThenByDescending(o => o.AtUtc)
                    .Select(o => (GraduateOutcome?)o.Outcome).FirstOrDefault(),
            })
            .GroupBy(x => x.Key)
            .Select(x => new RateGroup(x.Key, x.Count(), x.Count(y => y.Outcome != null && y.Outcome != GraduateOutcome.NotYet)));

    /// <summary>The work list's order: contacts owed by due date first, then the newest registrations.</summary>
    public static IOrderedQueryable<Graduate> WorkOrder(this IQueryable<Graduate> graduates) =>
        graduates.OrderBy(g => g.ContactedOn != null || g.ContactDueOn == null || g.Outcome != GraduateOutcome.NotYet)
            .ThenBy(g => g.ContactDueOn).ThenByDescending(g => g.RegisteredAtUtc).ThenBy(g => g.Id);
}

/// <summary>A region's graduates and those placed, at a date (GRD-15).</summary>
public sealed record RateGroup(string Key, int Total, int Placed)
{
    public double? Rate => Total == 0 ? null : 100.0 * Placed / Total;
}
