using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Graduates;

/// <summary>An officer enters a graduate found by 摸排 (GRD-01): into the county of the household region, or of the search
/// place for those from elsewhere, within the officer's scope. No contact deadline: the officer is already in touch.</summary>
public sealed class NewModel(YincaiDb db, RealNameDatabase graduates, RegionDirectory regions, UniversityCatalog universities, MajorCatalog majors,
    IOptions<GraduatesOptions> options, IStringLocalizer<GraduatesResource> text) : PageModel
{
    [BindProperty] public GraduateForm Form { get; set; } = new();
    [BindProperty] public string? HouseholdProvince { get; set; }
    [BindProperty] public bool PickProvince { get; set; }
    [BindProperty] public string? AutoPick { get; set; }
    public GraduateFormChoices Choices { get; private set; } = null!;

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (RegionChoices.IsProvincePick(PickProvince, AutoPick))
        {
            ModelState.Clear();
            await LoadAsync();
            return Page();
        }
        var registration = Form.ToRegistration(GraduateSource.Officer, graduates.Today, universities, majors, text, ModelState, "Form.");
        if (registration is null) { await LoadAsync(); return Page(); }
        var result = await graduates.RegisterAsync(registration, HttpContext.RequestAborted);
        if (result.IsError)
        {
            ModelState.AddModelError("Form." + (result.Error!.Field ?? ""), result.Error.Message);
            await LoadAsync();
            return Page();
        }
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        TempData["Status"] = text["Done_Registered"].Value;
        return RedirectToPage("/Graduates/Details", new { id = result.Value!.Id });
    }

    private async Task LoadAsync()
    {
        Choices = await GraduateFormChoices.LoadAsync(regions, options, HouseholdProvince, "Form.", Form, HttpContext.RequestAborted);
        HouseholdProvince = Choices.Household.Province;
    }
}
