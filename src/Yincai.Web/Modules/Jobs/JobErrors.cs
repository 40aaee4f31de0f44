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
    public static Error SalaryRange => Make("jobs.salary_range", "Error_SalaryRange", "SalaryMaxYuan");
    public static Error NoEmployer => Make("jobs.no_employer", "Error_NoEmployer");
    public static Error ApplicationStep => Make("jobs.application_step", "Error_ApplicationStep");
    public static Error AlreadyApplied => Make("jobs.already_applied", "Error_AlreadyApplied");
    public static Error NoProfile => Make("jobs.no_profile", "Error_NoProfile");
    public static Error NotOpen => Make("jobs.not_open", "Error_NotOpen");
    public static Error UnknownRegion => Make("jobs.unknown_region", "Error_UnknownRegion", "RegionCode");

    private static Error Make(string code, string key, string? field = null) => Errors.Make(code, key, field);
}
