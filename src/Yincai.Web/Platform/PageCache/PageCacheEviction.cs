using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Yincai.Platform.PageCache;

/// <summary>
/// Evicts this copy's cached pages that show a kind of record (a page's tags are the <see cref="ChangeFeedEntry.Kind"/>s
/// it shows) as soon as a save of such a record commits, so the person who changed it sees the change at once. Other
/// copies learn of it from the change feed (<see cref="PageCacheSync"/>), which also evicts here again a moment later:
/// a page rendered from the old rows while the save committed is not kept either. The six finds' sets held in memory
/// (<see cref="SixFindsRows"/>) go with the pages.
/// </summary>
public sealed class PageCacheEviction(IOutputCacheStore store, SixFindsRows findsRows) : AfterCommitInterceptor<HashSet<string>>
{
    public async ValueTask EvictAsync(IEnumerable<string> kinds, CancellationToken cancellationToken)
    {
        var changed = kinds.ToList();
        findsRows.Evict(changed);
        foreach (var kind in changed) await store.EvictByTagAsync(kind, cancellationToken);
    }

    // The feed rows this save appends (ChangeFeedEntry.Record), added explicitly.
    protected override void Collect(DbContext context)
    {
        foreach (var entry in context.ChangeTracker.Entries<ChangeFeedEntry>())
            if (entry.State == EntityState.Added) PendingOf(context).Add(entry.Entity.Kind);
    }

    protected override Task ApplyAsync(HashSet<string> kinds) => EvictAsync(kinds, CancellationToken.None).AsTask();
}
