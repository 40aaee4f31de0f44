using Yincai.Platform;

namespace Yincai.Modules.Jobs.Conversations;

/// <summary>
/// The messages between a talent and an employer about one job (issue 22): opened by an application, or by the employer's
/// invitation to apply. Either side writes; each keeps its own unread count; the talent can block the employer or report
/// the conversation to the job's region's officers.
/// </summary>
public sealed class Conversation : IRegionScoped
{
    public const int PreviewLength = 60;

    private Conversation() { }

    public Conversation(Guid jobId, Guid employerId, string employerName, string jobTitle, string regionCode, Guid talentId, Guid talentUserId,
        string talentName, Guid? applicationId, DateTime nowUtc)
    {
        Id = Ids.New();
        (JobId, EmployerId, EmployerName, JobTitle, RegionCode) = (jobId, employerId, employerName, jobTitle, regionCode);
        (TalentId, TalentUserId, TalentName, ApplicationId) = (talentId, talentUserId, talentName, applicationId);
        (CreatedAtUtc, LastAtUtc) = (nowUtc, nowUtc);
    }

    public Guid Id { get; private set; }
    public Guid JobId { get; private set; }
    public Guid EmployerId { get; private set; }
    public string EmployerName { get; private set; } = "";
    public string JobTitle { get; private set; } = "";

    /// <summary>The job's region: its officers read what is reported.</summary>
    public string RegionCode { get; private set; } = "";
    public Guid TalentId { get; private set; }
    public Guid TalentUserId { get; private set; }
    public string TalentName { get; private set; } = "";

    /// <summary>The application it belongs to; none while it is an invitation to apply.</summary>
    public Guid? ApplicationId { get; private set; }

    /// <summary>Whether the employer invited the talent to apply (and so wrote first).</summary>
    public bool InvitedToApply { get; private set; }
    public string LastPreview { get; private set; } = "";
    public DateTime LastAtUtc { get; private set; }
    public int TalentUnread { get; private set; }
    public int EmployerUnread { get; private set; }
    public DateTime? ReportedAtUtc { get; private set; }
    public string? ReportReason { get; private set; }

    /// <summary>When an officer closed the report, who, and what was done (told to the talent); null while it waits.</summary>
    public DateTime? ReportHandledAtUtc { get; private set; }
    public Guid? ReportHandledByUserId { get; private set; }
    public string? ReportOutcome { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public int Version { get; private set; }

    public void Added(ConversationMessage message)
    {
        LastPreview = message.Body.Length > PreviewLength ? message.Body[..PreviewLength] + "…" : message.Body;
        LastAtUtc = message.SentAtUtc;
        if (message.FromTalent) EmployerUnread++;
        else TalentUnread++;
        Version++;
    }

    public void MarkInvited() => InvitedToApply = true;

    public void Applied(Guid applicationId)
    {
        ApplicationId ??= applicationId;
        Version++;
    }

    /// <summary>Read by one side: its count goes to nought. False when there was nothing unread (no write needed).</summary>
    public bool ReadBy(bool talent)
    {
        if ((talent ? TalentUnread : EmployerUnread) == 0) return false;
        if (talent) TalentUnread = 0;
        else EmployerUnread = 0;
        Version++;
        return true;
    }

    /// <summary>A new report opens again one an officer closed.</summary>
    public void Report(string reason, DateTime nowUtc)
    {
        (ReportReason, ReportedAtUtc) = (reason, nowUtc);
        (ReportHandledAtUtc, ReportHandledByUserId, ReportOutcome) = (null, null, null);
        Version++;
    }

    /// <summary>An officer closes the report with what was done; false when there is no open report.</summary>
    public bool HandleReport(Guid officerUserId, string outcome, DateTime nowUtc)
    {
        if (ReportedAtUtc is null || ReportHandledAtUtc is not null) return false;
        (ReportHandledAtUtc, ReportHandledByUserId, ReportOutcome) = (nowUtc, officerUserId, outcome);
        Version++;
        return true;
    }
}

public sealed class ConversationMessage
{
    public const int MaxLength = 1000;

    private ConversationMessage() { }

    public ConversationMessage(Conversation conversation, bool fromTalent, Guid senderUserId, string body, DateTime nowUtc)
    {
        Id = Ids.New();
        (ConversationId, TalentId, FromTalent, SenderUserId, Body, SentAtUtc) = (conversation.Id, conversation.TalentId, fromTalent, senderUserId, body, nowUtc);
    }

    public Guid Id { get; private set; }
    public Guid ConversationId { get; private set; }

    /// <summary>Whose personal data the message is (the audit trail's subject), whoever wrote it.</summary>
    public Guid TalentId { get; private set; }
    public bool FromTalent { get; private set; }
    public Guid SenderUserId { get; private set; }
    public string Body { get; private set; } = "";
    public DateTime SentAtUtc { get; private set; }
}

/// <summary>A talent's block of an employer: no more messages or invitations to apply from it.</summary>
public sealed class EmployerBlock
{
    private EmployerBlock() { }

    public EmployerBlock(Guid talentUserId, Guid employerId, DateTime nowUtc) =>
        (Id, TalentUserId, EmployerId, CreatedAtUtc) = (Ids.New(), talentUserId, employerId, nowUtc);

    public Guid Id { get; private set; }
    public Guid TalentUserId { get; private set; }
    public Guid EmployerId { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
}

/// <summary>A talent an employer keeps on its shortlist (人才收藏) to invite later, with a note for its members.</summary>
public sealed class ShortlistEntry
{
    public const int NoteMaxLength = 200;

    private ShortlistEntry() { }

    public ShortlistEntry(Guid employerId, Guid talentId, Guid addedByUserId, string? note, DateTime nowUtc) =>
        (Id, EmployerId, TalentId, AddedByUserId, Note, CreatedAtUtc) = (Ids.New(), employerId, talentId, addedByUserId, note, nowUtc);

    public Guid Id { get; private set; }
    public Guid EmployerId { get; private set; }
    public Guid TalentId { get; private set; }
    public Guid AddedByUserId { get; private set; }
    public string? Note { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
}
