using Yincai.Platform;

namespace Yincai.Modules.Complaints;

/// <summary>
/// A complaint or report about graduates' employment rights (GRD-14). Routed to a region's officers, due in working days,
/// followed by its filer through <see cref="TrackingNumber"/>. The filer's name and mobile are encrypted and shown only to
/// the handling officers.
/// </summary>
public sealed class Complaint : IRegionScoped
{
    public const int DescriptionMax = 2000;

    private Complaint() { }

    public Complaint(string trackingNumber, ComplaintKind kind, ComplaintTarget target, Guid? employerId, Guid? jobId, string againstName,
        string description, DateOnly occurredOn, string regionCode, string assignedRegionCode, ComplaintRouting routing, Guid? filerUserId,
        string filerNameCipher, string? filerMobileCipher, DateTime nowUtc, DateOnly receivedOn, DateOnly dueOn, DateOnly remindOn, bool dueEstimated)
    {
        Id = Ids.New();
        (TrackingNumber, Kind, Target, EmployerId, JobId, AgainstName, Description, OccurredOn) =
            (trackingNumber, kind, target, employerId, jobId, againstName, description, occurredOn);
        (RegionCode, AssignedRegionCode, Routing, FilerUserId, FilerNameCipher, FilerMobileCipher) =
            (regionCode, assignedRegionCode, routing, filerUserId, filerNameCipher, filerMobileCipher);
        (Status, ReceivedAtUtc, ReceivedMonth, DueOn, RemindOn, DueEstimated) =
            (ComplaintStatus.Received, nowUtc, receivedOn.Year * 100 + receivedOn.Month, dueOn, remindOn, dueEstimated);
    }

    public Guid Id { get; private set; }
    public string TrackingNumber { get; private set; } = "";
    public ComplaintKind Kind { get; private set; }
    public ComplaintTarget Target { get; private set; }
    public Guid? EmployerId { get; private set; }
    public Guid? JobId { get; private set; }

    /// <summary>The employer's, the job's or the intermediary's name as filed.</summary>
    public string AgainstName { get; private set; } = "";

    public string Description { get; private set; } = "";
    public DateOnly OccurredOn { get; private set; }

    /// <summary>The responsible region: the employer's or the job's, else the filer's.</summary>
    public string RegionCode { get; private set; } = "";

    /// <summary>The region whose officers handle it: <see cref="RegionCode"/>, or the city or province above it when that
    /// region has no officer of its own.</summary>
    public string AssignedRegionCode { get; private set; } = "";

    public ComplaintRouting Routing { get; private set; }
    public Guid? FilerUserId { get; private set; }
    public string FilerNameCipher { get; private set; } = "";
    public string? FilerMobileCipher { get; private set; }
    public ComplaintStatus Status { get; private set; }
    public DateTime ReceivedAtUtc { get; private set; }
    /// <summary>The month of receipt in China time (yyyymm): the statistics' month.</summary>
    public int ReceivedMonth { get; private set; }

    public DateOnly DueOn { get; private set; }

    /// <summary>The officers are reminded from this working day on, before <see cref="DueOn"/>.</summary>
    public DateOnly RemindOn { get; private set; }

    public DateTime? RemindedAtUtc { get; private set; }
    public DateTime? EscalatedAtUtc { get; private set; }

    /// <summary>Whose officers supervise it once overdue: the city's, or the province's where the city has none.</summary>
    public string? EscalatedToRegionCode { get; private set; }

    /// <summary>The deadline was counted Monday to Friday for want of a year's holiday calendar: shown as an estimate.</summary>
    public bool DueEstimated { get; private set; }
    public Guid? HandledBy { get; private set; }
    public string? Reason { get; private set; }
    public bool? Upheld { get; private set; }
    public string? Outcome { get; private set; }
    public ComplaintActions Actions { get; private set; }
    public DateTime? ClosedAtUtc { get; private set; }
    public int? Rating { get; private set; }
    public string? RatingComment { get; private set; }
    public DateTime? RatedAtUtc { get; private set; }
    public int Version { get; private set; }

    public bool IsOpen => Status is ComplaintStatus.Received or ComplaintStatus.Accepted or ComplaintStatus.Handling;

    /// <summary><see cref="IsOpen"/> for queries: the list's overdue view, the menu's number, the deadline rounds.</summary>
    public static readonly System.Linq.Expressions.Expression<Func<Complaint, bool>> Open =
        c => c.Status == ComplaintStatus.Received || c.Status == ComplaintStatus.Accepted || c.Status == ComplaintStatus.Handling;

    public bool IsOverdueOn(DateOnly today) => IsOpen && today > DueOn;

    /// <summary>The level above the handling region, to which the complaint is escalated once overdue: a county's city, a
    /// city's province.</summary>
    public string SupervisorRegionCode =>
        AssignedRegionCode.EndsWith("0000", StringComparison.Ordinal) ? AssignedRegionCode
        : AssignedRegionCode.EndsWith("00", StringComparison.Ordinal) ? AssignedRegionCode[..2] + "0000"
        : AssignedRegionCode[..4] + "00";

    /// <summary>Whether an officer with this scope handles the complaint (and may see who filed it).</summary>
    public bool IsHandledBy(string? scopeRegionCode) =>
        scopeRegionCode is not null && (scopeRegionCode == AssignedRegionCode || scopeRegionCode == EscalatedToRegionCode);

    public Result Accept(Guid officerId)
    {
        if (Status != ComplaintStatus.Received) return ComplaintErrors.WrongState;
        (Status, HandledBy) = (ComplaintStatus.Accepted, officerId);
        Version++;
        return Result.Ok();
    }

    public Result NotAccept(Guid officerId, string? reason, DateTime nowUtc)
    {
        if (Status != ComplaintStatus.Received) return ComplaintErrors.WrongState;
        if (string.IsNullOrWhiteSpace(reason)) return ComplaintErrors.ReasonRequired;
        (Status, HandledBy, Reason, ClosedAtUtc) = (ComplaintStatus.NotAccepted, officerId, reason.Trim(), nowUtc);
        Version++;
        return Result.Ok();
    }

    public Result StartHandling(Guid officerId)
    {
        if (Status != ComplaintStatus.Accepted) return ComplaintErrors.WrongState;
        (Status, HandledBy) = (ComplaintStatus.Handling, officerId);
        Version++;
        return Result.Ok();
    }

    public Result Resolve(Guid officerId, bool upheld, string? outcome, ComplaintActions actions, DateTime nowUtc)
    {
        if (Status is not (ComplaintStatus.Accepted or ComplaintStatus.Handling)) return ComplaintErrors.WrongState;
        if (string.IsNullOrWhiteSpace(outcome)) return ComplaintErrors.OutcomeRequired;
        if (!upheld && actions != ComplaintActions.None) return ComplaintErrors.ActionsNeedUpheld;
        if (actions.HasFlag(ComplaintActions.JobTakenDown) && JobId is null) return ComplaintErrors.NoJob;
        if ((actions & (ComplaintActions.EmployerWarned | ComplaintActions.EmployerBlacklisted)) != 0 && EmployerId is null)
            return ComplaintErrors.NoEmployer;
        (Status, HandledBy, Upheld, Outcome, Actions, ClosedAtUtc) = (ComplaintStatus.Resolved, officerId, upheld, outcome.Trim(), actions, nowUtc);
        Version++;
        return Result.Ok();
    }

    public Result Rate(int rating, string? comment, DateTime nowUtc)
    {
        if (Status is not (ComplaintStatus.Resolved or ComplaintStatus.NotAccepted)) return ComplaintErrors.NotClosed;
        if (RatedAtUtc is not null) return ComplaintErrors.AlreadyRated;
        if (rating is < 1 or > 5) return ComplaintErrors.RatingRange;
        (Rating, RatingComment, RatedAtUtc) = (rating, string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(), nowUtc);
        Version++;
        return Result.Ok();
    }

    // Versioned so that two copies of the app cannot both remind or escalate.
    public void Reminded(DateTime nowUtc) => (RemindedAtUtc, Version) = (nowUtc, Version + 1);

    public void Escalated(DateTime nowUtc, string toRegionCode) => (EscalatedAtUtc, EscalatedToRegionCode, Version) = (nowUtc, toRegionCode, Version + 1);
}

/// <summary>One step of a complaint's record: who, when, what and why. The trail the filer and the officers see.</summary>
public sealed class ComplaintStep : IRegionScoped
{
    private ComplaintStep() { }

    public ComplaintStep(Complaint complaint, ComplaintStepKind kind, Guid? actorId, string? note, DateTime atUtc)
    {
        Id = Ids.New();
        (ComplaintId, RegionCode, Kind, ActorId, Note, AtUtc) = (complaint.Id, complaint.RegionCode, kind, actorId, note, atUtc);
    }

    public Guid Id { get; private set; }
    public Guid ComplaintId { get; private set; }
    public string RegionCode { get; private set; } = "";
    public ComplaintStepKind Kind { get; private set; }
    public Guid? ActorId { get; private set; }
    public string? Note { get; private set; }
    public DateTime AtUtc { get; private set; }

    /// <summary>Steps the filer sees on the tracking page: not the officers' internal ones.</summary>
    public bool IsPublic => Kind is not (ComplaintStepKind.Reminded or ComplaintStepKind.Escalated or ComplaintStepKind.FilerRevealed);
}

/// <summary>A file the filer gave as evidence (PDF, JPEG or PNG).</summary>
public sealed class ComplaintEvidence : IRegionScoped
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxFiles = 5;

    private ComplaintEvidence() { }

    public ComplaintEvidence(Complaint complaint, string fileName, string contentType, byte[] content, DateTime nowUtc)
    {
        Id = Ids.New();
        (ComplaintId, RegionCode, FileName, ContentType, Content, UploadedAtUtc) = (complaint.Id, complaint.RegionCode, fileName, contentType, content, nowUtc);
    }

    public Guid Id { get; private set; }
    public Guid ComplaintId { get; private set; }
    public string RegionCode { get; private set; } = "";
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public byte[] Content { get; private set; } = [];
    public DateTime UploadedAtUtc { get; private set; }
}
