using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Yincai.Modules.Graduates.Campus;

/// <summary>GRD-06, GRD-07: the university keeps its station (what the contact card prints), its head count of students and its
/// people: station specialists and career advisors, who stop counting the day they leave.</summary>
public sealed class StationModel(CampusOffice office, IStringLocalizer<GraduatesResource> text) : CampusPageModel(office)
{
    [BindProperty] public StationInput Input { get; set; } = new();
    [BindProperty] public StaffInput NewStaff { get; set; } = new();
    public IReadOnlyList<CampusStaffMember> Staff { get; private set; } = [];

    public sealed class StationInput
    {
        public int Version { get; set; }
        [Range(0, 1_000_000, ErrorMessage = "Range"), Display(Name = "Field_StudentCount")] public int? StudentCount { get; set; }
        [StringLength(100, ErrorMessage = "MaxLength"), Display(Name = "Field_StationName")] public string? StationName { get; set; }
        [StringLength(200, ErrorMessage = "MaxLength"), Display(Name = "Field_StationAddress")] public string? StationAddress { get; set; }
        [StringLength(30, ErrorMessage = "MaxLength"), Display(Name = "Field_StationPhone")] public string? StationPhone { get; set; }
        [StringLength(100, ErrorMessage = "MaxLength"), Display(Name = "Field_StationHours")] public string? StationHours { get; set; }
        [StringLength(2000, ErrorMessage = "MaxLength"), Display(Name = "Field_ServiceList")] public string? ServiceList { get; set; }

        public static StationInput Of(Campus campus) => new()
        {
            Version = campus.Version, StudentCount = campus.StudentCount, StationName = campus.StationName, StationAddress = campus.StationAddress,
            StationPhone = campus.StationPhone, StationHours = campus.StationHours, ServiceList = campus.ServiceList,
        };
    }

    public sealed class StaffInput
    {
        [StringLength(50, ErrorMessage = "MaxLength"), Display(Name = "Field_Name")] public string? FullName { get; set; }
        [Display(Name = "Field_StaffRole")] public CampusStaffRole Role { get; set; } = CampusStaffRole.CareerAdvisor;
        [Display(Name = "Field_FullTime")] public bool FullTime { get; set; }
        [StringLength(30, ErrorMessage = "MaxLength"), Display(Name = "Field_StaffPhone")] public string? Phone { get; set; }
        [StringLength(50, ErrorMessage = "MaxLength"), Display(Name = "Field_Certificate")] public string? Certificate { get; set; }
        [Display(Name = "Field_Since")] public DateOnly? Since { get; set; }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadCampusAsync() is { } away) return away;
        Input = StationInput.Of(Campus);
        await LoadStaffAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostStationAsync()
    {
        if (await LoadCampusAsync() is { } away) return away;
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith("NewStaff.", StringComparison.Ordinal)).ToList()) ModelState.Remove(key);
        if (ModelState.IsValid)
        {
            var saved = await Office.UpdateStationAsync(Campus, Input.Version, new CampusStation(Input.StudentCount, Input.StationName, Input.StationAddress,
                Input.StationPhone, Input.StationHours, Input.ServiceList), HttpContext.RequestAborted);
            if (!saved.IsError) return Done(text["Done_StationSaved"]);
            ModelState.AddModelError("Input." + (saved.Error!.Field ?? ""), saved.Error.Message);
        }
        await LoadStaffAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostStaffAsync()
    {
        if (await LoadCampusAsync() is { } away) return away;
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith("Input.", StringComparison.Ordinal)).ToList()) ModelState.Remove(key);
        if (ModelState.IsValid)
        {
            var added = await Office.AddStaffAsync(Campus, NewStaff.FullName, NewStaff.Role, NewStaff.FullTime, NewStaff.Phone, NewStaff.Certificate,
                NewStaff.Since, HttpContext.RequestAborted);
            if (!added.IsError) return Done(text["Done_StaffAdded", added.Value!.FullName]);
            ModelState.AddModelError("NewStaff." + (added.Error!.Field ?? ""), added.Error.Message);
        }
        Input = StationInput.Of(Campus);
        await LoadStaffAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostLeftAsync(Guid staffId)
    {
        if (await LoadCampusAsync() is { } away) return away;
        var left = await Office.StaffLeftAsync(Campus, staffId, HttpContext.RequestAborted);
        return Done(left.IsError ? left.Error!.Message : text["Done_StaffLeft"]);
    }

    private async Task LoadStaffAsync() => Staff = await Office.StaffAsync(Campus.Id, includeLeft: false, HttpContext.RequestAborted);
}
