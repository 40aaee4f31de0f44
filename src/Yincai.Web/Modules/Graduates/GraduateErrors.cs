using Yincai.Platform;

namespace Yincai.Modules.Graduates;

public static class GraduateErrors
{
    private static readonly ModuleErrors Errors = new(typeof(GraduatesResource));

    public static Error UnknownHousehold => Errors.Make("graduates.unknown_household", "Error_Region", "HouseholdRegionCode");
    public static Error UnknownSearchPlace => Errors.Make("graduates.unknown_search_place", "Error_Region", "SearchRegionCode");
    public static Error NotTheSamePerson => Errors.Make("graduates.not_the_same_person", "Error_NotTheSamePerson", "Mobile");
    public static Error SearchPlaceNeeded => Errors.Make("graduates.search_place_needed", "Error_SearchPlaceNeeded", "SearchRegionCode");
    public static Error SearchPlaceOutside => Errors.Make("graduates.search_place_outside", "Error_SearchPlaceOutside", "SearchRegionCode");
    public static Error OutsideScope => Errors.Make("graduates.outside_scope", "Error_OutsideScope", "HouseholdRegionCode");
    public static Error InOtherCounty => Errors.Make("graduates.in_other_county", "Error_InOtherCounty", "IdNumber");
    public static Error Erased => Errors.Make("graduates.erased", "Error_Erased", "IdNumber");
    public static Error ServiceInFuture => Errors.Make("graduates.service_in_future", "Error_ServiceInFuture", "OnDate");
    public static Error ServiceBeforeRegistration => Errors.Make("graduates.service_before_registration", "Error_ServiceBeforeRegistration", "OnDate");
    public static Error OutcomeInFuture => Errors.Make("graduates.outcome_in_future", "Error_OutcomeInFuture", "OnDate");
    public static Error OutcomeBeforeCohort => Errors.Make("graduates.outcome_before_cohort", "Error_OutcomeBeforeCohort", "OnDate");
    public static Error SameOutcome => Errors.Make("graduates.same_outcome", "Error_SameOutcome", "Outcome");
    public static Error EvidenceNeeded => Errors.Make("graduates.evidence_needed", "Error_EvidenceNeeded", "Evidence");
    public static Error NotAnOfficerHere => Errors.Make("graduates.not_an_officer_here", "Error_NotAnOfficerHere", "OfficerId");
    public static Error UnknownJob => Errors.Make("graduates.unknown_job", "Error_UnknownJob", "JobIds");
    public static Error PlanClosed => Errors.Make("graduates.plan_closed", "Error_PlanClosed");
    public static Error PlanExists => Errors.Make("graduates.plan_exists", "Error_PlanExists");
    public static Error NotDisadvantaged => Errors.Make("graduates.not_disadvantaged", "Error_NotDisadvantaged");
    public static Error StepDone => Errors.Make("graduates.step_done", "Error_StepDone");
    public static Error StepInFuture => Errors.Make("graduates.step_in_future", "Error_StepInFuture", "DoneOn");
    public static Error StepPast => Errors.Make("graduates.step_past", "Error_StepPast", "DueOn");
    public static Error PurposeNeeded => Errors.Make("graduates.purpose_needed", "Error_PurposeNeeded", "Purpose");
    public static Error NotEligibleForInternship => Errors.Make("graduates.not_eligible_internship", "Error_NotEligibleForInternship", "StartOn");
    public static Error UnknownHost => Errors.Make("graduates.unknown_host", "Error_UnknownHost", "HostCreditCode");
    public static Error InternshipPeriod => Errors.Make("graduates.internship_period", "Error_InternshipPeriod", "EndOn");
    public static Error InternshipOngoing => Errors.Make("graduates.internship_ongoing", "Error_InternshipOngoing", "StartOn");
    public static Error InternshipEnded => Errors.Make("graduates.internship_ended", "Error_InternshipEnded");
    public static Error InternshipOutcomeNeeded => Errors.Make("graduates.internship_outcome_needed", "Error_InternshipOutcomeNeeded", "Outcome");
    public static Error InternshipEndInFuture => Errors.Make("graduates.internship_end_in_future", "Error_InternshipEndInFuture", "EndedOn");
    public static Error InternshipEndBeforeStart => Errors.Make("graduates.internship_end_before_start", "Error_InternshipEndBeforeStart", "EndedOn");
    public static Error NotFound => Errors.Make("graduates.not_found", "Error_NotFound");
    public static Error MemberDecided => Errors.Make("graduates.member_decided", "Error_MemberDecided");
    public static Error ReasonNeeded => Errors.Make("graduates.reason_needed", "Error_ReasonNeeded", "Reason");
    public static Error UnknownUniversity => Errors.Make("graduates.unknown_university", "Error_UnknownUniversity", "University");
    public static Error UniversityElsewhere => Errors.Make("graduates.university_elsewhere", "Error_UniversityElsewhere", "University");
    public static Error MemberNameNeeded => Errors.Make("graduates.member_name", "Error_MemberNameNeeded", "FullName");
    public static Error PositionNeeded => Errors.Make("graduates.position", "Error_PositionNeeded", "Position");
    public static Error AlreadyRequested => Errors.Make("graduates.already_requested", "Error_AlreadyRequested", "University");
    public static Error StudentCount => Errors.Make("graduates.student_count", "Error_StudentCount", "StudentCount");
    public static Error StaffNameNeeded => Errors.Make("graduates.staff_name", "Error_StaffNameNeeded", "FullName");
    public static Error StaffRole => Errors.Make("graduates.staff_role", "Error_StaffRole", "Role");
    public static Error StaffDetails => Errors.Make("graduates.staff_details", "Error_StaffDetails", "Phone");
    public static Error SpecialistPhone => Errors.Make("graduates.specialist_phone", "Error_SpecialistPhone", "Phone");
    public static Error StaffSinceFuture => Errors.Make("graduates.staff_since_future", "Error_StaffSinceFuture", "Since");
    public static Error Stale => Errors.Make("graduates.stale", "Error_Stale");
}
