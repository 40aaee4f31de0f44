using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Yincai.Platform.PageCache;

/// <summary>
/// Evicts this copy's cached pages that show a kind of record (a page's tags are the <see cref="ChangeFeedEntry.Kind"/>s
/// it shows) as soon as a save of such a record commits, so the person who changed it sees the change at once. Other
/// copies learn of it from the change feed (<see cref="PageCacheSync"/>), which also evicts here again a moment later:
/// a page rendered from the old rows while the save committed is not kept either.
/// </summary>
public sealed class PageCacheEviction(IOutputCacheStore store) : AfterCommitInterceptor<HashSet<string>>
{
    public async ValueTask EvictAsync(IEnumerable<string> kinds, CancellationToken cancellationToken)
    {
        foreach (var kind in kinds) await store.EvictByTagAsync(kind, cancellationToken);
    }

    // The feed rows this save appends (ChangeFeedEntry.Record), added explicitly.
    protected override void Collect(DbContext context)
    {
        foreach (var entry in context.ChangeTracker.Entries<ChangeFeedEntry>())
            if (entry.State == EntityState.Added) PendingOf(context).Add(entry.Entity.Kind);
    }

    protected override Task ApplyAsync(HashSet<string> kinds) => EvictAsync(kinds, CancellationToken.None).AsTask();
}
