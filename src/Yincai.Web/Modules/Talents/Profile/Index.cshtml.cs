using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Shared;
using Yincai.Platform;

namespace Yincai.Modules.Talents.Profile;

/// <summary>The talent's own record: name, resident ID number (kept encrypted, shown masked), household region.</summary>
public sealed class IndexModel(TalentProfiles profiles, RegionDirectory regions, CurrentUser current,
    Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> shared) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty] public string? Province { get; set; }
    public string? SavedMasked { get; private set; }
    public RegionChoices Choices { get; private set; } = new([], null, []);

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Required"), StringLength(50, MinimumLength = 2, ErrorMessage = "StringLength"), Display(Name = "Field_FullName")]
        public string FullName { get; set; } = "";
        [Display(Name = "Field_IdNumber")] public string? IdNumber { get; set; }
        [Required(ErrorMessage = "Required"), Display(Name = "Field_HouseholdRegion")] public string? HouseholdRegionCode { get; set; }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (current.Id is not { } userId) return Challenge();
        if (await profiles.MineAsync(userId, HttpContext.RequestAborted) is { } mine)
        {
            Input = new InputModel { FullName = mine.FullName, HouseholdRegionCode = mine.RegionCode };
            SavedMasked = mine.IdNumberMasked;
        }
        await LoadRegionsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(bool pickProvince, string? autoPick)
    {
        if (current.Id is not { } userId) return Challenge();
        var mine = await profiles.MineAsync(userId, HttpContext.RequestAborted);
        SavedMasked = mine?.IdNumberMasked;
        if (RegionChoices.IsProvincePick(pickProvince, autoPick))
        {
            ModelState.Clear();
            Input.HouseholdRegionCode = null;
            await LoadRegionsAsync();
            return Page();
        }
        if (!ModelState.IsValid)
        {
            await LoadRegionsAsync();
            return Page();
        }
        // Left empty on an existing record: keep the number already on file (it is never sent back to the browser).
        var idNumber = string.IsNullOrWhiteSpace(Input.IdNumber) && mine is not null ? null : Input.IdNumber;
        var result = idNumber is null
            ? await profiles.SaveKeepingIdAsync(userId, Input.FullName, Input.HouseholdRegionCode, HttpContext.RequestAborted)
            : await profiles.SaveAsync(userId, Input.FullName, idNumber, Input.HouseholdRegionCode, HttpContext.RequestAborted);
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
        Choices = await regions.ChoicesAsync(Province, Input.HouseholdRegionCode, HttpContext.RequestAborted);
        Province = Choices.Province;
    }
}
