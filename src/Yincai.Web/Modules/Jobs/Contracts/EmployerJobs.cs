using Microsoft.EntityFrameworkCore;
using Yincai.Platform;

namespace Yincai.Modules.Jobs.Contracts;

/// <summary>A published job as a job fair's booth lists it.</summary>
public sealed record JobAtBooth(Guid Id, Guid EmployerId, string Title, JobType Type, int Headcount, int SalaryMinYuan, int SalaryMaxYuan);

/// <summary>An employer's open jobs for other modules (Events: the jobs an employer brings to a booth).</summary>
public sealed class EmployerJobs(YincaiDb db, ChinaClock clock)
{
    private DateOnly Today => clock.Today;

    /// <summary>The employer's published jobs that are still open, newest first. Public facts, so asked across region scopes.</summary>
    public Task<List<JobAtBooth>> OpenOfEmployerAsync(Guid employerId, CancellationToken cancellationToken) =>
        db.Jobs.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().OpenOn(Today).Where(j => j.EmployerId == employerId)
            .OrderByDescending(j => j.PublishedAtUtc)
            .Select(j => new JobAtBooth(j.Id, j.EmployerId, j.Title, j.Type, j.Headcount, j.SalaryMinYuan, j.SalaryMaxYuan))
            .ToListAsync(cancellationToken);

    /// <summary>These jobs, when still open (a booth's list on the event page).</summary>
    public Task<List<JobAtBooth>> OpenByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        db.Jobs.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().OpenOn(Today).Where(j => ids.Contains(j.Id))
            .Select(j => new JobAtBooth(j.Id, j.EmployerId, j.Title, j.Type, j.Headcount, j.SalaryMinYuan, j.SalaryMaxYuan))
            .ToListAsync(cancellationToken);

    /// <summary>A job as a complaint names it: any status, whatever the caller's scope (the public saw it).</summary>
    public Task<JobFacts?> FactsAsync(Guid jobId, CancellationToken cancellationToken) =>
        db.Jobs.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(j => j.Id == jobId)
            .Select(j => new JobFacts(j.Id, j.EmployerId, j.Title, j.EmployerName, j.RegionCode, j.Status)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Takes the job down (closes it) in the caller's unit of work, after an upheld complaint. False when the job is
    /// not in the caller's scope.</summary>
    public async Task<bool> TakeDownAsync(Guid jobId, CancellationToken cancellationToken)
    {
        if (await db.Jobs.FirstOrDefaultAsync(j => j.Id == jobId, cancellationToken) is not { } job) return false;
        job.Close();
        return true;
    }

    /// <summary>Takes down every job of a blacklisted employer that is published or waiting for review, wherever it is
    /// posted, in the caller's unit of work; returns how many.</summary>
    public async Task<int> TakeDownAllOfEmployerAsync(Guid employerId, CancellationToken cancellationToken)
    {
        var jobs = await db.Jobs.IgnoreQueryFilters([YincaiDb.RegionFilter])
            .Where(j => j.EmployerId == employerId && (j.Status == JobStatus.Published || j.Status == JobStatus.PendingReview))
            .ToListAsync(cancellationToken);
        foreach (var job in jobs) job.Close();
        return jobs.Count;
    }
}

public sealed record JobFacts(Guid Id, Guid EmployerId, string Title, string EmployerName, string RegionCode, JobStatus Status);
