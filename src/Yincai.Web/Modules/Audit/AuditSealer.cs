using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Yincai.Platform;

namespace Yincai.Modules.Audit;

/// <summary>
/// Chains the audit rows that saves wrote unsealed (<see cref="AuditWriter"/>): every <c>Audit:SealInterval</c> it takes the
/// committed unsealed rows in the order it sees them, gives them the next sequence numbers after the chain's head and their
/// keyed hashes, in transactions of at most <c>Audit:SealSlice</c> rows. Every copy of the app runs one; only one seals at a
/// time: on PostgreSQL the seal transaction holds an advisory lock (a copy that finds it taken skips the round), on SQLite
/// the write lock of BEGIN IMMEDIATE. A row that commits after later rows were sealed is still unsealed, so the next round
/// takes it and gives it the next free sequence: the chain's order is the order rows were sealed in, never a gap or a fork
/// (a unique index on the sequence backs this).
/// </summary>
public sealed partial class AuditSealer(IServiceScopeFactory scopes, AuditChainKey key, IOptions<AuditOptions> options,
    ILogger<AuditSealer> logger, TimeProvider clock) : PeriodicWork(clock, logger)
{
    // Any constant: the advisory lock that lets one sealer at a time extend the chain across app copies on PostgreSQL.
    private const long SealLockKey = 0x59_69_6e_63_61_69;

    private readonly SemaphoreSlim _sealing = new(1, 1);

    protected override TimeSpan Interval => options.Value.SealInterval;

    protected override async Task RunOnceAsync(CancellationToken cancellationToken) =>
        await SealAsync(wait: false, cancellationToken);

    /// <summary>Seals every row committed before the call (waiting for a sealer of another copy to finish its slice); returns
    /// how many rows this call sealed.</summary>
    public Task<int> SealAsync(CancellationToken cancellationToken) => SealAsync(wait: true, cancellationToken);

    private async Task<int> SealAsync(bool wait, CancellationToken cancellationToken)
    {
        if (!await _sealing.WaitAsync(wait ? Timeout.InfiniteTimeSpan : TimeSpan.Zero, cancellationToken)) return 0;
        try
        {
            var total = 0;
            while (await SealSliceAsync(wait, cancellationToken) is var (count, more))
            {
                total += count;
                if (!more) break;
            }
            if (total > 0) LogSealed(total);
            return total;
        }
        finally
        {
            _sealing.Release();
        }
    }

    /// <summary>One transaction: the next slice of unsealed rows chained after the head; null when another copy holds the lock.</summary>
    private async Task<(int Count, bool More)?> SealSliceAsync(bool wait, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<YincaiDb>();
        var slice = options.Value.SealSlice;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            // Taken before the head is read: each statement then sees what the previous holder committed.
            if (wait) await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SealLockKey})", cancellationToken);
            else if (!await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({SealLockKey}) AS \"Value\"").SingleAsync(cancellationToken))
                return null;
        }

        var rows = await db.AuditEntries.AsNoTracking().Where(a => a.Sequence == null).OrderBy(a => a.Id).Take(slice)
            .ToListAsync(cancellationToken);
        if (rows.Count == 0) return (0, false);
        var head = await db.AuditEntries.AsNoTracking().Where(a => a.Sequence != null).OrderByDescending(a => a.Sequence)
            .Select(a => new { a.Sequence, a.Hash }).FirstOrDefaultAsync(cancellationToken);
        var (sequence, hash) = head is null ? (0L, AuditEntry.GenesisHash) : (head.Sequence!.Value, head.Hash!);
        foreach (var row in rows)
        {
            row.Seal(++sequence, hash, key);
            hash = row.Hash!;
        }
        var written = db.Database.IsNpgsql()
            ? await WritePostgresAsync(db, rows, cancellationToken)
            : await WriteSqliteAsync(db, transaction, rows, cancellationToken);
        // Fewer rows than read: another sealer got there first (it cannot, under the lock): write nothing rather than fork.
        if (written != rows.Count) throw new InvalidOperationException($"Sealed {written} of {rows.Count} audit rows: another sealer ran at once.");
        await transaction.CommitAsync(cancellationToken);
        return (rows.Count, rows.Count == slice);
    }

    private static Task<int> WritePostgresAsync(YincaiDb db, List<AuditEntry> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.Id).ToArray();
        var sequences = rows.Select(r => r.Sequence!.Value).ToArray();
        var previous = rows.Select(r => r.PreviousHash!).ToArray();
        var hashes = rows.Select(r => r.Hash!).ToArray();
        // By key alone: the table's trigger refuses to touch a sealed row. With `"Sequence" IS NULL` here PostgreSQL read every
        // unsealed row into a hash for each slice (the statistics counted few), 0.8 s a slice after a large import.
        return db.Database.ExecuteSqlAsync($"""
            UPDATE audit_entry AS a SET "Sequence" = v.s, "PreviousHash" = v.p, "Hash" = v.h
            FROM unnest({ids}, {sequences}, {previous}, {hashes}) AS v(id, s, p, h)
            WHERE a."Id" = v.id
            """, cancellationToken);
    }

    private static async Task<int> WriteSqliteAsync(YincaiDb db, IDbContextTransaction transaction, List<AuditEntry> rows,
        CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = """
            UPDATE audit_entry SET "Sequence" = $s, "PreviousHash" = $p, "Hash" = $h WHERE "Id" = $id AND "Sequence" IS NULL
            """;
        DbParameter Parameter(string name)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
            return parameter;
        }
        var (s, p, h, id) = (Parameter("$s"), Parameter("$p"), Parameter("$h"), Parameter("$id"));
        var written = 0;
        foreach (var row in rows)
        {
            (s.Value, p.Value, h.Value, id.Value) = (row.Sequence!.Value, row.PreviousHash!, row.Hash!, row.Id);
            written += await command.ExecuteNonQueryAsync(cancellationToken);
        }
        return written;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Sealed {Count} audit rows")]
    private partial void LogSealed(int count);
}
