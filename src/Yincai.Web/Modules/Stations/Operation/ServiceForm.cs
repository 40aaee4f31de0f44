using System.ComponentModel.DataAnnotations;

namespace Yincai.Modules.Stations.Operation;

/// <summary>The form of one service: the talent by the mobile number they registered with, what was done, when, the outcome;
/// a referral names the job by its link or number.</summary>
public sealed class ServiceForm
{
    [Display(Name = "Field_ServiceKind")] public ServiceKind Kind { get; set; } = ServiceKind.Referral;
    [Required(ErrorMessage = "Required"), StringLength(20, ErrorMessage = "MaxLength"), Display(Name = "Field_TalentMobile")] public string Mobile { get; set; } = "";
    [Required(ErrorMessage = "Required"), Display(Name = "Field_ServedOn")] public DateOnly? On { get; set; }
    [StringLength(300, ErrorMessage = "MaxLength"), Display(Name = "Field_Job")] public string? Job { get; set; }
    [Required(ErrorMessage = "Required"), StringLength(ServiceEntry.MaxText, ErrorMessage = "MaxLength"), Display(Name = "Field_Detail")] public string Detail { get; set; } = "";
    [StringLength(ServiceEntry.MaxText, ErrorMessage = "MaxLength"), Display(Name = "Field_Outcome")] public string? Outcome { get; set; }
}
