using Microsoft.EntityFrameworkCore;
using Yincai.Platform;

namespace Yincai.Modules.Jobs.Contracts;

/// <summary>A published job as a digest lists it.</summary>
public sealed record PublishedJobSummary(Guid Id, string Title, string EmployerName, string RegionCode);

/// <summary>What referrers (campus ambassadors) need of jobs: new jobs to pass on, and what became of the people they referred.</summary>
public sealed class JobReferrals(YincaiDb db, ChinaClock clock)
{
    /// <summary>Jobs published since <paramref name="sinceUtc"/> in the region and still open; public facts, so across scopes.</summary>
    public Task<List<PublishedJobSummary>> PublishedSinceAsync(string regionPrefix, DateTime sinceUtc, int max, CancellationToken cancellationToken) =>
        db.Jobs.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().OpenOn(clock.Today)
            .Where(j => j.PublishedAtUtc >= sinceUtc && j.RegionCode.StartsWith(regionPrefix))
            .OrderByDescending(j => j.PublishedAtUtc).Take(max)
            .Select(j => new PublishedJobSummary(j.Id, j.Title, j.EmployerName, j.RegionCode)).ToListAsync(cancellationToken);

    /// <summary>These jobs as a list names them, whatever their state and the caller's scope (a service record's
    /// recommendations); <paramref name="openOnly"/> keeps those open today (what may still be recommended).</summary>
    public Task<List<PublishedJobSummary>> SummariesAsync(IReadOnlyCollection<Guid> ids, bool openOnly, CancellationToken cancellationToken)
    {
        var jobs = db.Jobs.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking();
        if (openOnly) jobs = jobs.OpenOn(clock.Today);
        return jobs.Where(j => ids.Contains(j.Id)).Select(j => new PublishedJobSummary(j.Id, j.Title, j.EmployerName, j.RegionCode))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Of these (user, job) pairs, those where the user applied, each with whether they were hired.</summary>
    public async Task<IReadOnlyDictionary<(Guid UserId, Guid JobId), bool>> OutcomesAsync(IReadOnlyCollection<(Guid UserId, Guid JobId)> pairs,
        CancellationToken cancellationToken)
    {
        var outcomes = new Dictionary<(Guid, Guid), bool>();
        var wanted = pairs.ToHashSet();
        // By users in chunks: one query for a city's year rather than one per ambassador, each within the parameter limits.
        foreach (var users in wanted.Select(p => p.UserId).Distinct().Chunk(1000))
        {
            var jobs = wanted.Where(p => users.Contains(p.UserId)).Select(p => p.JobId).Distinct().ToList();
            // The referrer is not the job's officer: outcomes are counted whatever the caller's region scope.
            var found = await db.JobApplications.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
                .Where(a => users.Contains(a.TalentUserId) && jobs.Contains(a.JobId))
                .Select(a => new { a.TalentUserId, a.JobId, a.Status }).ToListAsync(cancellationToken);
            foreach (var f in found.Where(f => wanted.Contains((f.TalentUserId, f.JobId))))
                outcomes[(f.TalentUserId, f.JobId)] = outcomes.GetValueOrDefault((f.TalentUserId, f.JobId)) || f.Status == ApplicationStatus.Hired;
        }
        return outcomes;
    }
}
