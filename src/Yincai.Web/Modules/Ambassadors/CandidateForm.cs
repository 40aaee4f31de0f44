using System.ComponentModel.DataAnnotations;
using Yincai.Modules.Talents.Contracts;

namespace Yincai.Modules.Ambassadors;

/// <summary>The school part of the candidate and re-appointment forms.</summary>
public class SchoolForm
{
    [Display(Name = "Field_School")] public string? SchoolName { get; set; }
    [Display(Name = "Field_Country")] public string? Country { get; set; }
    [Display(Name = "Field_Role")] public AmbassadorRole? Role { get; set; }
    [Display(Name = "Field_Degree")] public DegreeLevel? Degree { get; set; }
    [Display(Name = "Field_IsPhd")] public bool IsPhd { get; set; }
    [Display(Name = "Field_ExpectedLeavingOn")] public DateOnly? ExpectedLeavingOn { get; set; }

    public AmbassadorApplication ToApplication(string? nativePlaceCode, bool willing) =>
        new(nativePlaceCode, SchoolName, Country, Role, Degree, IsPhd, ExpectedLeavingOn, willing);
}

/// <summary>The new-candidate form.</summary>
public sealed class CandidateForm : SchoolForm
{
    [Display(Name = "Field_Name")] public string? FullName { get; set; }
    [Display(Name = "Field_IdNumber")] public string? IdNumber { get; set; }
    [Display(Name = "Field_NativePlace")] public string? NativePlaceCode { get; set; }
    [Display(Name = "Field_City")] public string? CityCode { get; set; }
    [Display(Name = "Field_Willing")] public bool WillingAndSkilled { get; set; }
}
