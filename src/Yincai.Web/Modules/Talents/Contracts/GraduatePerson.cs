namespace Yincai.Modules.Talents.Contracts;

/// <summary>A graduate as a university's list, the public registration form or an officer gives them: who, and the school
/// they left (GRD-01). <see cref="NormalisedIdNumber"/> and <see cref="NormalisedMobile"/> are validated by the caller.
/// <see cref="Disadvantaged"/> is what the graduate or officer declared (GRD-13), added to what the record holds; kept encrypted.</summary>
public sealed record GraduatePerson(string FullName, string NormalisedIdNumber, string? NormalisedMobile, string HouseholdRegionCode,
    string? SchoolCode, string SchoolName, DegreeLevel Degree, string? MajorCode, string MajorName, DateOnly GraduationDate,
    DisadvantagedGroup Disadvantaged = DisadvantagedGroup.None);

/// <summary>What the graduates' pages show of the person behind a graduate record: masked, never the ID number in clear.</summary>
public sealed record GraduateCard(Guid TalentId, Guid? UserId, string FullName, string IdNumberMasked, string? MobileMasked, string RegionCode,
    string? SchoolName, string? MajorName, DegreeLevel Degree, int? GraduationYear, DateOnly? BirthDate, bool IsErased)
{
    /// <summary>The name as lists show it (张*明, SECURITY.md §2); empty once erased.</summary>
    public string MaskedName => IsErased ? "" : Talent.MaskName(FullName);
}
