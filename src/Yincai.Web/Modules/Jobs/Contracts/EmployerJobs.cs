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
}
