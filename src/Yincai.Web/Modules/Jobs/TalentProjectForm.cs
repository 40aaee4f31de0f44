using System.ComponentModel.DataAnnotations;
using Yincai.Modules.Jobs.Contracts;

namespace Yincai.Modules.Jobs;

/// <summary>The form of a talent's own project (never status, review or owner).</summary>
public sealed class TalentProjectForm
{
    [Required(ErrorMessage = "Required"), StringLength(100, MinimumLength = 2, ErrorMessage = "StringLength"), Display(Name = "Field_ProjectTitle")]
    public string Title { get; set; } = "";
    [Required(ErrorMessage = "Required"), StringLength(4000, MinimumLength = 10, ErrorMessage = "StringLength"), Display(Name = "Field_ProjectSummary")]
    public string Summary { get; set; } = "";
    [Required(ErrorMessage = "Required"), Display(Name = "Field_Industry")] public string? IndustryCode { get; set; }
    [Required(ErrorMessage = "Required"), Display(Name = "Field_LandingRegion")] public string? RegionCode { get; set; }
    [Display(Name = "Field_Stage")] public ProjectStage Stage { get; set; } = ProjectStage.Idea;
    [Range(0, 1_000_000, ErrorMessage = "Range"), Display(Name = "Field_FundingSought")] public int? FundingSoughtWan { get; set; }
    [Required(ErrorMessage = "Required"), Display(Name = "Field_ValidUntil")] public DateOnly? ValidUntil { get; set; }
}
