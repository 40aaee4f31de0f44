namespace Yincai.Modules.Stations.Accreditation;

/// <summary>What a step of a station's record was; its name is a resource (Step_&lt;name&gt;).</summary>
public enum StepAction
{
    Submitted = 1,
    SiteVisit = 2,
    ExpertScore = 3,
    Passed = 4,
    Returned = 5,
    Rejected = 6,
    NoticeStarted = 7,
    Objection = 8,
    ObjectionAnswered = 9,
    Named = 10,
    Evaluated = 11,
    Revoked = 12,
}
