using Yincai.Modules.Events.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Events;

/// <summary>
/// A job fair, exchange, roadshow, briefing and the like, with its workflow: draft → submitted → approved → published →
/// finished, or cancelled. An office's own event may go from draft to published directly; any other organiser's needs an
/// officer of the event's region to approve it, after which it runs in that office's name (STN-11).
/// </summary>
public sealed class Event : IRegionScoped, IFeedsChanges
{
    private Event() { }

    public Event(OrganiserKind organiserKind, Guid organiserId, string organiserName, EventDetails details, Guid createdBy, DateTime nowUtc,
        Guid? seriesId = null)
    {
        Id = Ids.New();
        (OrganiserKind, OrganiserId, OrganiserName, CreatedBy, CreatedAtUtc, SeriesId) =
            (organiserKind, organiserId, organiserName, createdBy, nowUtc, seriesId);
        if (organiserKind is OrganiserKind.Office or OrganiserKind.University) HostOfficeName = organiserName;
        Apply(details);
    }

    public Guid Id { get; private set; }
    public EventKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public string Description { get; private set; } = "";
    public OrganiserKind OrganiserKind { get; private set; }
    public Guid OrganiserId { get; private set; }
    public string OrganiserName { get; private set; } = "";

    /// <summary>The office in whose name the event runs: the organiser itself, or the approving office (STN-11).</summary>
    public string? HostOfficeName { get; private set; }

    public string RegionCode { get; private set; } = "";
    public bool IsOnline { get; private set; }
    public string? Venue { get; private set; }

    /// <summary>直播带岗 / online recruiting (GRD-05).</summary>
    public string? LivestreamUrl { get; private set; }

    public DateTime StartsAtUtc { get; private set; }
    public DateTime EndsAtUtc { get; private set; }
    public EventAudience Audience { get; private set; }

    /// <summary>Seats for talents; 0 means no registration.</summary>
    public int Capacity { get; private set; }

    /// <summary>Booths for employers; 0 means none.</summary>
    public int Booths { get; private set; }

    public DateTime RegistrationOpensAtUtc { get; private set; }
    public DateTime RegistrationClosesAtUtc { get; private set; }

    /// <summary>How long before the start the door opens for check-in (never before the first day, Beijing time).</summary>
    public int CheckInOpensMinutesBefore { get; private set; } = EventDetails.DefaultCheckInOpensMinutesBefore;

    /// <summary>How long after the end the door stays open; null: to the end of the last day (Beijing time).</summary>
    public int? CheckInClosesMinutesAfter { get; private set; }

    /// <summary>The monthly or weekly series the event was planned in, if any.</summary>
    public Guid? SeriesId { get; private set; }

    public EventStatus Status { get; private set; } = EventStatus.Draft;
    public string? ReviewNote { get; private set; }
    public Guid? ApprovedBy { get; private set; }
    public DateTime? ApprovedAtUtc { get; private set; }
    public DateTime? PublishedAtUtc { get; private set; }
    public string? CancelReason { get; private set; }
    public Guid CreatedBy { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? FinishedAtUtc { get; private set; }
    public int Attendance { get; private set; }
    public int EmployersAttended { get; private set; }
    public int JobsOffered { get; private set; }
    public int IntentionsReached { get; private set; }
    public int HiresAttributed { get; private set; }
    public int Version { get; private set; }

    public bool NeedsApproval => OrganiserKind is not (OrganiserKind.Office or OrganiserKind.University);

    /// <summary>Talents may register now: published, inside the registration window, with seats.</summary>
    public bool IsOpenForRegistration(DateTime nowUtc) =>
        Status == EventStatus.Published && Capacity > 0 && nowUtc >= RegistrationOpensAtUtc && nowUtc <= RegistrationClosesAtUtc;

    /// <summary>
    /// When tickets are accepted at the door: from <see cref="CheckInOpensMinutesBefore"/> before the start to
    /// <see cref="CheckInClosesMinutesAfter"/> after the end, and only on the event's own days (Beijing dates), so a
    /// misconfigured window can never open the door days ahead.
    /// </summary>
    public (DateTime OpensAtUtc, DateTime ClosesAtUtc) CheckInWindow
    {
        get
        {
            var firstDay = ChinaClock.ToUtc(ChinaClock.DateOf(StartsAtUtc).ToDateTime(TimeOnly.MinValue));
            var afterLastDay = ChinaClock.ToUtc(ChinaClock.DateOf(EndsAtUtc).AddDays(1).ToDateTime(TimeOnly.MinValue));
            var opens = StartsAtUtc.AddMinutes(-CheckInOpensMinutesBefore);
            var closes = CheckInClosesMinutesAfter is { } after ? EndsAtUtc.AddMinutes(after) : afterLastDay;
            return (opens < firstDay ? firstDay : opens, closes > afterLastDay ? afterLastDay : closes);
        }
    }

    /// <summary>Whether the door takes tickets now: a published event inside its check-in window.</summary>
    public Result CheckInOpen(DateTime nowUtc)
    {
        if (Status != EventStatus.Published) return EventErrors.NotPublished;
        var (opens, closes) = CheckInWindow;
        if (nowUtc < opens) return EventErrors.CheckInNotYet(opens);
        if (nowUtc >= closes) return EventErrors.CheckInOver(closes);
        return Result.Ok();
    }

    /// <summary>Drafts change freely; a published office event may change too (what the public sees stays reviewed by the
    /// office itself). Capacity never drops below the seats taken.</summary>
    public Result Edit(EventDetails details, int seatsTaken, int boothsTaken)
    {
        if (Status is not (EventStatus.Draft or EventStatus.Published) || (Status == EventStatus.Published && NeedsApproval))
            return EventErrors.NotEditable;
        if (details.Capacity < seatsTaken) return EventErrors.CapacityBelowTaken(seatsTaken);
        if (details.Booths < boothsTaken) return EventErrors.BoothsBelowTaken(boothsTaken);
        Apply(details);
        Version++;
        return Result.Ok();
    }

    public Result Submit()
    {
        if (Status != EventStatus.Draft) return EventErrors.NotDraft;
        (Status, ReviewNote) = (EventStatus.Submitted, null);
        Version++;
        return Result.Ok();
    }

    /// <summary>An officer of the event's region approves a submitted plan; it then runs in <paramref name="hostOfficeName"/>'s name.</summary>
    public Result Approve(Guid officerId, string hostOfficeName, DateTime nowUtc)
    {
        if (Status != EventStatus.Submitted) return EventErrors.NotSubmitted;
        (Status, ApprovedBy, ApprovedAtUtc, HostOfficeName) = (EventStatus.Approved, officerId, nowUtc, hostOfficeName);
        Version++;
        return Result.Ok();
    }

    /// <summary>A station's event under its approved yearly plan (STN-11): approved on submission, in the name of the office
    /// that approved the plan, without an officer of its own.</summary>
    public Result ApproveByPlan(string hostOfficeName, DateTime nowUtc)
    {
        if (Status != EventStatus.Submitted) return EventErrors.NotSubmitted;
        (Status, ApprovedAtUtc, HostOfficeName) = (EventStatus.Approved, nowUtc, hostOfficeName);
        Version++;
        return Result.Ok();
    }

    public Result Reject(Guid officerId, string reason)
    {
        if (Status != EventStatus.Submitted) return EventErrors.NotSubmitted;
        if (string.IsNullOrWhiteSpace(reason)) return EventErrors.ReasonRequired;
        (Status, ApprovedBy, ReviewNote) = (EventStatus.Draft, officerId, reason.Trim());
        Version++;
        return Result.Ok();
    }

    /// <summary>Approved events are published; an office's own draft is published directly by its officer.</summary>
    public Result Publish(Guid actorId, DateTime nowUtc)
    {
        if (Status == EventStatus.Draft && NeedsApproval) return EventErrors.NeedsApproval;
        if (Status is not (EventStatus.Draft or EventStatus.Approved)) return EventErrors.NotPublishable;
        if (EndsAtUtc <= nowUtc) return EventErrors.AlreadyOver;
        if (Status == EventStatus.Draft) (ApprovedBy, ApprovedAtUtc) = (actorId, nowUtc);
        (Status, PublishedAtUtc) = (EventStatus.Published, nowUtc);
        Version++;
        return Result.Ok();
    }

    public Result Cancel(string reason)
    {
        if (Status is EventStatus.Finished or EventStatus.Cancelled) return EventErrors.Closed;
        if (string.IsNullOrWhiteSpace(reason)) return EventErrors.ReasonRequired;
        (Status, CancelReason) = (EventStatus.Cancelled, reason.Trim());
        Version++;
        return Result.Ok();
    }

    /// <summary>Closes a published event once it has started, with what it achieved.</summary>
    public Result Finish(EventOutcome outcome, DateTime nowUtc)
    {
        if (Status != EventStatus.Published) return EventErrors.NotPublished;
        if (StartsAtUtc > nowUtc) return EventErrors.NotStarted;
        if (outcome.Attendance < 0 || outcome.Employers < 0 || outcome.JobsOffered < 0 || outcome.IntentionsReached < 0)
            return EventErrors.NegativeCount;
        (Status, FinishedAtUtc) = (EventStatus.Finished, nowUtc);
        (Attendance, EmployersAttended, JobsOffered, IntentionsReached) =
            (outcome.Attendance, outcome.Employers, outcome.JobsOffered, outcome.IntentionsReached);
        Version++;
        return Result.Ok();
    }

    /// <summary>Hires that came of the event are known only weeks later; they are set on the finished event.</summary>
    public Result AttributeHires(int hires)
    {
        if (Status != EventStatus.Finished) return EventErrors.NotFinished;
        if (hires < 0) return EventErrors.NegativeCount;
        HiresAttributed = hires;
        Version++;
        return Result.Ok();
    }

    private void Apply(EventDetails d) =>
        (Kind, Title, Description, RegionCode, IsOnline, Venue, LivestreamUrl, StartsAtUtc, EndsAtUtc, Audience, Capacity, Booths,
            RegistrationOpensAtUtc, RegistrationClosesAtUtc, CheckInOpensMinutesBefore, CheckInClosesMinutesAfter) =
        (d.Kind, d.Title, d.Description, d.RegionCode, d.IsOnline, d.Venue, d.LivestreamUrl, d.StartsAtUtc, d.EndsAtUtc, d.Audience,
            d.Capacity, d.Booths, d.RegistrationOpensAtUtc, d.RegistrationClosesAtUtc, d.CheckInOpensMinutesBefore, d.CheckInClosesMinutesAfter);
}
