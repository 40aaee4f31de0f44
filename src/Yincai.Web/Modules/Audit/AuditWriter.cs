using Yincai.Modules.Audit.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Yincai.Platform;

namespace Yincai.Modules.Audit;

/// <summary>
/// Saves the changes of a <see cref="YincaiDb"/> together with their audit rows in one transaction:
/// checks the region scope of every written record, turns each insert, update and delete into an audit
/// record, and writes the records unsealed: no lock and no read of the chain, so audited saves run side by side across
/// app copies. <see cref="AuditSealer"/> chains them after they commit.
/// </summary>
internal static class AuditWriter
{
    private const int AuditSlice = 5_000;
    // From this many audit rows on, PostgreSQL gets them by COPY rather than by EF's batched inserts.
    private const int CopyFrom = 1_000;

    public static async Task<int> SaveWithAuditAsync(YincaiDb db, bool acceptAll, CancellationToken cancellationToken)
    {
        DetectChanges(db);
        // Once is enough: what follows only adds records (feed rows, keys, audit rows) and reads. Left on, each
        // Entries() below and EF's own save would scan every tracked record again: at an import's thousand talents
        // a batch, with their educations, history, keys and feed rows, that was five scans of some 4,000 records.
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return await SaveDetectedAsync(db, acceptAll, cancellationToken);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    private static async Task<int> SaveDetectedAsync(YincaiDb db, bool acceptAll, CancellationToken cancellationToken)
    {
        EnforceScope(db);
        ChangeFeedEntry.Record(db);
        await LoadSubjectKeysAsync(db, cancellationToken);
        var records = DescribeChanges(db, db.SubjectKeys);
        if (db.DeferAudit)
        {
            if (records.Count > 0 && db.Database.CurrentTransaction is null)
                throw new InvalidOperationException("Deferred audit needs a transaction: the change and its audit rows commit together.");
            // Added to those kept, not taken and put back: an import's hundred saves would copy a growing list each.
            records.ForEach(db.Audit);
            return await db.BaseSaveChangesAsync(acceptAll, cancellationToken);
        }
        records.AddRange(db.TakePendingAudit());
        if (records.Count == 0) return await db.BaseSaveChangesAsync(acceptAll, cancellationToken);

        // No lock and no read of the chain: the rows go in unsealed, and AuditSealer chains them once committed.
        var ownTransaction = db.Database.CurrentTransaction is null && (records.Count > AuditSlice || CopiesAudit(db, records))
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        try
        {
            var nowUtc = db.Clock.GetUtcNow().UtcDateTime;
            var entries = records.Select(r => new AuditEntry(nowUtc, r));
            if (CopiesAudit(db, records))
            {
                // A large batch (an import): the changes by EF, the audit rows by binary COPY (bench/README.md, "import").
                var saved = await db.BaseSaveChangesAsync(acceptAll, cancellationToken);
                var copied = await AuditCopy.WriteAsync(db, entries, cancellationToken);
                if (ownTransaction is not null) await ownTransaction.CommitAsync(cancellationToken);
                return saved + copied;
            }
            var written = 0;
            // In slices: a deferred import brings hundreds of thousands of records, which EF should not track at once.
            foreach (var slice in entries.Chunk(AuditSlice))
            {
                db.AuditEntries.AddRange(slice);
                written += await db.BaseSaveChangesAsync(acceptAll, cancellationToken);
                if (records.Count > AuditSlice) Array.ForEach(slice, e => db.Entry(e).State = EntityState.Detached);
            }
            if (ownTransaction is not null) await ownTransaction.CommitAsync(cancellationToken);
            return written;
        }
        finally
        {
            if (ownTransaction is not null) await ownTransaction.DisposeAsync();
        }
    }

    /// <summary>
    /// EF's change detection, except, while <see cref="YincaiDb.CopyNewRows"/> is set, over new records: a new record is
    /// written and described with its values as they stand at the save, and the records of this model have no
    /// navigations to fix up, so scanning them finds nothing to do. An import's batch is thousands of new records
    /// (talents, educations, history), and scanning them took a tenth of its time.
    /// </summary>
    private static void DetectChanges(YincaiDb db)
    {
        if (!db.CopyNewRows)
        {
            db.ChangeTracker.DetectChanges();
            return;
        }
        foreach (var entry in TrackedEntries(db))
            if (entry.State is not (EntityState.Added or EntityState.Detached)) entry.DetectChanges();
    }

    private static bool CopiesAudit(YincaiDb db, List<AuditRecord> records) => records.Count >= CopyFrom && db.Database.IsNpgsql();

    public static void EnsureNothingToAudit(YincaiDb db)
    {
        db.ChangeTracker.DetectChanges();
        EnforceScope(db);
        if (DescribeChanges(db, keys: null).Count > 0 || db.TakePendingAudit().Count > 0)
            throw new InvalidOperationException("Use SaveChangesAsync: it writes the audit trail in the same transaction.");
    }

    private static void EnforceScope(YincaiDb db)
    {
        var scope = db.Scope;
        if (scope.Prefix is null) return;
        foreach (var entry in db.ChangeTracker.Entries<IRegionScoped>())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached || db.IsPermittedOutsideScope(entry.Entity)) continue;
            var original = entry.State == EntityState.Added
                ? null
                : entry.OriginalValues[nameof(IRegionScoped.RegionCode)] as string;
            if (!scope.Contains(entry.Entity.RegionCode) || (original is not null && !scope.Contains(original)))
                throw new ScopeViolationException(entry.Metadata.ClrType.Name, KeyOf(entry));
        }
    }

    /// <summary>Loads (or creates) the keys of the data subjects whose personal values this save writes to the trail.</summary>
    private static async Task LoadSubjectKeysAsync(YincaiDb db, CancellationToken cancellationToken)
    {
        HashSet<Guid> existing = [], fresh = [];
        foreach (var entry in TrackedEntries(db))
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached) continue;
            var plan = AuditPlan.For(entry.Metadata);
            if (!plan.Audited || !plan.HasPersonal || SubjectOf(entry, plan) is not { } subject) continue;
            // An update writes only what changed: most (a sign-in's counters) touch no personal value and need no key.
            if (entry.State == EntityState.Modified && !ModifiesPersonal(entry, plan)) continue;
            // A new record that is its own subject (a talent, a user) cannot have a key yet: no need to look.
            (entry.State == EntityState.Added && plan.OwnSubject ? fresh : existing).Add(subject);
        }
        if (existing.Count == 0 && fresh.Count == 0) return;
        var keys = db.SubjectKeys ?? throw new InvalidOperationException("Personal values in the audit trail need field protection.");
        await keys.LoadAsync(db, existing, fresh, create: true, db.Clock.GetUtcNow().UtcDateTime, cancellationToken);
    }

    private static bool ModifiesPersonal(EntityEntry entry, AuditPlan plan)
    {
        for (var i = 0; i < plan.Properties.Length; i++)
            if (plan.Personal[i] && entry.Property(plan.Properties[i]).IsModified) return true;
        return false;
    }

    private static List<AuditRecord> DescribeChanges(YincaiDb db, SubjectKeyRing? keys)
    {
        var actor = db.Actor;
        var records = new List<AuditRecord>();
        using var writer = new AuditValuesWriter();
        using var protector = keys?.OpenProtector();
        foreach (var entry in TrackedEntries(db))
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached) continue;
            var plan = AuditPlan.For(entry.Metadata);
            if (!plan.Audited) continue;

            var (action, before, after) = entry.State switch
            {
                EntityState.Added => (AuditActions.Insert, null, Values(entry, plan, original: false, changedOnly: false, writer, protector)),
                EntityState.Deleted => (AuditActions.Delete, Values(entry, plan, original: true, changedOnly: false, writer, protector), null),
                _ => (AuditActions.Update, Values(entry, plan, original: true, changedOnly: true, writer, protector),
                    Values(entry, plan, original: false, changedOnly: true, writer, protector)),
            };
            if (action == AuditActions.Update && after is null) continue;

            records.Add(new AuditRecord(action, AuditOutcome.Success, actor?.Id, actor?.UserName,
                entry.Metadata.ClrType.Name, KeyOf(entry, plan), (entry.Entity as IRegionScoped)?.RegionCode,
                before, after, actor?.IpAddress));
        }
        return records;
    }

    // The callers have just detected changes: a second pass over hundreds of thousands of entries (an import) finds none.
    private static List<EntityEntry> TrackedEntries(YincaiDb db)
    {
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try { return [.. db.ChangeTracker.Entries()]; }
        finally { db.ChangeTracker.AutoDetectChangesEnabled = detect; }
    }

    private static string? Values(EntityEntry entry, AuditPlan plan, bool original, bool changedOnly, AuditValuesWriter writer,
        SubjectKeyRing.Protector? protector)
    {
        var subject = SubjectOf(entry, plan);
        var values = original ? entry.OriginalValues : entry.CurrentValues;
        writer.Start();
        for (var i = 0; i < plan.Properties.Length; i++)
        {
            var property = plan.Properties[i];
            if (changedOnly && entry.Property(property) is var p && (!p.IsModified || Equals(p.OriginalValue, p.CurrentValue))) continue;
            if (plan.Redacted[i])
            {
                writer.Write(property.Name, "[redacted]");
                continue;
            }
            var value = values[property];
            writer.Write(property.Name, !plan.Personal[i] || value is null ? value
                // Without a subject (or keys, when only counting) a personal value is left out like a secret.
                : subject is { } s && protector is not null ? protector.Protect(s, writer.ValueJson(value))
                : "[redacted]");
        }
        return writer.Finish();
    }

    private static Guid? SubjectOf(EntityEntry entry, AuditPlan plan) =>
        plan.Subject is { } subject ? entry.CurrentValues[subject] as Guid? : null;

    private static string KeyOf(EntityEntry entry) => KeyOf(entry, AuditPlan.For(entry.Metadata));

    private static string KeyOf(EntityEntry entry, AuditPlan plan) => plan.Key is [var key]
        ? Convert.ToString(entry.CurrentValues[key], System.Globalization.CultureInfo.InvariantCulture) ?? ""
        : string.Join(',', plan.Key.Select(p => Convert.ToString(entry.CurrentValues[p], System.Globalization.CultureInfo.InvariantCulture)));
}
