using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Shared;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Talents.Review;

/// <summary>
/// An officer corrects a talent of their scope: name, household region (within the scope), contact and regions,
/// declared categories and the employment status (recorded in the history as the officer's). The ID number and the
/// disadvantaged groups are not edited here: they are never shown in clear on this page.
/// </summary>
public sealed class EditModel(YincaiDb db, TalentProfiles profiles, RegionDirectory regions, CurrentUser current,
    IStringLocalizer<SharedResource> shared) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty] public string? NativeProvince { get; set; }
    [BindProperty] public string? CurrentProvince { get; set; }
    public Talent Talent { get; private set; } = null!;
    public IReadOnlyList<RegionSummary> ScopeRegions { get; private set; } = [];
    public IReadOnlyList<RegionPicker> Pickers { get; private set; } = [];

    public sealed class InputModel
    {
        public int Version { get; set; }
        [Required(ErrorMessage = "Required"), StringLength(50, MinimumLength = 2, ErrorMessage = "StringLength"), Display(Name = "Field_FullName")]
        public string FullName { get; set; } = "";
        [Required(ErrorMessage = "Required"), Display(Name = "Field_HouseholdRegion")] public string? HouseholdRegionCode { get; set; }
        [Display(Name = "Field_Mobile")] public string? Mobile { get; set; }
        public string? NativePlaceCode { get; set; }
        public string? CurrentRegionCode { get; set; }
        public List<TalentCategory> Categories { get; set; } = [];
        [Display(Name = "Field_Employment")] public EmploymentStatus Employment { get; set; } = EmploymentStatus.Seeking;
        [StringLength(200, ErrorMessage = "MaxLength"), Display(Name = "Field_EmployerName")] public string? EmployerName { get; set; }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await db.FindInScopeAsync<Talent>(Id, HttpContext.RequestAborted, tracked: false) is not { } talent || talent.IsErased)
            return NotFound();
        Talent = talent;
        Input = new InputModel
        {
            Version = talent.Version, FullName = talent.FullName, HouseholdRegionCode = talent.RegionCode,
            NativePlaceCode = talent.NativePlaceCode, CurrentRegionCode = talent.CurrentRegionCode,
            Categories = Profile.IndexModel.Declarable.Where(c => talent.Categories.HasFlag(c)).ToList(),
            Employment = talent.Employment == EmploymentStatus.Unknown ? EmploymentStatus.Seeking : talent.Employment,
            EmployerName = talent.EmployerName,
        };
        await LoadRegionsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(bool pickProvince, string? autoPick)
    {
        if (await db.FindInScopeAsync<Talent>(Id, HttpContext.RequestAborted) is not { } talent || talent.IsErased) return NotFound();
        Talent = talent;
        if (RegionChoices.IsProvincePick(pickProvince, autoPick))
        {
            ModelState.Clear();
            await LoadRegionsAsync();
            return Page();
        }
        if (ModelState.IsValid)
        {
            db.Entry(talent).Property(t => t.Version).OriginalValue = Input.Version;
            var personal = new PersonalDetails(Input.Mobile, Input.NativePlaceCode, Input.CurrentRegionCode,
                Input.Categories.Aggregate(TalentCategory.None, (all, c) => all | c), null);
            try
            {
                var saved = await profiles.CorrectAsync(talent, Input.FullName, Input.HouseholdRegionCode, personal, Input.Employment,
                    Input.EmployerName, HttpContext.RequestAborted);
                if (!saved.IsError)
                {
                    TempData["Status"] = shared["Saved"].Value;
                    return Redirect("/Talents/Review/Details?id=" + Id);
                }
                ModelState.AddModelError("Input." + (saved.Error!.Field ?? ""), saved.Error.Message);
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError("", shared["ConcurrencyConflict"]);
            }
        }
        await LoadRegionsAsync();
        return Page();
    }

    private async Task LoadRegionsAsync()
    {
        var ct = HttpContext.RequestAborted;
        ScopeRegions = (await regions.WithinAsync(current.Scope, ct)).Where(r => r.Level != RegionLevel.Province).ToList();
        var native = await RegionPicker.LoadAsync(regions, typeof(TalentsResource), "Field_NativePlace", "Field_NativeProvince",
            nameof(NativeProvince), NativeProvince, "Input.NativePlaceCode", Input.NativePlaceCode, ct);
        var living = await RegionPicker.LoadAsync(regions, typeof(TalentsResource), "Field_CurrentRegion", "Field_CurrentProvince",
            nameof(CurrentProvince), CurrentProvince, "Input.CurrentRegionCode", Input.CurrentRegionCode, ct);
        (NativeProvince, CurrentProvince) = (native.Province, living.Province);
        Pickers = [native, living];
    }
}
