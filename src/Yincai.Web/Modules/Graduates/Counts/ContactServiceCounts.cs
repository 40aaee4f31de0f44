using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Graduates.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Graduates.Counts;

/// <summary>
/// Keeps <see cref="ContactDayCount"/> (GRD-03) and <see cref="ServiceYearCount"/> (GRD-02) with every change of a graduate that moves
/// them, and answers the reports' contact and services figures from them: a province by city in one small grouped read instead of a
/// pass over a third of a million graduates. A writer takes the graduate's <see cref="Standing"/> before changing it and hands it to
/// <see cref="Moved"/> after, in the same unit of work, so the counts are saved with the change. The figures are those of
/// <see cref="GraduateQueries.ContactByRegionAsync"/>, <see cref="GraduateQueries.ContactOverdue"/> and
/// <see cref="GraduateQueries.ShortOfServices"/> (ContactServiceCountsTests and the reports' drill-down tests compare them), and
/// <see cref="RebuildAsync"/> makes them again from the records.
/// </summary>
public sealed class ContactServiceCounts(YincaiDb db)
{
    // Any constant: the advisory lock of the merge, so that two copies do not merge the same rows.
    private const long MergeLock = 0x5943_4353;

    /// <summary>Where a graduate's first contact stands (GRD-03).</summary>
    public enum ContactState { None, OnTime, Late, Owed, Left }

    /// <summary>Where a graduate is counted: county, due date and contact state, and the year of the standard met while in the
    /// database wanting a job (null otherwise).</summary>
    public readonly record struct Standing(string RegionCode, DateOnly? DueOn, ContactState Contact, int? WantingJobMetYear)
    {
        /// <summary>Not counted at all: a graduate not yet added.</summary>
        public static Standing Outside => new("", null, ContactState.None, null);
    }

    public static Standing StandingOf(Graduate graduate)
    {
        var contact = graduate.ContactDueOn is not { } due ? ContactState.None
            : graduate.ContactedOn is { } on ? (on <= due ? ContactState.OnTime : ContactState.Late)
            : graduate.InDatabase ? ContactState.Owed : ContactState.Left;
        var wanting = graduate.InDatabase && graduate.Intention == GraduateIntention.Job ? graduate.StandardMetYear ?? 0 : (int?)null;
        return new Standing(graduate.RegionCode, graduate.ContactDueOn, contact, wanting);
    }

    // This unit of work's rows not yet saved, by key: a standard's change over a city moves hundreds of graduates in one save.
    private readonly Dictionary<(string, DateOnly), ContactDayCount> _contact = [];
    private readonly Dictionary<(string, int), ServiceYearCount> _services = [];

    /// <summary>A new graduate is being added.</summary>
    public void Joined(Graduate graduate) => Moved(graduate, Standing.Outside);

    /// <summary>The graduate was changed (not yet saved) from <paramref name="before"/>: the counts it left and joined are written with it.</summary>
    public void Moved(Graduate graduate, Standing before)
    {
        var after = StandingOf(graduate);
        if (before == after) return;
        if (before.RegionCode != after.RegionCode || before.DueOn != after.DueOn || before.Contact != after.Contact)
        {
            Count(before.RegionCode, before.DueOn, before.Contact, -1);
            Count(after.RegionCode, after.DueOn, after.Contact, 1);
        }
        if (before.RegionCode != after.RegionCode || before.WantingJobMetYear != after.WantingJobMetYear)
        {
            Count(before.RegionCode, before.WantingJobMetYear, -1);
            Count(after.RegionCode, after.WantingJobMetYear, 1);
        }
    }

    private void Count(string region, DateOnly? dueOn, ContactState state, int change)
    {
        if (dueOn is not { } due || state == ContactState.None) return;
        var (onTime, late, owed, left) = state switch
        {
            ContactState.OnTime => (change, 0, 0, 0),
            ContactState.Late => (0, change, 0, 0),
            ContactState.Owed => (0, 0, change, 0),
            _ => (0, 0, 0, change),
        };
        if (_contact.TryGetValue((region, due), out var row) && db.Entry(row).State == EntityState.Added)
            row.Add(onTime, late, owed, left);
        else
            db.Add(_contact[(region, due)] = new ContactDayCount(region, due, onTime, late, owed, left));
    }

    private void Count(string region, int? metYear, int change)
    {
        if (metYear is not { } year) return;
        if (_services.TryGetValue((region, year), out var row) && db.Entry(row).State == EntityState.Added)
            row.Add(change);
        else
            db.Add(_services[(region, year)] = new ServiceYearCount(region, year, change));
    }

    /// <summary>GRD-03 by region (the first <paramref name="keyLength"/> digits of the county) in the viewer's scope: the contacts due
    /// from <paramref name="from"/> to <paramref name="to"/> (regions with any due then) and those overdue on <paramref name="today"/>
    /// whatever their due date (regions with any).</summary>
    public async Task<List<ContactFigure>> ContactAsync(DateOnly from, DateOnly to, DateOnly today, int keyLength, CancellationToken cancellationToken) =>
        (await ReadContactAsync(from, to, today, keyLength, cancellationToken)).Where(r => r.Due > 0 || r.OverdueNow > 0)
            .Select(r => new ContactFigure(r.Key, r.OnTime, r.Late, r.Overdue, r.Pending, r.OverdueNow)).ToList();

    /// <summary>GRD-03 for due dates in a period by region, as <see cref="GraduateQueries.ContactByRegionAsync"/> counts them.</summary>
    public async Task<List<ContactRow>> ContactRowsAsync(DateOnly from, DateOnly to, DateOnly today, int keyLength, CancellationToken cancellationToken) =>
        (await ReadContactAsync(from, to, today, keyLength, cancellationToken)).Where(r => r.Due > 0)
            .Select(r => new ContactRow(r.Key, r.OnTime, r.Late, r.Overdue, r.Pending)).ToList();

    private sealed record ContactSums(string Key, int Due, int OnTime, int Late, int Overdue, int Pending, int OverdueNow);

    private async Task<List<ContactSums>> ReadContactAsync(DateOnly from, DateOnly to, DateOnly today, int keyLength, CancellationToken cancellationToken)
    {
        // Overdue or pending is decided here, from the due date and today: the rows hold only "owed".
        var rows = await db.Set<ContactDayCount>().AsNoTracking().Where(c => (c.DueOn >= from && c.DueOn <= to) || c.DueOn < today)
            .GroupBy(c => c.RegionCode.Substring(0, keyLength))
            .Select(g => new
            {
                g.Key,
                Due = g.Sum(c => c.DueOn >= from && c.DueOn <= to ? c.OnTime + c.Late + c.Owed + c.Left : 0),
                OnTime = g.Sum(c => c.DueOn >= from && c.DueOn <= to ? c.OnTime : 0),
                Late = g.Sum(c => c.DueOn >= from && c.DueOn <= to ? c.Late : 0),
                Overdue = g.Sum(c => c.DueOn >= from && c.DueOn <= to && c.DueOn < today ? c.Owed : 0),
                Pending = g.Sum(c => c.DueOn >= from && c.DueOn <= to && c.DueOn >= today ? c.Owed : 0),
                OverdueNow = g.Sum(c => c.DueOn < today ? c.Owed : 0),
            }).ToListAsync(cancellationToken);
        return rows.Select(r => new ContactSums(r.Key, r.Due, r.OnTime, r.Late, r.Overdue, r.Pending, r.OverdueNow))
            .OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>GRD-02 by region in the viewer's scope: those in the database wanting a job (regions with any) and those of them whose
    /// services of <paramref name="year"/> fall short of the standard.</summary>
    public async Task<List<ServiceFigure>> ServicesAsync(int year, int keyLength, CancellationToken cancellationToken)
    {
        // Short in a year: every year met but that one (0, none, included), decided here.
        var rows = await db.Set<ServiceYearCount>().AsNoTracking().GroupBy(c => c.RegionCode.Substring(0, keyLength))
            .Select(g => new { g.Key, Wanting = g.Sum(c => c.WantingJob), Short = g.Sum(c => c.MetYear != year ? c.WantingJob : 0) })
            .ToListAsync(cancellationToken);
        return rows.Where(r => r.Wanting > 0).Select(r => new ServiceFigure(r.Key, r.Wanting, r.Short)).OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>Merges the rows of each key written since the last merge into one; returns the rows merged.</summary>
    public async Task<int> CompactAsync(CancellationToken cancellationToken)
    {
        var contact = db.Set<ContactDayCount>().IgnoreQueryFilters([YincaiDb.RegionFilter]);
        var services = db.Set<ServiceYearCount>().IgnoreQueryFilters([YincaiDb.RegionFilter]);
        await using var work = await ExclusiveWork.BeginAsync(db, MergeLock, cancellationToken);
        if (work.Busy) return 0;
        var merged = 0;
        var contactKeys = await contact.GroupBy(c => new { c.RegionCode, c.DueOn }).Where(g => g.Count() > 1)
            .Select(g => new { g.Key.RegionCode, g.Key.DueOn }).Take(5_000).ToListAsync(cancellationToken);
        foreach (var key in contactKeys)
        {
            var rows = await contact.Where(c => c.RegionCode == key.RegionCode && c.DueOn == key.DueOn).ToListAsync(cancellationToken);
            db.RemoveRange(rows);
            db.Add(new ContactDayCount(key.RegionCode, key.DueOn, rows.Sum(r => r.OnTime), rows.Sum(r => r.Late), rows.Sum(r => r.Owed), rows.Sum(r => r.Left)));
            merged += rows.Count;
        }
        var serviceKeys = await services.GroupBy(c => new { c.RegionCode, c.MetYear }).Where(g => g.Count() > 1)
            .Select(g => new { g.Key.RegionCode, g.Key.MetYear }).Take(5_000).ToListAsync(cancellationToken);
        foreach (var key in serviceKeys)
        {
            var rows = await services.Where(c => c.RegionCode == key.RegionCode && c.MetYear == key.MetYear).ToListAsync(cancellationToken);
            db.RemoveRange(rows);
            db.Add(new ServiceYearCount(key.RegionCode, key.MetYear, rows.Sum(r => r.WantingJob)));
            merged += rows.Count;
        }
        await db.SaveChangesAsync(cancellationToken);
        await work.CommitAsync(cancellationToken);
        return merged;
    }

    /// <summary>Whether the counts are missing: a table is empty while graduates it would count exist (the upgrade that brings them).
    /// Two index look-ups, not a read of the graduates.</summary>
    public async Task<bool> IsEmptyWithGraduatesAsync(CancellationToken cancellationToken)
    {
        var graduates = db.Graduates.IgnoreQueryFilters([YincaiDb.RegionFilter]);
        return (!await db.Set<ContactDayCount>().IgnoreQueryFilters([YincaiDb.RegionFilter]).AnyAsync(cancellationToken)
                && await graduates.AnyAsync(g => g.ContactDueOn != null, cancellationToken))
            || (!await db.Set<ServiceYearCount>().IgnoreQueryFilters([YincaiDb.RegionFilter]).AnyAsync(cancellationToken)
                && await graduates.InDatabase().AnyAsync(g => g.Intention == GraduateIntention.Job, cancellationToken));
    }

    /// <summary>Makes both counts again from the graduates (all regions), in one transaction. On PostgreSQL the tables are locked
    /// against writes first: a change waits until the counts it moves are made, and one made before is read here.</summary>
    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlRawAsync("LOCK TABLE graduates_contact_day, graduates_service_year IN EXCLUSIVE MODE", cancellationToken);
        var graduates = db.Graduates.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking();
        var contact = await graduates.Where(g => g.ContactDueOn != null).GroupBy(g => new { g.RegionCode, g.ContactDueOn })
            .Select(x => new
            {
                x.Key.RegionCode,
                x.Key.ContactDueOn,
                OnTime = x.Count(g => g.ContactedOn != null && g.ContactedOn <= g.ContactDueOn),
                Late = x.Count(g => g.ContactedOn != null && g.ContactedOn > g.ContactDueOn),
                Owed = x.Count(g => g.ContactedOn == null && g.Outcome == GraduateOutcome.NotYet),
                Left = x.Count(g => g.ContactedOn == null && g.Outcome != GraduateOutcome.NotYet),
            }).ToListAsync(cancellationToken);
        var services = await graduates.InDatabase().Where(g => g.Intention == GraduateIntention.Job).GroupBy(g => new { g.RegionCode, g.StandardMetYear })
            .Select(x => new { x.Key.RegionCode, x.Key.StandardMetYear, Count = x.Count() }).ToListAsync(cancellationToken);

        await db.Set<ContactDayCount>().IgnoreQueryFilters([YincaiDb.RegionFilter]).ExecuteDeleteAsync(cancellationToken);
        await db.Set<ServiceYearCount>().IgnoreQueryFilters([YincaiDb.RegionFilter]).ExecuteDeleteAsync(cancellationToken);
        var rows = contact.Select(c => (object)new ContactDayCount(c.RegionCode, c.ContactDueOn!.Value, c.OnTime, c.Late, c.Owed, c.Left))
            .Concat(services.Select(s => new ServiceYearCount(s.RegionCode, s.StandardMetYear ?? 0, s.Count)));
        foreach (var chunk in rows.Chunk(5_000))
        {
            db.AddRange(chunk);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        if (transaction is not null) await transaction.CommitAsync(cancellationToken);
    }
}
