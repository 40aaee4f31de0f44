using System.ComponentModel.DataAnnotations;
using Yincai.Modules.Jobs.Contracts;

namespace Yincai.Modules.Jobs;

/// <summary>The project demand form: what an employer may set (never status, review or employer).</summary>
public sealed class ProjectDemandForm
{
    [Required(ErrorMessage = "Required"), StringLength(100, MinimumLength = 2, ErrorMessage = "StringLength"), Display(Name = "Field_DemandTitle")]
    public string Title { get; set; } = "";
    [Required(ErrorMessage = "Required"), StringLength(4000, MinimumLength = 10, ErrorMessage = "StringLength"), Display(Name = "Field_DemandDescription")]
    public string Description { get; set; } = "";
    [Required(ErrorMessage = "Required"), Display(Name = "Field_Industry")] public string? IndustryCode { get; set; }
    [Required(ErrorMessage = "Required"), Display(Name = "Field_DemandRegion")] public string? RegionCode { get; set; }
    [Display(Name = "Field_Mode")] public CooperationMode Mode { get; set; } = CooperationMode.JointResearch;
    [Range(0, 1_000_000, ErrorMessage = "Range"), Display(Name = "Field_BudgetMin")] public int? BudgetMinWan { get; set; }
    [Range(0, 1_000_000, ErrorMessage = "Range"), Display(Name = "Field_BudgetMax")] public int? BudgetMaxWan { get; set; }
    [Required(ErrorMessage = "Required"), Display(Name = "Field_ValidUntil")] public DateOnly? ValidUntil { get; set; }
}
