using Microsoft.EntityFrameworkCore;
using Yincai.Platform;

namespace Yincai.Modules.Jobs.Contracts;

/// <summary>A hire a station referred (its allocation): the application, the talent, the job and when.</summary>
public sealed record StationHire(Guid ApplicationId, Guid TalentUserId, Guid JobId, string JobTitle, string EmployerName, DateTime HiredAtUtc);

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

    /// <summary>A station's referral of a talent to a job they have already applied to: the application is marked as the
    /// station's, in the caller's unit of work (false when there is no such application or another station referred first).</summary>
    public async Task<bool> MarkReferredAsync(Guid talentUserId, Guid jobId, Guid stationId, CancellationToken cancellationToken)
    {
        // The station is not the job's officer: its referral is recorded whatever the region of the job.
        var application = await db.JobApplications.IgnoreQueryFilters([YincaiDb.RegionFilter])
            .FirstOrDefaultAsync(a => a.TalentUserId == talentUserId && a.JobId == jobId, cancellationToken);
        if (application is null || !application.ReferBy(stationId)) return false;
        db.PermitOutsideScope(application);
        return true;
    }

    /// <summary>The hires a station referred, hired in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>), newest first.</summary>
    public async Task<List<StationHire>> HiresOfStationAsync(Guid stationId, DateTime fromUtc, DateTime toUtc, int max, CancellationToken cancellationToken)
    {
        var rows = await db.JobApplications.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
            .Where(a => a.ReferredByStationId == stationId && a.Status == ApplicationStatus.Hired && a.HiredAtUtc >= fromUtc && a.HiredAtUtc < toUtc)
            .OrderByDescending(a => a.HiredAtUtc).Take(max)
            .Join(db.Jobs.IgnoreQueryFilters([YincaiDb.RegionFilter]), a => a.JobId, j => j.Id,
                (a, j) => new { a.Id, a.TalentUserId, a.JobId, a.JobTitle, j.EmployerName, a.HiredAtUtc })
            .ToListAsync(cancellationToken);
        return rows.OrderByDescending(r => r.HiredAtUtc)
            .Select(r => new StationHire(r.Id, r.TalentUserId, r.JobId, r.JobTitle, r.EmployerName, r.HiredAtUtc!.Value)).ToList();
    }

    /// <summary>How many hires these stations referred in the period (a program's allocations, STN-08).</summary>
    public Task<int> HireCountOfStationsAsync(IReadOnlyCollection<Guid> stationIds, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken) =>
        stationIds.Count == 0 ? Task.FromResult(0) : db.JobApplications.IgnoreQueryFilters([YincaiDb.RegionFilter])
            .CountAsync(a => a.ReferredByStationId != null && stationIds.Contains(a.ReferredByStationId.Value) && a.Status == ApplicationStatus.Hired
                && a.HiredAtUtc >= fromUtc && a.HiredAtUtc < toUtc, cancellationToken);

    /// <summary>How many hires a station referred in the period (its allocations, STN-08).</summary>
    public Task<int> HireCountOfStationAsync(Guid stationId, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken) =>
        db.JobApplications.IgnoreQueryFilters([YincaiDb.RegionFilter])
            .CountAsync(a => a.ReferredByStationId == stationId && a.Status == ApplicationStatus.Hired && a.HiredAtUtc >= fromUtc && a.HiredAtUtc < toUtc,
                cancellationToken);
}
