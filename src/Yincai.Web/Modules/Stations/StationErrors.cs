using System.Globalization;
using Yincai.Modules.Stations.Programs;
using Yincai.Platform;

namespace Yincai.Modules.Stations;

/// <summary>This module's expected failures; messages from StationsResource in the user's language.</summary>
public static class StationErrors
{
    private static readonly ModuleErrors Errors = new(typeof(StationsResource));

    public static Error NotFound => Make("stations.not_found", "Error_NotFound");
    public static Error Conflict => Make("stations.conflict", "Error_Conflict");
    public static Error NotEditable => Make("stations.not_editable", "Error_NotEditable");
    public static Error RegionFixed => Make("stations.region_fixed", "Error_RegionFixed", "RegionCode");
    public static Error NotInReview => Make("stations.not_in_review", "Error_NotInReview");
    public static Error NotInNotice => Make("stations.not_in_notice", "Error_NotInNotice");
    public static Error NotNamed => Make("stations.not_named", "Error_NotNamed");
    public static Error ReasonRequired => Make("stations.reason_required", "Error_ReasonRequired", "Reason");
    public static Error AnswerRequired => Make("stations.answer_required", "Error_AnswerRequired", "Answer");
    public static Error SiteVisitMissing => Make("stations.site_visit_missing", "Error_SiteVisitMissing");
    public static Error ScoreRange => Make("stations.score_range", "Error_ScoreRange", "Score");
    public static Error WindowOrder => Make("stations.window_order", "Error_WindowOrder", "ApplicationsUntil");
    public static Error NotYourStage => Make("stations.not_your_stage", "Error_NotYourStage");
    public static Error NotExpertStage => Make("stations.not_expert_stage", "Error_NotExpertStage");
    public static Error NotOperator => Make("stations.not_operator", "Error_NotOperator");
    public static Error UnknownProgram => Make("stations.unknown_program", "Error_UnknownProgram", "ProgramId");
    public static Error UnknownType => Make("stations.unknown_type", "Error_UnknownType", "TypeKey");
    public static Error UnknownRegion => Make("stations.unknown_region", "Error_UnknownRegion", "RegionCode");
    public static Error RegionOutsideProgram => Make("stations.region_outside_program", "Error_RegionOutsideProgram", "RegionCode");
    public static Error RegionOutsideScope => Make("stations.region_outside_scope", "Error_RegionOutsideScope", "RegionCode");
    public static Error UnknownIndustry => Make("stations.unknown_industry", "Error_UnknownIndustry");
    public static Error ObjectionClosed => Make("stations.objection_closed", "Error_ObjectionClosed");
    public static Error ObjectionText => Make("stations.objection_text", "Error_ObjectionText", "Text");
    public static Error EvidenceLarge => Make("stations.evidence_large", "Error_EvidenceLarge");
    public static Error EvidenceType => Make("stations.evidence_type", "Error_EvidenceType");
    public static Error SiteVisitDate => Make("stations.site_visit_date", "Error_SiteVisitDate", "VisitedOn");
    public static Error FindingsRequired => Make("stations.findings_required", "Error_FindingsRequired", "Findings");

    public static Error NoSuchTalent => Make("stations.no_such_talent", "Error_NoSuchTalent", "Form.Mobile");
    public static Error ServedOnFuture => Make("stations.served_on_future", "Error_ServedOnFuture", "Form.On");
    public static Error JobRequired => Make("stations.job_required", "Error_JobRequired", "Form.Job");
    public static Error JobNotOpen => Make("stations.job_not_open", "Error_JobNotOpen", "Form.Job");

    public static Error EvaluationClosed => Make("stations.evaluation_closed", "Error_EvaluationClosed");
    public static Error EvaluationExists => Make("stations.evaluation_exists", "Error_EvaluationExists", "Year");
    public static Error EvaluationYear => Make("stations.evaluation_year", "Error_EvaluationYear", "Year");
    public static Error RewardNegative => Make("stations.reward_negative", "Error_RewardNegative", "Reward");

    public static Error CriterionScore(string criterion, int max, string key) =>
        Formatted(Make("stations.criterion_score", "Error_CriterionScore", $"Scores[{key}]"), criterion, max);

    public static Error PlanNotEditable => Make("stations.plan_not_editable", "Error_PlanNotEditable");
    public static Error PlanNotSubmitted => Make("stations.plan_not_submitted", "Error_PlanNotSubmitted");
    public static Error PlanEmpty => Make("stations.plan_empty", "Error_PlanEmpty", "Lines");
    public static Error PlanYear => Make("stations.plan_year", "Error_PlanYear", "Year");

    public static Error PlanLine(int row) => Formatted(Make("stations.plan_line", "Error_PlanLine", $"Lines[{row - 1}]"), row);

    public static Error TalentsOnly => Make("stations.talents_only", "Error_TalentsOnly");
    public static Error FieldRequired => Make("stations.field_required", "Error_FieldRequired", "field");

    public static Error LodgingLimit => Make("stations.lodging_limit", "Error_LodgingLimit", "nights");
    public static Error RoomName => Make("stations.room_name", "Error_RoomName", "name");
    public static Error RoomBeds => Make("stations.room_beds", "Error_RoomBeds", "beds");
    public static Error RoomPrice => Make("stations.room_price", "Error_RoomPrice", "price");
    public static Error RoomFull => Make("stations.room_full", "Error_RoomFull", "room");
    public static Error StayOverlaps => Make("stations.stay_overlaps", "Error_StayOverlaps", "firstNight");
    public static Error BookingNotCancellable => Make("stations.booking_not_cancellable", "Error_BookingNotCancellable");
    public static Error BookingState => Make("stations.booking_state", "Error_BookingState");
    public static Error CheckInDay => Make("stations.check_in_day", "Error_CheckInDay");

    public static Error RoomBedsTaken(int taken) => Formatted(Make("stations.room_beds_taken", "Error_RoomBedsTaken", "beds"), taken);

    public static Error StayDates(int daysAhead) => Formatted(Make("stations.stay_dates", "Error_StayDates", "firstNight"), daysAhead);

    public static Error StayNights(int max) => Formatted(Make("stations.stay_nights", "Error_StayNights", "nights"), max);

    public static Error RewardDecided => Make("stations.reward_decided", "Error_RewardDecided");
    public static Error RewardAmount => Make("stations.reward_amount", "Error_RewardAmount", "amount");
    public static Error RewardYear => Make("stations.reward_year", "Error_RewardYear", "year");
    public static Error RewardClaimed => Make("stations.reward_claimed", "Error_RewardClaimed");
    public static Error NoLinkedHire => Make("stations.no_linked_hire", "Error_NoLinkedHire", "application");

    public static Error ClosedForApplications(DateOnly? from, DateOnly? until) =>
        Formatted(Make("stations.closed", "Error_ClosedForApplications"), from is { } f ? Display.Date(f) : "—", until is { } u ? Display.Date(u) : "—");

    public static Error ItemsMissing(string condition, string items, string field) =>
        Formatted(Make("stations.items_missing", "Error_ItemsMissing", field), condition, items);

    public static Error TextMissing(string condition, string field) => Formatted(Make("stations.text_missing", "Error_TextMissing", field), condition);

    public static Error IndustryMissing(string condition, string field) =>
        Formatted(Make("stations.industry_missing", "Error_IndustryMissing", field), condition);

    public static Error NumberTooLow(string condition, int minimum, int? given, string field) =>
        Formatted(Make("stations.number_too_low", "Error_NumberTooLow", field), condition, minimum, given?.ToString(CultureInfo.CurrentCulture) ?? "—");

    public static Error StaffTooFew(int minimum, int given) => Formatted(Make("stations.staff_too_few", "Error_StaffTooFew", "Staff"), minimum, given);

    public static Error StaffDegree(int row, string name, StaffDegree minimum, string field) =>
        Formatted(Make("stations.staff_degree", "Error_StaffDegree", field), row, name, Text("Degree_" + minimum));

    public static Error StaffEnglish(int row, string name, string field) => Formatted(Make("stations.staff_english", "Error_StaffEnglish", field), row, name);

    public static Error StaffRow(int row, string what) => Formatted(Make("stations.staff_row", "Error_StaffRow", $"Staff[{row - 1}]"), row, what);

    public static Error EvidenceMissing(string condition, string field) =>
        Formatted(Make("stations.evidence_missing", "Error_EvidenceMissing", field), condition);

    public static Error ScoresMissing(int needed, int given) => Formatted(Make("stations.scores_missing", "Error_ScoresMissing"), needed, given);

    public static Error ScoreTooLow(int passScore) => Formatted(Make("stations.score_too_low", "Error_ScoreTooLow"), passScore);

    public static Error NoticeNotOver(DateOnly until) => Formatted(Make("stations.notice_not_over", "Error_NoticeNotOver"), Display.Date(until));

    public static Error ObjectionsOpen(int count) => Formatted(Make("stations.objections_open", "Error_ObjectionsOpen"), count);

    private static string Text(string key) => Errors.Make("", key).Message;

    private static Error Formatted(Error error, params object[] arguments) =>
        error with { Message = string.Format(CultureInfo.CurrentCulture, error.Message, arguments) };

    private static Error Make(string code, string key, string? field = null) => Errors.Make(code, key, field);
}
