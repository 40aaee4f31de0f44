using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Yincai.Modules.Jobs.Contracts;

namespace Yincai.Modules.Jobs.Search;

/// <summary>
/// Puts a job saved on this copy into its <see cref="JobKeywordIndex"/> as soon as the save commits, from the saved values
/// (no read back), so that the employer or officer who published or closed it finds the change in the next search. Other
/// copies learn of it from the change feed (<see cref="JobKeywordSync"/>), which also reloads it here a moment later. Jobs
/// written by an import's bulk copy are not tracked and come by the feed alone.
/// </summary>
public sealed class JobKeywordUpdates(JobKeywordIndex index) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    // The jobs a context has saved and not yet applied (its transaction still open): the row, or null when gone.
    private readonly ConditionalWeakTable<DbContext, Dictionary<Guid, JobKeywordRow?>> _pending = new();

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    private void Collect(DbContext? context)
    {
        if (context is null || !index.IsReady) return;
        var tracker = context.ChangeTracker;
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false; // detected already by the save (YincaiDb)
        try
        {
            foreach (var entry in tracker.Entries<Job>())
            {
                if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
                var job = entry.Entity;
                _pending.GetOrCreateValue(context)[job.Id] =
                    entry.State != EntityState.Deleted && job.Status == JobStatus.Published ? JobKeywordRow.Of(job) : null;
            }
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null) await ApplyAsync(context);
        return result;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null) ApplyAsync(context).GetAwaiter().GetResult();
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
        if (eventData.Context is { } context) await ApplyAsync(context);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context) ApplyAsync(context).GetAwaiter().GetResult();
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

    // Under the index's update gate, which a poll holds from reading rows to applying them: a poll that read this job before
    // the save committed has applied what it read before this, so the saved values are the last word.
    private async Task ApplyAsync(DbContext context)
    {
        if (!_pending.TryGetValue(context, out var jobs)) return;
        _pending.Remove(context);
        if (!index.IsReady) return;
        // The change is saved whatever happens to the request now: apply it even if the request was cancelled.
        await index.UpdateGate.WaitAsync(CancellationToken.None);
        try
        {
            foreach (var (id, row) in jobs)
                if (row is not null) index.Put(row); else index.Remove(id);
            index.Refresh();
        }
        finally
        {
            index.UpdateGate.Release();
        }
    }
}
