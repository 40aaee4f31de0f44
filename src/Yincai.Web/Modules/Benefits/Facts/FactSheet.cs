namespace Yincai.Modules.Benefits.Facts;

/// <summary>
/// One claimant's facts on a date, as rules read them, and which of them the platform proves from its own records (a university's
/// list, a hire, the ID number, internship records, the registration): a condition over proven facts only is verified without an
/// upload (invisible certification, ENT-05). <see cref="Intake"/> names the intake year for a host's internship facts.
/// </summary>
public sealed record FactSheet(BenefitClaimant Kind, Guid ClaimantId, Guid? UserId, string Name, string RegionCode, string? WorkRegionCode,
    IReadOnlyDictionary<string, object?> Values, IReadOnlyDictionary<string, string> Proofs, int? Intake = null)
{
    public bool IsProven(string fact) => Proofs.ContainsKey(fact);

    /// <summary>The region where the claim is reviewed for a benefit of <paramref name="benefitRegion"/>: the claimant's place of work,
    /// else home, when it lies in the benefit's region, else the benefit's region itself.</summary>
    public string ReviewRegion(string benefitRegion)
    {
        var prefix = Platform.RegionScope.PrefixOf(benefitRegion);
        if (WorkRegionCode is { } work && work.StartsWith(prefix, StringComparison.Ordinal)) return work;
        return RegionCode.StartsWith(prefix, StringComparison.Ordinal) ? RegionCode : benefitRegion;
    }

    /// <summary>Whether the benefit's region covers the claimant at all (home or work there): who a run judges against it.</summary>
    public bool Within(string benefitRegion)
    {
        var prefix = Platform.RegionScope.PrefixOf(benefitRegion);
        return RegionCode.StartsWith(prefix, StringComparison.Ordinal) || WorkRegionCode?.StartsWith(prefix, StringComparison.Ordinal) == true;
    }
}

/// <summary>Where a proven fact comes from (the key of its words, Proof_{Source}).</summary>
public static class ProofSource
{
    public const string UniversityList = "UniversityList";
    public const string IdNumber = "IdNumber";
    public const string Hire = "Hire";
    public const string Officer = "Officer";
    public const string RealNameDatabase = "RealNameDatabase";
    public const string Registration = "Registration";
    public const string Internships = "Internships";
    public const string MinimumWage = "MinimumWage";
}
