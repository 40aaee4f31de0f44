using Yincai.Modules.Jobs.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs;

/// <summary>
/// The review workflow that jobs, project demands and talents' projects share: draft → pending review → published →
/// closed, or rejected back to the author. The officer of the record's region reviews it; a published record
/// closes itself after its valid-until date.
/// </summary>
public abstract class Posting
{
    public Guid Id { get; private protected set; }
    public DateOnly ValidUntil { get; private protected set; }
    public JobStatus Status { get; private protected set; } = JobStatus.Draft;
    public string? ReviewNote { get; private protected set; }
    public Guid? ReviewedBy { get; private protected set; }
    public DateTime? PublishedAtUtc { get; private protected set; }
    public DateTime CreatedAtUtc { get; private protected set; }
    public int Version { get; private protected set; }

    public Result Submit(DateOnly today)
    {
        if (Status is not (JobStatus.Draft or JobStatus.Rejected)) return JobErrors.NotDraft;
        if (ValidUntil < today) return JobErrors.ValidUntilPast;
        (Status, ReviewNote) = (JobStatus.PendingReview, null);
        Version++;
        return Result.Ok();
    }

    /// <summary>Publishes the record; the caller has checked what the kind of record needs (a verified employer).</summary>
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

    /// <summary>True when a published record has passed its valid-until date and was closed now.</summary>
    public bool ExpireIfDue(DateOnly today)
    {
        if (Status != JobStatus.Published || PostingQueries.StillOpenOn(ValidUntil, today)) return false;
        Status = JobStatus.Closed;
        Version++;
        return true;
    }

    /// <summary>Checks that the record may still change; a published or rejected one goes back to draft, so that
    /// what the public sees has always been reviewed.</summary>
    private protected Result BeginEdit()
    {
        if (Status == JobStatus.Closed) return JobErrors.Closed;
        if (Status is JobStatus.Published or JobStatus.Rejected) Status = JobStatus.Draft;
        Version++;
        return Result.Ok();
    }
}

public static class PostingQueries
{
    /// <summary>Published and not past their valid-until date on <paramref name="today"/>: what the public may see. The one
    /// definition the public lists, the six finds and matching share.</summary>
    public static IQueryable<T> OpenOn<T>(this IQueryable<T> postings, DateOnly today) where T : Posting =>
        postings.Where(p => p.Status == JobStatus.Published && p.ValidUntil >= today);

    /// <summary>Whether a posting read while open (<see cref="OpenOn{T}"/>) still is on <paramref name="today"/>: a set kept in
    /// memory may have been read on an earlier day.</summary>
    public static bool StillOpenOn(DateOnly validUntil, DateOnly today) => validUntil >= today;
}
