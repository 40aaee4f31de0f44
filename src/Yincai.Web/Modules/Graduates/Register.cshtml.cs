using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Graduates;

/// <summary>
/// The public phone form of unemployed graduates (the notice's 求职登记小程序, GRD-01): no account needed. The registration goes
/// to the responsible county with a named officer, who must make contact within 5 working days (GRD-03); the page says by when.
/// Registering again is the same record (the intention and search place follow the latest word).
/// </summary>
[AllowAnonymous]
public sealed class RegisterModel(YincaiDb db, RealNameDatabase graduates, RegionDirectory regions, UniversityCatalog universities,
    MajorCatalog majors, IOptions<GraduatesOptions> options, IStringLocalizer<GraduatesResource> text) : PageModel
{
    [BindProperty] public GraduateForm Form { get; set; } = new();
    [BindProperty] public string? HouseholdProvince { get; set; }
    [BindProperty] public bool PickProvince { get; set; }
    [BindProperty] public string? AutoPick { get; set; }

    [BindProperty, Display(Name = "Field_Consent")]
    public bool Consent { get; set; }

    public GraduateFormChoices Choices { get; private set; } = null!;

    /// <summary>After a registration: the county and the date by which someone calls.</summary>
    public string? Confirmation { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (RegionChoices.IsProvincePick(PickProvince, AutoPick))
        {
            ModelState.Clear();
            await LoadAsync();
            return Page();
        }
        // Checked here rather than by Range(typeof(bool), "true", "true"), whose first use races between threads (Platform/Validation).
        if (!Consent) ModelState.AddModelError(nameof(Consent), text["Error_Consent"]);
        var registration = Form.ToRegistration(GraduateSource.Online, graduates.Today, universities, majors, text, ModelState, "Form.");
        if (registration is null || !ModelState.IsValid) { await LoadAsync(); return Page(); }
        var result = await graduates.RegisterAsync(registration, HttpContext.RequestAborted);
        if (result.IsError)
        {
            ModelState.AddModelError("Form." + (result.Error!.Field ?? ""), result.Error.Message);
            await LoadAsync();
            return Page();
        }
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        var graduate = result.Value!;
        var county = (await regions.FullNamesAsync([graduate.RegionCode], HttpContext.RequestAborted)).GetValueOrDefault(graduate.RegionCode) ?? graduate.RegionCode;
        Confirmation = graduate.ContactDueOn is { } due && graduate.ContactedOn is null
            ? text["Register_Done", county, Display.Date(due)]
            : text["Register_DoneKnown", county];
        return Page();
    }

    private async Task LoadAsync()
    {
        Choices = await GraduateFormChoices.LoadAsync(regions, options, HouseholdProvince, "Form.", Form, HttpContext.RequestAborted);
        HouseholdProvince = Choices.Household.Province;
    }
}
