using Yincai.Modules.Talents.Contracts;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Yincai.Modules.Jobs.Contracts;

namespace Yincai.Modules.Jobs;

/// <summary>The job form: what an employer may set (never status, review or employer).</summary>
public class JobForm
{
    [Display(Name = "Field_Type"), JsonConverter(typeof(JsonStringEnumConverter<JobType>))] public JobType Type { get; set; } = JobType.FullTime;
    [Required(ErrorMessage = "Required"), StringLength(100, MinimumLength = 2, ErrorMessage = "StringLength"), Display(Name = "Field_Title")]
    public string Title { get; set; } = "";
    [Required(ErrorMessage = "Required"), StringLength(4000, MinimumLength = 10, ErrorMessage = "StringLength"), Display(Name = "Field_Description")]
    public string Description { get; set; } = "";
    [Required(ErrorMessage = "Required"), Display(Name = "Field_Region")] public string? RegionCode { get; set; }
    [Display(Name = "Field_Occupation")] public string? OccupationCode { get; set; }
    [Range(1, 10000, ErrorMessage = "Range"), Display(Name = "Field_Headcount")] public int Headcount { get; set; } = 1;
    [Display(Name = "Field_MinDegree"), JsonConverter(typeof(JsonStringEnumConverter<DegreeLevel>))] public DegreeLevel MinDegree { get; set; } = DegreeLevel.Bachelor;

    /// <summary>Major names or codes, separated by 、 , ; or spaces.</summary>
    [StringLength(500, ErrorMessage = "MaxLength"), Display(Name = "Field_Majors")] public string? Majors { get; set; }

    [Range(0, 30, ErrorMessage = "Range"), Display(Name = "Field_MinExperience")] public int MinExperienceYears { get; set; }
    [Range(0, 1_000_000, ErrorMessage = "Range"), Display(Name = "Field_SalaryMin")] public int SalaryMinYuan { get; set; }
    [Range(0, 1_000_000, ErrorMessage = "Range"), Display(Name = "Field_SalaryMax")] public int SalaryMaxYuan { get; set; }

    /// <summary>Short tags (五险一金, 双休 …), separated like <see cref="Majors"/>.</summary>
    [StringLength(200, ErrorMessage = "MaxLength"), Display(Name = "Field_Tags")] public string? Tags { get; set; }

    [Required(ErrorMessage = "Required"), Display(Name = "Field_ValidUntil")] public DateOnly? ValidUntil { get; set; }
}
