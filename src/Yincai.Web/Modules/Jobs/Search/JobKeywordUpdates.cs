using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs.Search;

/// <summary>
/// Puts a job saved on this copy into its <see cref="JobKeywordIndex"/> as soon as the save commits, from the saved values
/// (no read back), so that the employer or officer who published or closed it finds the change in the next search. Other
/// copies learn of it from the change feed (<see cref="JobKeywordSync"/>), which also reloads it here a moment later. Jobs
/// written by an import's bulk copy are not tracked and come by the feed alone.
/// </summary>
public sealed class JobKeywordUpdates(JobKeywordIndex index) : AfterCommitInterceptor<Dictionary<Guid, JobKeywordRow?>>
{
    // The row of each saved job, or null when it is gone from the public list.
    protected override void Collect(DbContext context)
    {
        if (!index.IsReady) return;
        foreach (var entry in context.ChangeTracker.Entries<Job>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            var job = entry.Entity;
            PendingOf(context)[job.Id] = entry.State != EntityState.Deleted && job.Status == JobStatus.Published ? JobKeywordRow.Of(job) : null;
        }
    }

    // Under the index's update gate, which a poll holds from reading rows to applying them: a poll that read this job before
    // the save committed has applied what it read before this, so the saved values are the last word.
    protected override async Task ApplyAsync(Dictionary<Guid, JobKeywordRow?> jobs)
    {
        if (!index.IsReady) return;
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
