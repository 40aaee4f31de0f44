using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Shared;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Talents.Profile;

/// <summary>
/// The talent's own record: name, resident ID number (kept encrypted, shown masked), household region, mobile,
/// native place, current region, the categories one declares, and disadvantaged groups (stored only encrypted).
/// </summary>
public sealed class IndexModel(TalentProfiles profiles, RegionDirectory regions, CurrentUser current,
    IStringLocalizer<SharedResource> shared, AccountDirectory accounts) : PageModel
{
    public static readonly IReadOnlyList<TalentCategory> Declarable =
        [TalentCategory.Student, TalentCategory.UnemployedGraduate, TalentCategory.OverseasReturnee];

    public static readonly IReadOnlyList<DisadvantagedGroup> Groups =
        [DisadvantagedGroup.PoorFamily, DisadvantagedGroup.MinimumLivingAllowance, DisadvantagedGroup.Disabled, DisadvantagedGroup.ZeroEmploymentFamily];

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty] public string? Province { get; set; }
    [BindProperty] public string? NativeProvince { get; set; }
    [BindProperty] public string? CurrentProvince { get; set; }
    public string? SavedMasked { get; private set; }
    public TalentCategory DerivedCategories { get; private set; }
    public IReadOnlyList<RegionPicker> Pickers { get; private set; } = [];

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Required"), StringLength(50, MinimumLength = 2, ErrorMessage = "StringLength"), Display(Name = "Field_FullName")]
        public string FullName { get; set; } = "";
        [Display(Name = "Field_IdNumber")] public string? IdNumber { get; set; }
        [Required(ErrorMessage = "Required"), Display(Name = "Field_HouseholdRegion")] public string? HouseholdRegionCode { get; set; }
        [Display(Name = "Field_Mobile")] public string? Mobile { get; set; }
        public string? NativePlaceCode { get; set; }
        public string? CurrentRegionCode { get; set; }
        public List<TalentCategory> Categories { get; set; } = [];
        public List<DisadvantagedGroup> Disadvantaged { get; set; } = [];
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (current.Id is not { } userId) return Challenge();
        if (await profiles.MineAsync(userId, HttpContext.RequestAborted) is { } mine)
        {
            Input = new InputModel
            {
                FullName = mine.FullName, HouseholdRegionCode = mine.RegionCode, Mobile = profiles.MobileOf(mine),
                NativePlaceCode = mine.NativePlaceCode, CurrentRegionCode = mine.CurrentRegionCode,
                Categories = Declarable.Where(c => mine.Categories.HasFlag(c)).ToList(),
                // The person's own answer, shown back to them only.
                Disadvantaged = profiles.Disadvantaged(mine) is { } groups ? Groups.Where(g => groups.HasFlag(g)).ToList() : [],
            };
            SavedMasked = mine.IdNumberMasked;
            DerivedCategories = mine.Categories & ~Talent.DeclarableCategories;
        }
        else
        {
            Input.Mobile = await accounts.MobileOfAsync(userId, HttpContext.RequestAborted); // talents sign up with their mobile number
        }
        await LoadRegionsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(bool pickProvince, string? autoPick)
    {
        if (current.Id is not { } userId) return Challenge();
        var mine = await profiles.MineAsync(userId, HttpContext.RequestAborted);
        SavedMasked = mine?.IdNumberMasked;
        DerivedCategories = (mine?.Categories ?? TalentCategory.None) & ~Talent.DeclarableCategories;
        if (RegionChoices.IsProvincePick(pickProvince, autoPick))
        {
            // Only a province changed: show its cities and counties, keep what was typed, report nothing yet.
            ModelState.Clear();
            await LoadRegionsAsync();
            return Page();
        }
        if (!ModelState.IsValid)
        {
            await LoadRegionsAsync();
            return Page();
        }
        // Left empty on an existing record: keep the number already on file (it is never sent back to the browser).
        var idNumber = string.IsNullOrWhiteSpace(Input.IdNumber) && mine is not null ? null : Input.IdNumber ?? "";
        var personal = new PersonalDetails(Input.Mobile, Input.NativePlaceCode, Input.CurrentRegionCode,
            Input.Categories.Aggregate(TalentCategory.None, (all, c) => all | c),
            Input.Disadvantaged.Aggregate(DisadvantagedGroup.None, (all, g) => all | g));
        var result = await profiles.SaveAsync(userId, Input.FullName, idNumber, Input.HouseholdRegionCode, personal, HttpContext.RequestAborted);
        if (result.IsError)
        {
            ModelState.AddModelError("Input." + (result.Error!.Field ?? ""), result.Error.Message);
            await LoadRegionsAsync();
            return Page();
        }
        TempData["Status"] = shared["Saved"].Value;
        return RedirectToPage();
    }

    private async Task LoadRegionsAsync()
    {
        var ct = HttpContext.RequestAborted;
        var household = await RegionPicker.LoadAsync(regions, typeof(TalentsResource), "Field_HouseholdRegion", "Field_HouseholdProvince",
            nameof(Province), Province, "Input.HouseholdRegionCode", Input.HouseholdRegionCode, ct);
        var native = await RegionPicker.LoadAsync(regions, typeof(TalentsResource), "Field_NativePlace", "Field_NativeProvince",
            nameof(NativeProvince), NativeProvince, "Input.NativePlaceCode", Input.NativePlaceCode, ct);
        var living = await RegionPicker.LoadAsync(regions, typeof(TalentsResource), "Field_CurrentRegion", "Field_CurrentProvince",
            nameof(CurrentProvince), CurrentProvince, "Input.CurrentRegionCode", Input.CurrentRegionCode, ct);
        (Province, NativeProvince, CurrentProvince) = (household.Province, native.Province, living.Province);
        Pickers = [household, native, living];
    }
}
