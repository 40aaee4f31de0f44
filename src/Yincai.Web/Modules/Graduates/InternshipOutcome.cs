namespace Yincai.Modules.Graduates;

/// <summary>How an internship ended. Retention (留用率, GRD-09) counts the interns who completed the period: kept on among kept
/// on and not kept on; one who left early did not complete it.</summary>
public enum InternshipOutcome
{
    Ongoing = 0,
    Retained = 1,
    NotRetained = 2,
    LeftEarly = 3,
}
