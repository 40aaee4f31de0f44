namespace Yincai.Modules.Graduates;

/// <summary>What a service record was. <see cref="Contact"/> (a call or visit that is not itself a service) answers GRD-03
/// but is not one of GRD-02's targeted services; every other kind is.</summary>
public enum ServiceKind
{
    Contact = 0,
    CareerGuidance = 1,
    JobRecommendation = 2,
    InternshipPlacement = 3,
    TrainingReferral = 4,
    PolicyConsultation = 5,
    StartUpGuidance = 6,
    PsychologicalSupport = 7,
    Other = 8,
}
