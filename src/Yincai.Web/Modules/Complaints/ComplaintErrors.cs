using Yincai.Platform;

namespace Yincai.Modules.Complaints;

/// <summary>This module's expected failures; messages from ComplaintsResource in the user's language.</summary>
public static class ComplaintErrors
{
    private static readonly ModuleErrors Errors = new(typeof(ComplaintsResource));

    public static Error NotFound => Errors.Make("complaints.not_found", "Error_NotFound");
    public static Error Conflict => Errors.Make("complaints.conflict", "Error_Conflict");
    public static Error WrongState => Errors.Make("complaints.wrong_state", "Error_WrongState");
    public static Error ReasonRequired => Errors.Make("complaints.reason_required", "Error_ReasonRequired", "Reason");
    public static Error OutcomeRequired => Errors.Make("complaints.outcome_required", "Error_OutcomeRequired", "Outcome");
    public static Error ActionsNeedUpheld => Errors.Make("complaints.actions_need_upheld", "Error_ActionsNeedUpheld", "Actions");
    public static Error NoJob => Errors.Make("complaints.no_job", "Error_NoJob", "Actions");
    public static Error NoEmployer => Errors.Make("complaints.no_employer", "Error_NoEmployer", "Actions");
    public static Error NotClosed => Errors.Make("complaints.not_closed", "Error_NotClosed");
    public static Error AlreadyRated => Errors.Make("complaints.already_rated", "Error_AlreadyRated");
    public static Error RatingRange => Errors.Make("complaints.rating_range", "Error_RatingRange", "Rating");
    public static Error KindRequired => Errors.Make("complaints.kind_required", "Error_KindRequired", "Kind");
    public static Error TargetRequired => Errors.Make("complaints.target_required", "Error_TargetRequired", "Target");
    public static Error AgainstRequired => Errors.Make("complaints.against_required", "Error_AgainstRequired", "AgainstName");
    public static Error UnknownEmployer => Errors.Make("complaints.unknown_employer", "Error_UnknownEmployer", "AgainstName");
    public static Error UnknownJob => Errors.Make("complaints.unknown_job", "Error_UnknownJob", "JobId");
    public static Error DescriptionRequired => Errors.Make("complaints.description_required", "Error_DescriptionRequired", "Description");
    public static Error DescriptionTooLong => Errors.Make("complaints.description_too_long", "Error_DescriptionTooLong", "Description");
    public static Error OccurredOnRequired => Errors.Make("complaints.occurred_on_required", "Error_OccurredOnRequired", "OccurredOn");
    public static Error OccurredInFuture => Errors.Make("complaints.occurred_in_future", "Error_OccurredInFuture", "OccurredOn");
    public static Error UnknownRegion => Errors.Make("complaints.unknown_region", "Error_UnknownRegion", "RegionCode");
    public static Error NameRequired => Errors.Make("complaints.name_required", "Error_NameRequired", "FilerName");
    public static Error TooManyFiles => Errors.Make("complaints.too_many_files", "Error_TooManyFiles", "Evidence");
    public static Error FileTooLarge(string name) => Named(Errors.Make("complaints.file_too_large", "Error_FileTooLarge", "Evidence"), name);
    public static Error FileType(string name) => Named(Errors.Make("complaints.file_type", "Error_FileType", "Evidence"), name);
    private static Error Named(Error error, string name) =>
        error with { Message = string.Format(System.Globalization.CultureInfo.CurrentCulture, error.Message, name) };

    public static Error NotHandling => Errors.Make("complaints.not_handling", "Error_NotHandling");
}
