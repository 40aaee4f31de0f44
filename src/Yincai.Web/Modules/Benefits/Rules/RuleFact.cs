namespace Yincai.Modules.Benefits.Rules;

/// <summary>A fact about a claimant that a benefit's rules may name, with its type; its label (Fact_{Name}) explains it to the
/// officers who write rules.</summary>
public sealed record RuleFact(string Name, Type Type);

/// <summary>
/// The facts rules read, by claimant. Each comes from a platform record (the talent's education, household and employment; the
/// employer's registration and interns), so that a condition over it is proven without an upload (invisible certification,
/// ENT-05); the sources are the Benefits module's to gather.
/// </summary>
public static class RuleFacts
{
    public static readonly IReadOnlyList<RuleFact> Talent =
    [
        new("Degree", typeof(int)),
        new("Age", typeof(int)),
        new("YearsSinceGraduation", typeof(int)),
        new("HouseholdRegion", typeof(string)),
        new("WorkRegion", typeof(string)),
        new("Employed", typeof(bool)),
        new("MonthsEmployed", typeof(int)),
        new("UnemployedGraduate", typeof(bool)),
        new("Returnee", typeof(bool)),
    ];

    public static readonly IReadOnlyList<RuleFact> Employer =
    [
        new("EmployerRegion", typeof(string)),
        new("MonthsInBusiness", typeof(int)),
        new("Interns", typeof(int)),
        new("InternsOngoing", typeof(int)),
        new("InternMonths", typeof(decimal)),
        new("RetentionRate", typeof(decimal)),
        new("MinimumWage", typeof(decimal)),
        new("MinimumWageMonths", typeof(decimal)),
    ];

    /// <summary>Facts of one intake of interns at a host: a benefit that reads them is claimed per intake (GRD-09).</summary>
    public static readonly IReadOnlySet<string> Intake = new HashSet<string> { "Interns", "InternsOngoing", "InternMonths", "RetentionRate", "MinimumWageMonths" };

    /// <summary>Degrees as rules compare them (DegreeLevel's numbers): Degree >= Master.</summary>
    public static readonly IReadOnlyDictionary<string, int> Constants = new Dictionary<string, int>
    {
        ["Vocational"] = 1, ["Bachelor"] = 2, ["Master"] = 3, ["Doctorate"] = 4,
    };
}
