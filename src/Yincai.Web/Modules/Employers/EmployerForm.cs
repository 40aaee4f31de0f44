using System.ComponentModel.DataAnnotations;
using Yincai.Modules.Employers.Contracts;

namespace Yincai.Modules.Employers;

/// <summary>The registration form: what an employer user may set (never status, review or key-contact).</summary>
public sealed class EmployerForm
{
    [Required(ErrorMessage = "Required"), Display(Name = "Field_CreditCode")] public string CreditCode { get; set; } = "";
    [Required(ErrorMessage = "Required"), StringLength(200, MinimumLength = 2, ErrorMessage = "StringLength"), Display(Name = "Field_Name")]
    public string Name { get; set; } = "";
    [Required(ErrorMessage = "Required"), Display(Name = "Field_Region")] public string? RegionCode { get; set; }
    [Required(ErrorMessage = "Required"), Display(Name = "Field_Industry")] public string? IndustryCode { get; set; }
    [Display(Name = "Field_Ownership")] public OwnershipType Ownership { get; set; } = OwnershipType.Private;
    [Display(Name = "Field_Size")] public EmployerSize Size { get; set; } = EmployerSize.Small;
    [Required(ErrorMessage = "Required"), StringLength(200, ErrorMessage = "MaxLength"), Display(Name = "Field_Address")] public string Address { get; set; } = "";
    [Required(ErrorMessage = "Required"), StringLength(50, ErrorMessage = "MaxLength"), Display(Name = "Field_ContactName")] public string ContactName { get; set; } = "";
    [Required(ErrorMessage = "Required"), RegularExpression(@"^[0-9+\- ]{7,20}$", ErrorMessage = "PhoneFormat"), Display(Name = "Field_ContactPhone")]
    public string ContactPhone { get; set; } = "";
}
