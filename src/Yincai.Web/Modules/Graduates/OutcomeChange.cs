using Yincai.Platform;

namespace Yincai.Modules.Graduates;

/// <summary>One step of a graduate's 去向 (GRD-15): what, from when, on what evidence, from where. The rate at a past date
/// reads the step in force then.</summary>
public sealed class OutcomeChange : IRegionScoped
{
    private OutcomeChange() { }

    public OutcomeChange(Graduate graduate, GraduateOutcome outcome, DateOnly onDate, string evidence, string? employerName, OutcomeSource source,
        Guid? byUserId, DateTime nowUtc)
    {
        Id = Ids.New();
        (GraduateId, RegionCode, CohortYear, Outcome, OnDate, Evidence, EmployerName, Source, ByUserId, AtUtc) =
            (graduate.Id, graduate.RegionCode, graduate.CohortYear, outcome, onDate, evidence.Trim(), employerName?.Trim(), source, byUserId, nowUtc);
    }

    public Guid Id { get; private set; }
    public Guid GraduateId { get; private set; }
    public string RegionCode { get; private set; } = "";
    public int CohortYear { get; private set; }
    public GraduateOutcome Outcome { get; private set; }
    public DateOnly OnDate { get; private set; }
    /// <summary>What shows it: a contract, an admission letter, a business licence number; a hire names the job.</summary>
    public string Evidence { get; private set; } = "";
    public string? EmployerName { get; private set; }
    public OutcomeSource Source { get; private set; }
    public Guid? ByUserId { get; private set; }
    public DateTime AtUtc { get; private set; }
}
