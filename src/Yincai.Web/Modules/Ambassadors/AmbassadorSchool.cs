using Yincai.Modules.Talents.Contracts;

namespace Yincai.Modules.Ambassadors;

/// <summary>Where and as what an ambassador serves: a school of the MOE list (code) or abroad (name and country), the role,
/// the degree, whether a PhD or PhD student, and when the person expects to leave school.</summary>
public sealed record AmbassadorSchool(string? SchoolCode, string SchoolName, string? SchoolProvinceCode, string? Country,
    AmbassadorRole Role, DegreeLevel Degree, bool IsPhd, DateOnly ExpectedLeavingOn)
{
    public bool IsAbroad => Country is not null;
}
