using System.ComponentModel.DataAnnotations;
using Yincai.Modules.Stations.Programs;

namespace Yincai.Modules.Stations.Accreditation;

/// <summary>The application form: the station's profile and its answers to the program's conditions.</summary>
public sealed class StationForm
{
    public const int StaffRows = 8;

    [Required(ErrorMessage = "Required"), Display(Name = "Field_Program")] public Guid? ProgramId { get; set; }
    [Required(ErrorMessage = "Required"), StringLength(100, ErrorMessage = "MaxLength"), Display(Name = "Field_StationName")] public string Name { get; set; } = "";
    [Required(ErrorMessage = "Required"), StringLength(200, ErrorMessage = "MaxLength"), Display(Name = "Field_OrganisationName")] public string OrganisationName { get; set; } = "";
    [Display(Name = "Field_OrganisationKind")] public OrganisationKind OrganisationKind { get; set; } = OrganisationKind.Company;
    [Required(ErrorMessage = "Required"), Display(Name = "Field_Type")] public string TypeKey { get; set; } = "";
    [Required(ErrorMessage = "Required"), Display(Name = "Field_Region")] public string? RegionCode { get; set; }
    [Required(ErrorMessage = "Required"), StringLength(200, ErrorMessage = "MaxLength"), Display(Name = "Field_Address")] public string Address { get; set; } = "";
    [Required(ErrorMessage = "Required"), StringLength(50, ErrorMessage = "MaxLength"), Display(Name = "Field_ContactName")] public string ContactName { get; set; } = "";
    [Required(ErrorMessage = "Required"), StringLength(30, ErrorMessage = "MaxLength"), Display(Name = "Field_ContactPhone")] public string ContactPhone { get; set; } = "";
    [Required(ErrorMessage = "Required"), StringLength(2000, ErrorMessage = "MaxLength"), Display(Name = "Field_Introduction")] public string Introduction { get; set; } = "";
    [Display(Name = "Field_Services")] public List<string> Services { get; set; } = [];
    public Dictionary<string, AnswerInput> Answers { get; set; } = [];
    public List<StaffInput> Staff { get; set; } = [];

    public sealed class AnswerInput
    {
        public List<string> Ticked { get; set; } = [];
        [StringLength(4000, ErrorMessage = "MaxLength")] public string? Text { get; set; }
        [Range(0, 100_000_000, ErrorMessage = "Range")] public int? Number { get; set; }
        public string? Industry { get; set; }
    }

    public sealed class StaffInput
    {
        [StringLength(50, ErrorMessage = "MaxLength")] public string? Name { get; set; }
        [StringLength(50, ErrorMessage = "MaxLength")] public string? Role { get; set; }
        public bool FullTime { get; set; }
        public StaffDegree Degree { get; set; } = StaffDegree.Bachelor;
        public bool English { get; set; }

        public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Role);
    }

    public static StationForm From(Station s) => new()
    {
        ProgramId = s.ProgramId, Name = s.Name, OrganisationName = s.OrganisationName, OrganisationKind = s.OrganisationKind, TypeKey = s.TypeKey,
        RegionCode = s.RegionCode, Address = s.Address, ContactName = s.ContactName, ContactPhone = s.ContactPhone, Introduction = s.Introduction,
        Services = [.. s.Services],
        Answers = s.Content.Answers.ToDictionary(a => a.Key, a => new AnswerInput
        {
            Ticked = [.. a.Value.Ticked ?? []], Text = a.Value.Text, Number = a.Value.Number, Industry = a.Value.Industry,
        }),
        Staff = [.. s.Content.Staff.Select(m => new StaffInput { Name = m.Name, Role = m.Role, FullTime = m.FullTime, Degree = m.Degree, English = m.English })],
    };
}
