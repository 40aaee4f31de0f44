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
    public static readonly NotificationKind BenefitInstalmentDue = new("BenefitInstalmentDue", Email: true, Sms: true);
}
