using Yincai.Platform;

namespace Yincai.Modules.Jobs.Interviews;

public enum InterviewStatus
{
    /// <summary>Sent; the talent has not answered.</summary>
    Proposed = 1,
    Accepted = 2,
    Declined = 3,
    /// <summary>The talent asked for another time (their note says when suits them); the employer sends a new invitation.</summary>
    OtherTimeAsked = 4,
    /// <summary>Replaced by a newer invitation for the same application.</summary>
    Replaced = 5,
}

/// <summary>
/// An invitation to an interview for an application (issue 22): when (China time on screen, UTC stored), how long, where or
/// the online link, whom to contact, notes; the talent accepts, declines or asks for another time; a reminder goes out the
/// day before. A newer invitation for the same application replaces the open one.
/// </summary>
public sealed class Interview : IRegionScoped
{
    private Interview() { }

    public Interview(JobApplication application, string employerName, InterviewDetails d, DateTime nowUtc)
    {
        Id = Ids.New();
        (ApplicationId, JobId, EmployerId, RegionCode, TalentUserId, JobTitle, EmployerName) = (application.Id, application.JobId,
            application.EmployerId, application.RegionCode, application.TalentUserId, application.JobTitle, employerName);
        (StartsAtUtc, Minutes, Online, Place, Link, ContactName, ContactPhone, Notes) =
            (d.StartsAtUtc, d.Minutes, d.Online, d.Place, d.Link, d.ContactName, d.ContactPhone, d.Notes);
        Status = InterviewStatus.Proposed;
        (CreatedAtUtc, UpdatedAtUtc) = (nowUtc, nowUtc);
    }

    public Guid Id { get; private set; }
    public Guid ApplicationId { get; private set; }
    public Guid JobId { get; private set; }
    public Guid EmployerId { get; private set; }

    /// <summary>The job's region, as the application's.</summary>
    public string RegionCode { get; private set; } = "";
    public Guid TalentUserId { get; private set; }
    public string JobTitle { get; private set; } = "";
    public string EmployerName { get; private set; } = "";
    public DateTime StartsAtUtc { get; private set; }
    public int Minutes { get; private set; }
    public bool Online { get; private set; }
    public string? Place { get; private set; }
    public string? Link { get; private set; }
    public string ContactName { get; private set; } = "";
    public string ContactPhone { get; private set; } = "";
    public string? Notes { get; private set; }
    public InterviewStatus Status { get; private set; }

    /// <summary>What the talent wrote with the answer (the times that suit them, a reason).</summary>
    public string? Reply { get; private set; }
    public DateTime? AnsweredAtUtc { get; private set; }
    public DateTime? RemindedAtUtc { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }
    public int Version { get; private set; }

    public bool IsOpen => Status is InterviewStatus.Proposed or InterviewStatus.Accepted;

    public DateTime EndsAtUtc => StartsAtUtc.AddMinutes(Minutes);

    /// <summary>The talent's answer to an invitation not yet past: accept, decline or ask for another time.</summary>
    public Result Answer(InterviewStatus answer, string? reply, DateTime nowUtc)
    {
        if (answer is not (InterviewStatus.Accepted or InterviewStatus.Declined or InterviewStatus.OtherTimeAsked)) return JobErrors.InterviewAnswer;
        if (Status is not (InterviewStatus.Proposed or InterviewStatus.Accepted) || StartsAtUtc <= nowUtc) return JobErrors.InterviewClosed;
        (Status, Reply, AnsweredAtUtc, UpdatedAtUtc) = (answer, string.IsNullOrWhiteSpace(reply) ? null : reply.Trim(), nowUtc, nowUtc);
        Version++;
        return Result.Ok();
    }

    public void Replace(DateTime nowUtc)
    {
        (Status, UpdatedAtUtc) = (InterviewStatus.Replaced, nowUtc);
        Version++;
    }

    /// <summary>The talent's erasure: what they wrote goes.</summary>
    public void EraseReply(DateTime nowUtc)
    {
        (Reply, UpdatedAtUtc) = (null, nowUtc);
        Version++;
    }

    public void MarkReminded(DateTime nowUtc)
    {
        RemindedAtUtc = nowUtc;
        Version++;
    }
}

/// <summary>What the employer fills in for an invitation.</summary>
public sealed record InterviewDetails(DateTime StartsAtUtc, int Minutes, bool Online, string? Place, string? Link, string ContactName,
    string ContactPhone, string? Notes);
