using System.Globalization;
using Yincai.Platform;

namespace Yincai.Modules.Jobs;

/// <summary>This module's expected failures; messages from JobsResource in the user's language.</summary>
public static class JobErrors
{
    private static readonly ModuleErrors Errors = new(typeof(JobsResource));

    public static Error NotDraft => Make("jobs.not_draft", "Error_NotDraft");
    public static Error NotPending => Make("jobs.not_pending", "Error_NotPending");
    public static Error Closed => Make("jobs.closed", "Error_Closed");
    public static Error ReasonRequired => Make("jobs.reason_required", "Error_ReasonRequired", "Reason");
    public static Error ValidUntilPast => Make("jobs.valid_until_past", "Error_ValidUntilPast", "ValidUntil");
    public static Error EmployerNotVerified => Make("jobs.employer_not_verified", "Error_EmployerNotVerified");
    public static Error EmployerBlacklisted => Make("jobs.employer_blacklisted", "Error_EmployerBlacklisted");
    public static Error SalaryRange => Make("jobs.salary_range", "Error_SalaryRange", "SalaryMaxYuan");
    public static Error NoEmployer => Make("jobs.no_employer", "Error_NoEmployer");
    public static Error ApplicationStep => Make("jobs.application_step", "Error_ApplicationStep");
    public static Error AlreadyApplied => Make("jobs.already_applied", "Error_AlreadyApplied");
    public static Error NoProfile => Make("jobs.no_profile", "Error_NoProfile");
    public static Error NoProfileForProject => Make("jobs.no_profile", "Error_NoProfileForProject");
    public static Error NotOpen => Make("jobs.not_open", "Error_NotOpen");
    public static Error UnknownRegion => Make("jobs.unknown_region", "Error_UnknownRegion", "RegionCode");
    public static Error UnknownOccupation => Make("jobs.unknown_occupation", "Error_UnknownOccupation", "OccupationCode");
    public static Error TooManyMajors => Make("jobs.too_many_majors", "Error_TooManyMajors", "Majors");
    public static Error Tags => Make("jobs.tags", "Error_Tags", "Tags");
    public static Error UnknownDemandRegion => Make("jobs.unknown_region", "Error_UnknownDemandRegion", "RegionCode");
    public static Error UnknownLandingRegion => Make("jobs.unknown_region", "Error_UnknownLandingRegion", "RegionCode");
    public static Error UnknownIndustry => Make("jobs.unknown_industry", "Error_UnknownIndustry", "IndustryCode");
    public static Error BudgetRange => Make("jobs.budget_range", "Error_BudgetRange", "BudgetMaxWan");
    public static Error InterviewAnswer => Make("jobs.interview_answer", "Error_InterviewAnswer");
    public static Error InterviewClosed => Make("jobs.interview_closed", "Error_InterviewClosed");
    public static Error InterviewTime => Make("jobs.interview_time", "Error_InterviewTime", "StartsAt");
    public static Error InterviewMinutes => Make("jobs.interview_minutes", "Error_InterviewMinutes", "Minutes");
    public static Error InterviewPlace => Make("jobs.interview_place", "Error_InterviewPlace", "Place");
    public static Error InterviewLink => Make("jobs.interview_link", "Error_InterviewLink", "Link");
    public static Error InterviewContact => Make("jobs.interview_contact", "Error_InterviewContact", "ContactName");
    public static Error InterviewPhone => Make("jobs.interview_phone", "Error_InterviewPhone", "ContactPhone");
    public static Error ResumeRequired => Make("jobs.resume_required", "Error_ResumeRequired", "ResumeId");

    public static Error ConversationNotFound => Make("jobs.conversation_not_found", "Error_ConversationNotFound");
    public static Error MessageEmpty => Make("jobs.message_empty", "Error_MessageEmpty", "Body");
    public static Error ConversationBlocked => Make("jobs.conversation_blocked", "Error_ConversationBlocked");
    public static Error ConversationYouBlocked => Make("jobs.conversation_you_blocked", "Error_ConversationYouBlocked");
    public static Error ReportReason => Make("jobs.report_reason", "Error_ReportReason", "Reason");
    public static Error ReportOutcome => Make("jobs.report_outcome", "Error_ReportOutcome", "Outcome");
    public static Error ReportHandled => Make("jobs.report_handled", "Error_ReportHandled");
    public static Error InviteJob => Make("jobs.invite_job", "Error_InviteJob", "JobId");
    public static Error InviteTalent => Make("jobs.invite_talent", "Error_InviteTalent");
    public static Error InvitedAlready => Make("jobs.invited_already", "Error_InvitedAlready", "JobId");
    public static Error MessageTooLong(int max) => Formatted(Make("jobs.message_too_long", "Error_MessageTooLong", "Body"), max);
    public static Error MessageLimit(int max) => Formatted(Make("jobs.message_limit", "Error_MessageLimit"), max);
    public static Error ShortlistNote(int max) => Formatted(Make("jobs.shortlist_note", "Error_ShortlistNote", "Note"), max);
    public static Error ShortlistFull(int max) => Formatted(Make("jobs.shortlist_full", "Error_ShortlistFull"), max);
    public static Error InviteLimit(int max) => Formatted(Make("jobs.invite_limit", "Error_InviteLimit"), max);

    /// <summary>A major typed on the job form that the catalog does not know, named in the message.</summary>
    public static Error UnknownMajor(string entry) => Formatted(Make("jobs.unknown_major", "Error_UnknownMajor", "Majors"), entry);

    private static Error Formatted(Error error, params object[] arguments) =>
        error with { Message = string.Format(CultureInfo.CurrentCulture, error.Message, arguments) };

    private static Error Make(string code, string key, string? field = null) => Errors.Make(code, key, field);
}
