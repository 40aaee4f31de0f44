using Yincai.Platform;

namespace Yincai.Modules.Ambassadors;

public static class AmbassadorErrors
{
    private static readonly ModuleErrors Errors = new(typeof(AmbassadorsResource));

    public static Error NotFound => Errors.Make("ambassadors.not_found", "Error_NotFound");
    public static Error NotCandidate => Errors.Make("ambassadors.not_candidate", "Error_NotCandidate");
    public static Error MustBeFiled => Errors.Make("ambassadors.must_be_filed", "Error_MustBeFiled");
    public static Error AlreadyLeft => Errors.Make("ambassadors.already_left", "Error_AlreadyLeft");
    public static Error AlreadyExited => Errors.Make("ambassadors.already_exited", "Error_AlreadyExited");
    public static Error ExitInFuture => Errors.Make("ambassadors.exit_in_future", "Error_ExitInFuture", "ExitedOn");
    public static Error BadExitReason => Errors.Make("ambassadors.bad_exit_reason", "Error_BadExitReason", "Reason");
    public static Error NotServing => Errors.Make("ambassadors.not_serving", "Error_NotServing");
    public static Error NotQualified => Errors.Make("ambassadors.not_qualified", "Error_NotQualified");
    public static Error AlreadyAmbassador => Errors.Make("ambassadors.already_ambassador", "Error_AlreadyAmbassador", "IdNumber");
    public static Error NotProvince => Errors.Make("ambassadors.not_province", "Error_NotProvince");
    public static Error NotCity => Errors.Make("ambassadors.not_city", "Error_NotCity");
    public static Error NothingToFile => Errors.Make("ambassadors.nothing_to_file", "Error_NothingToFile");
    public static Error BatchNotDraft => Errors.Make("ambassadors.batch_not_draft", "Error_BatchNotDraft");
    public static Error BatchNotSubmitted => Errors.Make("ambassadors.batch_not_submitted", "Error_BatchNotSubmitted");
    public static Error LineDecided => Errors.Make("ambassadors.line_decided", "Error_LineDecided");
    public static Error ReasonRequired => Errors.Make("ambassadors.reason_required", "Error_ReasonRequired", "Reason");
    public static Error SameApprover => Errors.Make("ambassadors.same_approver", "Error_SameApprover");
    public static Error RewardDecided => Errors.Make("ambassadors.reward_decided", "Error_RewardDecided");
    public static Error BadContribution => Errors.Make("ambassadors.bad_contribution", "Error_BadContribution");
    public static Error BadReward => Errors.Make("ambassadors.bad_reward", "Error_BadReward");
    public static Error SettingsNotProvince => Errors.Make("ambassadors.settings_not_province", "Error_SettingsNotProvince");
    public static Error WindowPast => Errors.Make("ambassadors.window_past", "Error_WindowPast", "DueOn");
    public static Error WindowYear => Errors.Make("ambassadors.window_year", "Error_WindowYear", "DueOn");
    public static Error WindowTaken => Errors.Make("ambassadors.window_taken", "Error_WindowTaken", "DueOn");
    public static Error BadWeight(string kind)
    {
        var error = Errors.Make("ambassadors.bad_weight", "Error_BadWeight", "Points");
        return error with { Message = string.Format(System.Globalization.CultureInfo.CurrentCulture, error.Message, kind, AmbassadorSettings.MaxPoints) };
    }
    public static Error Stale => Errors.Make("ambassadors.stale", "Error_Stale");
}
