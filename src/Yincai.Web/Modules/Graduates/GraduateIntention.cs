namespace Yincai.Modules.Graduates;

/// <summary>What the graduate means to do next (意向); GRD-02's services are owed to those who want a job.</summary>
public enum GraduateIntention
{
    Job = 1,
    FurtherStudy = 2,
    StartBusiness = 3,
    NotYet = 4,
}
