using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Yincai.Platform;

/// <summary>
/// Work that follows a save only once it is committed: what a save collects (<see cref="Collect"/>, change detection done)
/// is kept per context and handed to <see cref="ApplyAsync"/> when the save commits: at once without a transaction, else when
/// the transaction commits. A failed save or a rolled-back transaction drops it.
/// </summary>
public abstract class AfterCommitInterceptor<TPending> : ISaveChangesInterceptor, IDbTransactionInterceptor where TPending : class, new()
{
    // What a context has saved and not yet applied (its transaction still open).
    private readonly ConditionalWeakTable<DbContext, TPending> _pending = new();

    /// <summary>Reads what the save changes from <paramref name="context"/>'s tracker into <see cref="PendingOf"/>.</summary>
    protected abstract void Collect(DbContext context);

    /// <summary>Acts on what was collected, now committed; the change stands whatever happens to the request now.</summary>
    protected abstract Task ApplyAsync(TPending pending);

    /// <summary>The collection of <paramref name="context"/>'s saves not yet committed, made on first use.</summary>
    protected TPending PendingOf(DbContext context) => _pending.GetOrCreateValue(context);

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default) => ValueTask.FromResult(SavingChanges(eventData, result));

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is not { } context) return result;
        var tracker = context.ChangeTracker;
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false; // detected already by the save (YincaiDb)
        try { Collect(context); }
        finally { tracker.AutoDetectChangesEnabled = detect; }
        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null) await FlushAsync(context);
        return result;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null) FlushAsync(context).GetAwaiter().GetResult();
        return result;
    }

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null) _pending.Remove(context);
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) await FlushAsync(context);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context) FlushAsync(context).GetAwaiter().GetResult();
    }

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context) _pending.Remove(context);
    }

    private Task FlushAsync(DbContext context)
    {
        if (!_pending.TryGetValue(context, out var pending)) return Task.CompletedTask;
        _pending.Remove(context);
        return ApplyAsync(pending);
    }
}
