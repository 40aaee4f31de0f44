using Yincai.Platform;

namespace Yincai.Modules.Benefits;

public enum BenefitClaimant
{
    Talent = 1,
    Employer = 2,
}

public enum BenefitFrequency
{
    /// <summary>Once per person or employer, ever (the start-up subsidy, GRD-11).</summary>
    Once = 1,
    /// <summary>Once per calendar year.</summary>
    OncePerYear = 2,
    /// <summary>Once per intake of interns (a host's interns who started in a year; the internship subsidy, GRD-09).</summary>
    OncePerIntake = 3,
}

/// <summary>How the amount is paid out.</summary>
public enum BenefitInstalments
{
    /// <summary>All at once.</summary>
    None = 0,
    /// <summary>Half after 6 months of operation, the rest after 12 (the start-up subsidy, GRD-11); or all at once after 12.</summary>
    HalfAtSixMonths = 1,
}

/// <summary>
/// A subsidy one can claim (补贴), as data: which fund of which notice it pays (the Policies catalog's fund, so its paragraph is
/// one click away), where it applies, who claims it and how often. Its conditions and amount are in <see cref="BenefitRules"/>,
/// versioned by effective date: a claim is decided on the rules in force on its date.
/// </summary>
public sealed class Benefit : IRegionScoped
{
    private Benefit() { }

    public Benefit(string fundId, string regionCode, string name, BenefitClaimant claimant, BenefitFrequency frequency, BenefitInstalments instalments,
        Guid createdBy, DateTime nowUtc)
    {
        Id = Ids.New();
        (FundId, RegionCode, Name, Claimant, Frequency, Instalments, CreatedBy, CreatedAtUtc) =
            (fundId, regionCode, name.Trim(), claimant, frequency, instalments, createdBy, nowUtc);
    }

    public Guid Id { get; private set; }

    /// <summary>The fund of the Policies catalog (<c>PolicyFund.Id</c>) that this benefit pays.</summary>
    public string FundId { get; private set; } = "";

    /// <summary>Where it applies (a province or a city); its officers keep it.</summary>
    public string RegionCode { get; private set; } = "";
    public string Name { get; private set; } = "";
    public BenefitClaimant Claimant { get; private set; }
    public BenefitFrequency Frequency { get; private set; }
    public BenefitInstalments Instalments { get; private set; }
    public Guid CreatedBy { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public int Version { get; private set; }
}
