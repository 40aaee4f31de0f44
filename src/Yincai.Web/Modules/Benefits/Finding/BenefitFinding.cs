using Yincai.Platform;

namespace Yincai.Modules.Benefits.Finding;

/// <summary>
/// Policy finds people (政策找人, ENT-05): a claimant a run found eligible for a benefit they had not claimed, with the amount then,
/// told in the inbox with a link to the pre-filled claim. One per benefit and claimant (unique), so each is told once.
/// </summary>
public sealed class BenefitFinding : IRegionScoped
{
    private BenefitFinding() { }

    public BenefitFinding(Guid benefitId, Guid rulesId, BenefitClaimant claimant, Guid claimantId, string claimantName, string regionCode, decimal amount,
        Guid runId, DateTime nowUtc)
    {
        Id = Ids.New();
        (BenefitId, RulesId, Claimant, ClaimantId, ClaimantName, RegionCode, Amount, RunId, FoundAtUtc) =
            (benefitId, rulesId, claimant, claimantId, claimantName, regionCode, amount, runId, nowUtc);
    }

    public Guid Id { get; private set; }
    public Guid BenefitId { get; private set; }
    public Guid RulesId { get; private set; }
    public BenefitClaimant Claimant { get; private set; }
    public Guid ClaimantId { get; private set; }
    public string ClaimantName { get; private set; } = "";

    /// <summary>Where the claim would be reviewed: its officers see whom the run found.</summary>
    public string RegionCode { get; private set; } = "";
    public decimal Amount { get; private set; }
    public Guid RunId { get; private set; }
    public DateTime FoundAtUtc { get; private set; }
}

/// <summary>One run of policy finds people: full (every claimant) or incremental (those changed since the last run, and everyone for
/// rules new since then), what it judged and found, how long it took.</summary>
public sealed class BenefitRun
{
    private BenefitRun() { }

    public BenefitRun(bool incremental, DateTime? sinceUtc, Guid? startedBy, DateTime nowUtc)
    {
        Id = Ids.New();
        (Incremental, SinceUtc, StartedBy, StartedAtUtc) = (incremental, sinceUtc, startedBy, nowUtc);
    }

    public Guid Id { get; private set; }
    public bool Incremental { get; private set; }
    public DateTime? SinceUtc { get; private set; }

    /// <summary>The officer who pressed the button; null for the schedule.</summary>
    public Guid? StartedBy { get; private set; }
    public DateTime StartedAtUtc { get; private set; }
    public DateTime? FinishedAtUtc { get; private set; }
    public int Benefits { get; private set; }
    public int Talents { get; private set; }
    public int Employers { get; private set; }
    public int Found { get; private set; }

    public void Finish(int benefits, int talents, int employers, int found, DateTime nowUtc) =>
        (Benefits, Talents, Employers, Found, FinishedAtUtc) = (benefits, talents, employers, found, nowUtc);
}
