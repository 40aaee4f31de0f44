namespace Yincai.Modules.Graduates;

/// <summary>Where a graduate went (去向, GRD-15). Every outcome but <see cref="NotYet"/> takes the graduate out of the
/// real-name database of the unemployed and counts toward the employment rate.</summary>
public enum GraduateOutcome
{
    NotYet = 0,
    Employed = 1,
    FurtherStudy = 2,
    StartedBusiness = 3,
    FlexibleEmployment = 4,
}
