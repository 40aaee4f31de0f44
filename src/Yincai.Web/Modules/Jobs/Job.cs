using Yincai.Modules.Talents.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs;

/// <summary>
/// A job posting: draft → pending review → published → closed, or rejected back to the employer. The officer of
/// the job's region reviews it; a published job closes itself after its valid-until date (ENT-02, GRD-10).
/// </summary>
public sealed class Job : IRegionScoped
{
    private Job() { }

    public Job(Guid employerId, JobDetails details, DateTime nowUtc)
    {
        Id = Guid.CreateVersion7();
        EmployerId = employerId;
        Status = JobStatus.Draft;
        CreatedAtUtc = nowUtc;
        Apply(details);
    }

    public Guid Id { get; private set; }
    public Guid EmployerId { get; private set; }
    public string EmployerName { get; private set; } = "";
    public JobType Type { get; private set; }
    public string Title { get; private set; } = "";
    public string Description { get; private set; } = "";
    public string RegionCode { get; private set; } = "";
    public string IndustryCode { get; private set; } = "";
    public int Headcount { get; private set; }
    public DegreeLevel MinDegree { get; private set; }
    public int SalaryMinYuan { get; private set; }
    public int SalaryMaxYuan { get; private set; }
    public DateOnly ValidUntil { get; private set; }
    public JobStatus Status { get; private set; }
    public string? ReviewNote { get; private set; }
    public Guid? ReviewedBy { get; private set; }
    public DateTime? PublishedAtUtc { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public int Version { get; private set; }

    /// <summary>Edits go back through review: a published job that changes is unpublished until approved again.</summary>
    public Result Edit(JobDetails details)
    {
        if (Status == JobStatus.Closed) return JobErrors.Closed;
        Apply(details);
        if (Status is JobStatus.Published or JobStatus.Rejected) Status = JobStatus.Draft;
        Version++;
        return Result.Ok();
    }

    public Result Submit(DateOnly today)
    {
        if (Status is not (JobStatus.Draft or JobStatus.Rejected)) return JobErrors.NotDraft;
        if (ValidUntil < today) return JobErrors.ValidUntilPast;
        (Status, ReviewNote) = (JobStatus.PendingReview, null);
        Version++;
        return Result.Ok();
    }

    /// <summary>Publishes the job; the caller has checked that its employer is verified.</summary>
    public Result Approve(Guid officerId, DateTime nowUtc)
    {
        if (Status != JobStatus.PendingReview) return JobErrors.NotPending;
        (Status, ReviewedBy, PublishedAtUtc) = (JobStatus.Published, officerId, nowUtc);
        Version++;
        return Result.Ok();
    }

    public Result Reject(Guid officerId, string reason)
    {
        if (Status != JobStatus.PendingReview) return JobErrors.NotPending;
        if (string.IsNullOrWhiteSpace(reason)) return JobErrors.ReasonRequired;
        (Status, ReviewedBy, ReviewNote) = (JobStatus.Rejected, officerId, reason.Trim());
        Version++;
        return Result.Ok();
    }

    public Result Close()
    {
        if (Status == JobStatus.Closed) return JobErrors.Closed;
        Status = JobStatus.Closed;
        Version++;
        return Result.Ok();
    }

    /// <summary>True when a published job has passed its valid-until date and was closed now.</summary>
    public bool ExpireIfDue(DateOnly today)
    {
        if (Status != JobStatus.Published || ValidUntil >= today) return false;
        Status = JobStatus.Closed;
        Version++;
        return true;
    }

    private void Apply(JobDetails d) =>
        (EmployerName, Type, Title, Description, RegionCode, IndustryCode, Headcount, MinDegree, SalaryMinYuan, SalaryMaxYuan, ValidUntil) =
        (d.EmployerName, d.Type, d.Title, d.Description, d.RegionCode, d.IndustryCode, d.Headcount, d.MinDegree, d.SalaryMinYuan, d.SalaryMaxYuan, d.ValidUntil);
}
