using Microsoft.EntityFrameworkCore;
using Yincai.Platform;

namespace Yincai.Modules.Jobs.Contracts;

/// <summary>A published job as a digest lists it.</summary>
public sealed record PublishedJobSummary(Guid Id, string Title, string EmployerName, string RegionCode);

/// <summary>What referrers (campus ambassadors) need of jobs: new jobs to pass on, and what became of the people they referred.</summary>
public sealed class JobReferrals(YincaiDb db, TimeProvider clock)
{
    /// <summary>Jobs published since <paramref name="sinceUtc"/> in the region and still open; public facts, so across scopes.</summary>
    public Task<List<PublishedJobSummary>> PublishedSinceAsync(string regionPrefix, DateTime sinceUtc, int max, CancellationToken cancellationToken) =>
        db.Jobs.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().OpenOn(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
            .Where(j => j.PublishedAtUtc >= sinceUtc && j.RegionCode.StartsWith(regionPrefix))
            .OrderByDescending(j => j.PublishedAtUtc).Take(max)
            .Select(j => new PublishedJobSummary(j.Id, j.Title, j.EmployerName, j.RegionCode)).ToListAsync(cancellationToken);

    /// <summary>Of these (user, job) pairs: how many applied, and how many of those were hired.</summary>
    public async Task<(int Applications, int Hires)> OutcomesAsync(IReadOnlyCollection<(Guid UserId, Guid JobId)> pairs,
        CancellationToken cancellationToken)
    {
        if (pairs.Count == 0) return (0, 0);
        var users = pairs.Select(p => p.UserId).Distinct().ToList();
        var jobs = pairs.Select(p => p.JobId).Distinct().ToList();
        // The referrer is not the job's officer: outcomes are counted whatever the caller's region scope.
        var found = await db.JobApplications.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
            .Where(a => users.Contains(a.TalentUserId) && jobs.Contains(a.JobId))
            .Select(a => new { a.TalentUserId, a.JobId, a.Status }).ToListAsync(cancellationToken);
        var wanted = pairs.ToHashSet();
        var matched = found.Where(f => wanted.Contains((f.TalentUserId, f.JobId))).ToList();
        return (matched.Select(m => (m.TalentUserId, m.JobId)).Distinct().Count(), matched.Count(m => m.Status == ApplicationStatus.Hired));
    }
}
