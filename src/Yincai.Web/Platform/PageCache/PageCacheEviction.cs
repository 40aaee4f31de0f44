using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Yincai.Platform.PageCache;

/// <summary>
/// Evicts this copy's cached pages that show a kind of record (a page's tags are the <see cref="ChangeFeedEntry.Kind"/>s
/// it shows) as soon as a save of such a record commits, so the person who changed it sees the change at once. Other
/// copies learn of it from the change feed (<see cref="PageCacheSync"/>), which also evicts here again a moment later:
/// a page rendered from the old rows while the save committed is not kept either.
/// </summary>
public sealed class PageCacheEviction(IOutputCacheStore store) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    // The kinds a context has saved and not yet evicted (its transaction still open).
    private readonly ConditionalWeakTable<DbContext, HashSet<string>> _pending = new();

    public async ValueTask EvictAsync(IEnumerable<string> kinds, CancellationToken cancellationToken)
    {
        foreach (var kind in kinds) await store.EvictByTagAsync(kind, cancellationToken);
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            // The feed rows this save appends (ChangeFeedEntry.Record), added explicitly: no change detection needed.
            var tracker = context.ChangeTracker;
            var detect = tracker.AutoDetectChangesEnabled;
            tracker.AutoDetectChangesEnabled = false;
            try
            {
                foreach (var entry in tracker.Entries<ChangeFeedEntry>())
                    if (entry.State == EntityState.Added) _pending.GetOrCreateValue(context).Add(entry.Entity.Kind);
            }
            finally
            {
                tracker.AutoDetectChangesEnabled = detect;
            }
        }
        return ValueTask.FromResult(result);
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null) await FlushAsync(context);
        return result;
    }

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null) _pending.Remove(context);
        return Task.CompletedTask;
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) await FlushAsync(context);
    }

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) _pending.Remove(context);
        return Task.CompletedTask;
    }

    private async Task FlushAsync(DbContext context)
    {
        if (!_pending.TryGetValue(context, out var kinds)) return;
        _pending.Remove(context);
        // The change is saved whatever happens to the request now: evict even if it was cancelled.
        await EvictAsync(kinds, CancellationToken.None);
    }
}
