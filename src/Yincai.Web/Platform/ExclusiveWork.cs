using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Yincai.Platform;

/// <summary>
/// A unit of work of a background round that two copies of the app must not do at once (telling the same people twice): on
/// PostgreSQL a transaction holding an advisory lock until it ends, or <see cref="Busy"/> when another copy holds it; on SQLite
/// (one process) no transaction and never busy.
/// </summary>
public sealed class ExclusiveWork : IAsyncDisposable
{
    private readonly IDbContextTransaction? _transaction;

    private ExclusiveWork(IDbContextTransaction? transaction, bool busy) => (_transaction, Busy) = (transaction, busy);

    /// <summary>Another copy is doing this work now: skip it (the next round comes back to it).</summary>
    public bool Busy { get; }

    public static async Task<ExclusiveWork> BeginAsync(YincaiDb db, long lockKey, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql()) return new ExclusiveWork(null, busy: false);
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({lockKey}) AS \"Value\"").SingleAsync(cancellationToken))
            return new ExclusiveWork(transaction, busy: false);
        await transaction.DisposeAsync();
        return new ExclusiveWork(null, busy: true);
    }

    public Task CommitAsync(CancellationToken cancellationToken) => _transaction?.CommitAsync(cancellationToken) ?? Task.CompletedTask;

    public ValueTask DisposeAsync() => _transaction?.DisposeAsync() ?? ValueTask.CompletedTask;
}
