using Yincai.Modules.Audit.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Yincai.Platform;

namespace Yincai.Modules.Audit;

/// <summary>
/// Saves the changes of a <see cref="YincaiDb"/> together with their audit rows in one transaction:
/// checks the region scope of every written record, turns each insert, update and delete into an audit
/// record, and appends the records to the hash chain under a lock that serialises appenders.
/// </summary>
internal static class AuditWriter
{
    // Any constant: the advisory lock that serialises audit-chain appends across app copies on PostgreSQL.
    private const long ChainLockKey = 0x59_69_6e_63_61_69;
    private const int AuditSlice = 5_000;
    // From this many audit rows on, PostgreSQL gets them by COPY rather than by EF's batched inserts.
    private const int CopyFrom = 1_000;

    public static async Task<int> SaveWithAuditAsync(YincaiDb db, bool acceptAll, CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        EnforceScope(db);
        ChangeFeedEntry.Record(db);
        var records = DescribeChanges(db);
        records.AddRange(db.TakePendingAudit());
        if (records.Count == 0) return await db.BaseSaveChangesAsync(acceptAll, cancellationToken);
        if (db.DeferAudit)
        {
            if (db.Database.CurrentTransaction is null)
                throw new InvalidOperationException("Deferred audit needs a transaction: the change and its audit rows commit together.");
            records.ForEach(db.Audit);
            return await db.BaseSaveChangesAsync(acceptAll, cancellationToken);
        }

        var ownTransaction = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        try
        {
            if (db.Database.IsNpgsql())
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ChainLockKey})", cancellationToken);

            var last = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Sequence)
                .Select(a => new { a.Sequence, a.Hash }).FirstOrDefaultAsync(cancellationToken);
            var (sequence, hash) = last is null ? (0L, AuditEntry.GenesisHash) : (last.Sequence, last.Hash);
            // The key from the app's services (the options carry them), so contexts made with new YincaiDb(options) have it too.
            var chain = Chain(records, sequence, hash, db.Clock.GetUtcNow().UtcDateTime, db.GetService<AuditChainKey>());
            if (db.Database.IsNpgsql() && records.Count >= CopyFrom)
            {
                // A large batch (an import): the changes by EF, the audit rows by binary COPY, which takes seconds where
                // EF's inserts took most of a minute of holding the chain lock (bench/README.md, "import").
                var saved = await db.BaseSaveChangesAsync(acceptAll, cancellationToken);
                var copied = await AuditCopy.WriteAsync(db, chain, cancellationToken);
                if (ownTransaction is not null) await ownTransaction.CommitAsync(cancellationToken);
                return saved + copied;
            }
            var written = 0;
            // In slices: a deferred import brings hundreds of thousands of records, which EF should not track at once.
            foreach (var entries in chain.Chunk(AuditSlice))
            {
                db.AuditEntries.AddRange(entries);
                written += await db.BaseSaveChangesAsync(acceptAll, cancellationToken);
                if (records.Count > AuditSlice) Array.ForEach(entries, e => db.Entry(e).State = EntityState.Detached);
            }
            if (ownTransaction is not null) await ownTransaction.CommitAsync(cancellationToken);
            return written;
        }
        finally
        {
            if (ownTransaction is not null) await ownTransaction.DisposeAsync();
        }
    }

    /// <summary>The records as the next rows of the chain: each numbered after, and keyed-hashed over, the one before.</summary>
    private static IEnumerable<AuditEntry> Chain(IEnumerable<AuditRecord> records, long sequence, string hash, DateTime nowUtc, AuditChainKey key)
    {
        foreach (var record in records)
        {
            var entry = new AuditEntry(++sequence, nowUtc, record, hash, key);
            hash = entry.Hash;
            yield return entry;
        }
    }

    public static void EnsureNothingToAudit(YincaiDb db)
    {
        db.ChangeTracker.DetectChanges();
        EnforceScope(db);
        if (DescribeChanges(db).Count > 0 || db.TakePendingAudit().Count > 0)
            throw new InvalidOperationException("Use SaveChangesAsync: it writes the audit trail in the same transaction.");
    }

    private static void EnforceScope(YincaiDb db)
    {
        var scope = db.Scope;
        if (scope.Prefix is null) return;
        foreach (var entry in db.ChangeTracker.Entries<IRegionScoped>())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached) continue;
            var original = entry.State == EntityState.Added
                ? null
                : entry.OriginalValues[nameof(IRegionScoped.RegionCode)] as string;
            if (!scope.Contains(entry.Entity.RegionCode) || (original is not null && !scope.Contains(original)))
                throw new ScopeViolationException(entry.Metadata.ClrType.Name, KeyOf(entry));
        }
    }

    private static List<AuditRecord> DescribeChanges(YincaiDb db)
    {
        var actor = db.Actor;
        var records = new List<AuditRecord>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached) continue;
            if (!IsAudited(entry.Metadata)) continue;

            var (action, before, after) = entry.State switch
            {
                EntityState.Added => (AuditActions.Insert, null, Values(entry, p => p.CurrentValue, changedOnly: false)),
                EntityState.Deleted => (AuditActions.Delete, Values(entry, p => p.OriginalValue, changedOnly: false), null),
                _ => (AuditActions.Update, Values(entry, p => p.OriginalValue, changedOnly: true),
                    Values(entry, p => p.CurrentValue, changedOnly: true)),
            };
            if (action == AuditActions.Update && after is null) continue;

            records.Add(new AuditRecord(action, AuditOutcome.Success, actor?.Id, actor?.UserName,
                entry.Metadata.ClrType.Name, KeyOf(entry), (entry.Entity as IRegionScoped)?.RegionCode,
                before, after, actor?.IpAddress));
        }
        return records;
    }

    private static string? Values(EntityEntry entry, Func<PropertyEntry, object?> value, bool changedOnly)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            if (changedOnly && (!property.IsModified || Equals(property.OriginalValue, property.CurrentValue))) continue;
            values[property.Metadata.Name] = IsRedacted(property.Metadata) ? "[redacted]" : value(property);
        }
        return values.Count == 0 ? null : AuditJson.Serialize(values);
    }

    private static string KeyOf(EntityEntry entry) =>
        string.Join(',', entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(
            entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));

    private static bool IsRedacted(IReadOnlyProperty property) => property.FindAnnotation(AuditAnnotations.Redacted)?.Value is true;

    // The chain's own rows are not audited: a row about a row would never end.
    private static bool IsAudited(IReadOnlyEntityType type) =>
        type.FindAnnotation(AuditAnnotations.NotAudited)?.Value is not true && type.ClrType != typeof(AuditEntry);
}
