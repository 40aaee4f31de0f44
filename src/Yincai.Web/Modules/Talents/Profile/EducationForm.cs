using System.ComponentModel.DataAnnotations;
using Yincai.Modules.Talents.Contracts;

namespace Yincai.Modules.Talents.Profile;

/// <summary>One school as typed: a Chinese university picked from the MOE list, or a school abroad with its country.</summary>
public sealed class EducationForm
{
    public bool Abroad { get; set; }
    [StringLength(100, ErrorMessage = "MaxLength"), Display(Name = "Field_School")] public string? SchoolName { get; set; }
    public string? SchoolCode { get; set; }
    [StringLength(50, ErrorMessage = "MaxLength"), Display(Name = "Field_Country")] public string? Country { get; set; }
    [Display(Name = "Field_Degree")] public DegreeLevel Degree { get; set; } = DegreeLevel.Bachelor;
    [StringLength(100, ErrorMessage = "MaxLength"), Display(Name = "Field_Major")] public string? MajorName { get; set; }
    public string? MajorCode { get; set; }
    [Required(ErrorMessage = "Required"), Display(Name = "Field_GraduationDate")] public DateOnly? GraduationDate { get; set; }

    public static EducationForm From(Education e) => new()
    {
        Abroad = e.IsOverseas, SchoolName = e.SchoolName, SchoolCode = e.SchoolCode, Country = e.Country, Degree = e.Degree,
        MajorName = e.MajorName, MajorCode = e.MajorCode, GraduationDate = e.GraduationDate,
    };
}
