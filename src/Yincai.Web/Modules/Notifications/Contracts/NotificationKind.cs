namespace Yincai.Modules.Notifications.Contracts;

/// <summary>
/// A kind of message: its template (<c>Tpl_{Key}_Title</c> and <c>Tpl_{Key}_Body</c> in NotificationsResource, zh-CN and en)
/// and the channels it goes out on besides the inbox, each subject to the reader's preferences.
/// </summary>
public sealed record NotificationKind(string Key, bool Email, bool Sms)
{
    /// <summary>Asked for by the reader a moment ago (a code): sent at once, in quiet hours too.</summary>
    public bool Immediate { get; init; }
}

/// <summary>Every kind of message the platform sends.</summary>
public static class NotificationKinds
{
    public static readonly NotificationKind MobileCode = new("MobileCode", Email: false, Sms: true) { Immediate = true };
    public static readonly NotificationKind ComplaintFiled = new("ComplaintFiled", Email: false, Sms: true) { Immediate = true };
    public static readonly NotificationKind ComplaintAssigned = new("ComplaintAssigned", Email: true, Sms: false);
    public static readonly NotificationKind ComplaintDueSoon = new("ComplaintDueSoon", Email: true, Sms: true);
    public static readonly NotificationKind ComplaintEscalated = new("ComplaintEscalated", Email: true, Sms: true);
    public static readonly NotificationKind ComplaintProgress = new("ComplaintProgress", Email: false, Sms: true);
    public static readonly NotificationKind ComplaintAgainstEmployer = new("ComplaintAgainstEmployer", Email: true, Sms: false);
    public static readonly NotificationKind EmployerBlacklisted = new("EmployerBlacklisted", Email: true, Sms: true);
    public static readonly NotificationKind NewApplication = new("NewApplication", Email: true, Sms: false);
    public static readonly NotificationKind Digest = new("Digest", Email: true, Sms: false);
    public static readonly NotificationKind EventTomorrow = new("EventTomorrow", Email: true, Sms: true);
    public static readonly NotificationKind GraduateContactDue = new("GraduateContactDue", Email: true, Sms: false);
    public static readonly NotificationKind AmbassadorFilingDue = new("AmbassadorFilingDue", Email: true, Sms: false);
    // Inbox only: the welcome of a new account, and a registration tried with a number that has one.
    public static readonly NotificationKind WelcomeTalent = new("WelcomeTalent", Email: false, Sms: false);
    public static readonly NotificationKind WelcomeEmployer = new("WelcomeEmployer", Email: false, Sms: false);
    public static readonly NotificationKind WelcomeUniversity = new("WelcomeUniversity", Email: false, Sms: false);
    public static readonly NotificationKind RegisterAttempt = new("RegisterAttempt", Email: false, Sms: false);
    /// <summary>The first message of each demo account, so the inbox shows how it works.</summary>
    public static readonly NotificationKind DemoWelcome = new("DemoWelcome", Email: false, Sms: false);
    public static readonly NotificationKind BenefitInstalmentDue = new("BenefitInstalmentDue", Email: true, Sms: true);

    // Accounts: a request another administrator decides (one kind per request, the request is in the wording), and notices
    // about one's own account.
    public static readonly NotificationKind AdminApprovalCreate = new("AdminApprovalCreate", Email: true, Sms: false);
    public static readonly NotificationKind AdminApprovalDisable = new("AdminApprovalDisable", Email: true, Sms: false);
    public static readonly NotificationKind AdminApprovalEnable = new("AdminApprovalEnable", Email: true, Sms: false);
    public static readonly NotificationKind AdminApprovalResetTwoFactor = new("AdminApprovalResetTwoFactor", Email: true, Sms: false);
    public static readonly NotificationKind AdminApprovalIssueActivation = new("AdminApprovalIssueActivation", Email: true, Sms: false);
    public static readonly NotificationKind AdminApprovalChangeRoles = new("AdminApprovalChangeRoles", Email: true, Sms: false);
    /// <summary>Read at the first sign-in, after the activation link (which it speaks of): the inbox only.</summary>
    public static readonly NotificationKind StaffWelcome = new("StaffWelcome", Email: false, Sms: false);
    public static readonly NotificationKind TwoFactorReset = new("TwoFactorReset", Email: true, Sms: false);
    public static readonly NotificationKind AccountUnlocked = new("AccountUnlocked", Email: true, Sms: false);

    public static readonly NotificationKind AmbassadorStarted = new("AmbassadorStarted", Email: true, Sms: false);
    public static readonly NotificationKind AmbassadorFiled = new("AmbassadorFiled", Email: true, Sms: false);
    public static readonly NotificationKind AmbassadorFilingReturned = new("AmbassadorFilingReturned", Email: true, Sms: false);
    public static readonly NotificationKind AmbassadorCertificateExpiring = new("AmbassadorCertificateExpiring", Email: true, Sms: false);
    public static readonly NotificationKind AmbassadorThanksLetter = new("AmbassadorThanksLetter", Email: true, Sms: false);
    public static readonly NotificationKind AmbassadorAppreciationLetter = new("AmbassadorAppreciationLetter", Email: true, Sms: false);

    /// <summary>To the security admins: a staff member reached the limit of reveals in a minute, or in a day.</summary>
    public static readonly NotificationKind RevealLimitPerMinute = new("RevealLimitPerMinute", Email: true, Sms: false);
    public static readonly NotificationKind RevealLimitPerDay = new("RevealLimitPerDay", Email: true, Sms: false);

    public static readonly NotificationKind BenefitClaimApproved = new("BenefitClaimApproved", Email: true, Sms: true);
    public static readonly NotificationKind BenefitClaimRejected = new("BenefitClaimRejected", Email: true, Sms: true);
    public static readonly NotificationKind BenefitFound = new("BenefitFound", Email: true, Sms: false);

    /// <summary>Sent to a whole audience at once (thousands): the inbox only; the digest e-mails events to those who asked.</summary>
    public static readonly NotificationKind EventInvitation = new("EventInvitation", Email: false, Sms: false);
    public static readonly NotificationKind EventSeatConfirmed = new("EventSeatConfirmed", Email: true, Sms: true);
    public static readonly NotificationKind EventCancelled = new("EventCancelled", Email: true, Sms: true);

    public static readonly NotificationKind CampusAccountRequested = new("CampusAccountRequested", Email: true, Sms: false);
    public static readonly NotificationKind CampusAccountApproved = new("CampusAccountApproved", Email: true, Sms: false);
    public static readonly NotificationKind CampusAccountRefused = new("CampusAccountRefused", Email: true, Sms: false);
    /// <summary>One per graduate, and an import assigns hundreds: the inbox only; <see cref="GraduateContactDue"/> e-mails the day's count.</summary>
    public static readonly NotificationKind GraduateAssigned = new("GraduateAssigned", Email: false, Sms: false);
    /// <summary><see cref="GraduateAssigned"/>, with the date by which the first contact is due.</summary>
    public static readonly NotificationKind GraduateAssignedContactBy = new("GraduateAssignedContactBy", Email: false, Sms: false);

    /// <summary>The talent's own receipt of what they just did: the inbox only.</summary>
    public static readonly NotificationKind JobApplied = new("JobApplied", Email: false, Sms: false);
    public static readonly NotificationKind ApplicationViewed = new("ApplicationViewed", Email: true, Sms: false);
    public static readonly NotificationKind ApplicationInterview = new("ApplicationInterview", Email: true, Sms: true);
    public static readonly NotificationKind InterviewInvited = new("InterviewInvited", Email: true, Sms: true);
    public static readonly NotificationKind InterviewAnswered = new("InterviewAnswered", Email: true, Sms: false);
    public static readonly NotificationKind InterviewTomorrow = new("InterviewTomorrow", Email: true, Sms: true);
    public static readonly NotificationKind NewMessage = new("NewMessage", Email: true, Sms: false);
    public static readonly NotificationKind InvitedToApply = new("InvitedToApply", Email: true, Sms: true);
    public static readonly NotificationKind MessageReported = new("MessageReported", Email: true, Sms: false);
    public static readonly NotificationKind MessageReportHandled = new("MessageReportHandled", Email: true, Sms: false);
    public static readonly NotificationKind ApplicationOffer = new("ApplicationOffer", Email: true, Sms: true);
    public static readonly NotificationKind ApplicationHired = new("ApplicationHired", Email: true, Sms: true);
    public static readonly NotificationKind ApplicationRejected = new("ApplicationRejected", Email: true, Sms: true);
    public static readonly NotificationKind MatchRecommendedToEmployer = new("MatchRecommendedToEmployer", Email: true, Sms: false);
    public static readonly NotificationKind MatchRecommendedToTalent = new("MatchRecommendedToTalent", Email: true, Sms: false);

    public static readonly NotificationKind StationJobReferral = new("StationJobReferral", Email: true, Sms: false);
    public static readonly NotificationKind StationAwaitingReview = new("StationAwaitingReview", Email: true, Sms: false);
    public static readonly NotificationKind StationReturned = new("StationReturned", Email: true, Sms: false);
    public static readonly NotificationKind StationRejected = new("StationRejected", Email: true, Sms: false);
    public static readonly NotificationKind StationInPublicNotice = new("StationInPublicNotice", Email: true, Sms: false);
    public static readonly NotificationKind StationNamed = new("StationNamed", Email: true, Sms: false);
    public static readonly NotificationKind StationEvaluationPassed = new("StationEvaluationPassed", Email: true, Sms: false);
    public static readonly NotificationKind StationRevoked = new("StationRevoked", Email: true, Sms: false);
    public static readonly NotificationKind StationPlanApproved = new("StationPlanApproved", Email: true, Sms: false);
    public static readonly NotificationKind StationPlanReturned = new("StationPlanReturned", Email: true, Sms: false);
    public static readonly NotificationKind StationRewardApproved = new("StationRewardApproved", Email: true, Sms: false);
    public static readonly NotificationKind StationRewardRejected = new("StationRewardRejected", Email: true, Sms: false);

    /// <summary>Sent as the account closes and its contact details are erased: the inbox only, no address kept in the outbox.</summary>
    public static readonly NotificationKind DeletionCompleted = new("DeletionCompleted", Email: false, Sms: false);
    public static readonly NotificationKind DeletionDeclined = new("DeletionDeclined", Email: true, Sms: true);
}
