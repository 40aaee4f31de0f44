using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;
using Yincai.Platform.Validation;

namespace Yincai.Modules.Graduates;

/// <summary>The graduate's details, as the public phone form and the officer's entry take them (GRD-01).</summary>
public sealed class GraduateForm
{
    [Required(ErrorMessage = "Required"), StringLength(50, MinimumLength = 2, ErrorMessage = "StringLength"), Display(Name = "Field_Name")]
    public string? FullName { get; set; }

    [Required(ErrorMessage = "Required"), Display(Name = "Field_IdNumber")] public string? IdNumber { get; set; }
    [Required(ErrorMessage = "Required"), Display(Name = "Field_Mobile")] public string? Mobile { get; set; }
    [Required(ErrorMessage = "Required"), Display(Name = "Field_Household")] public string? HouseholdRegionCode { get; set; }
    [Display(Name = "Field_SearchPlace")] public string? SearchRegionCode { get; set; }

    [Required(ErrorMessage = "Required"), StringLength(100, ErrorMessage = "MaxLength"), Display(Name = "Field_School")]
    public string? SchoolName { get; set; }

    [Required(ErrorMessage = "Required"), Display(Name = "Field_Degree")] public DegreeLevel? Degree { get; set; }

    [Required(ErrorMessage = "Required"), StringLength(100, ErrorMessage = "MaxLength"), Display(Name = "Field_Major")]
    public string? MajorName { get; set; }

    [Required(ErrorMessage = "Required"), Display(Name = "Field_GraduationDate")] public DateOnly? GraduationDate { get; set; }
    [Required(ErrorMessage = "Required"), Display(Name = "Field_Intention")] public GraduateIntention? Intention { get; set; }

    /// <summary>GRD-13: declared to get one-to-one help; optional, encrypted at rest.</summary>
    [Display(Name = "Field_Disadvantaged")] public List<DisadvantagedGroup> Disadvantaged { get; set; } = [];

    /// <summary>Checks what attributes cannot (ID number, mobile, regions, dates) into <paramref name="modelState"/> under
    /// <paramref name="prefix"/>; the registration when everything holds.</summary>
    public GraduateRegistration? ToRegistration(GraduateSource source, DateOnly today, UniversityCatalog universities, MajorCatalog majors,
        IStringLocalizer text, ModelStateDictionary modelState, string prefix)
    {
        var id = ResidentIdNumber.Validate(IdNumber, text["Field_IdNumber"], today);
        if (id.IsError) modelState.AddModelError(prefix + nameof(IdNumber), id.Error!.Message);
        var mobile = MobileNumber.Validate(Mobile, text["Field_Mobile"]);
        if (mobile.IsError) modelState.AddModelError(prefix + nameof(Mobile), mobile.Error!.Message);
        if (HouseholdRegionCode is not null && !RegionScope.IsRegionCode(HouseholdRegionCode))
            modelState.AddModelError(prefix + nameof(HouseholdRegionCode), text["Error_Region"]);
        if (SearchRegionCode is { Length: > 0 } && !RegionScope.IsRegionCode(SearchRegionCode))
            modelState.AddModelError(prefix + nameof(SearchRegionCode), text["Error_Region"]);
        if (GraduationDate is { } left && (left > today.AddYears(1) || left.Year < today.Year - 10))
            modelState.AddModelError(prefix + nameof(GraduationDate), text["Error_GraduationDate"]);
        if (!modelState.IsValid) return null;
        var school = universities.FindByName(SchoolName);
        var major = majors.FindByName(MajorName);
        var person = new GraduatePerson(FullName!.Trim(), id.Value!, mobile.Value, HouseholdRegionCode!, school?.Code, school?.Name ?? SchoolName!.Trim(),
            Degree!.Value, major?.Code, major?.Name ?? MajorName!.Trim(), GraduationDate!.Value,
            Disadvantaged.Where(g => Enum.IsDefined(g)).Aggregate(DisadvantagedGroup.None, (all, g) => all | g));
        return new GraduateRegistration(person, string.IsNullOrEmpty(SearchRegionCode) ? null : SearchRegionCode, Intention!.Value, source);
    }
}
