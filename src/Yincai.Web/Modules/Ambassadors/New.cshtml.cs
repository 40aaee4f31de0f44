using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Ambassadors.Filing;

namespace Yincai.Modules.Ambassadors;

/// <summary>An officer adds one candidate; every problem of the qualification check shows next to its field.</summary>
public sealed class NewModel(AmbassadorRegistry registry, AmbassadorFiling filing) : PageModel
{
    [BindProperty] public CandidateForm Form { get; set; } = new();

    public bool IsProvince => filing.IsProvinceOfficer;

    public void OnGet() => Form.CityCode = filing.OwnCity;

    public async Task<IActionResult> OnPostAsync()
    {
        if (!IsProvince) Form.CityCode = filing.OwnCity;
        var input = new CandidateInput(Form.FullName ?? "", Form.IdNumber ?? "", Form.CityCode ?? "",
            Form.ToApplication(Form.NativePlaceCode, Form.WillingAndSkilled));
        var (_, _, problems) = await registry.CheckAsync(input, HttpContext.RequestAborted);
        foreach (var problem in problems) ModelState.AddModelError("Form." + (problem.Field ?? ""), problem.Message);
        if (!ModelState.IsValid) return Page();
        var added = await registry.AddAsync(input, HttpContext.RequestAborted);
        if (added.IsError)
        {
            ModelState.AddModelError("Form." + (added.Error!.Field ?? ""), added.Error.Message);
            return Page();
        }
        return Redirect("/Ambassadors/Details?id=" + added.Value!.Id);
    }
}
