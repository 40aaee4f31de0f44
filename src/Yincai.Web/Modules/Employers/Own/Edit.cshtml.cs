using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Employers.Own;

/// <summary>Registers the employer, or corrects it. The region is picked in two steps: province, then city or county.</summary>
public sealed class EditModel(EmployerRegistration registration, RegionDirectory regions, IndustryCatalog industries,
    CurrentUser current, Microsoft.Extensions.Localization.IStringLocalizer<EmployersResource> text) : PageModel
{
    [BindProperty] public EmployerForm Form { get; set; } = new();
    [BindProperty] public string? Province { get; set; }
    public bool IsNew { get; private set; } = true;
    public RegionChoices Choices { get; private set; } = new([], null, []);
    public IndustryCatalog Industries => industries;

    public async Task<IActionResult> OnGetAsync()
    {
        if (current.Id is not { } userId) return Challenge();
        if (await registration.MineAsync(userId, HttpContext.RequestAborted) is { } mine)
        {
            IsNew = false;
            Form = new EmployerForm
            {
                CreditCode = mine.CreditCode, Name = mine.Name, RegionCode = mine.RegionCode, IndustryCode = mine.IndustryCode,
                Ownership = mine.Ownership, Size = mine.Size, Address = mine.Address, ContactName = mine.ContactName,
                ContactPhone = mine.ContactPhone,
            };
        }
        await LoadRegionsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(bool pickProvince, string? autoPick)
    {
        if (current.Id is not { } userId) return Challenge();
        IsNew = await registration.MineAsync(userId, HttpContext.RequestAborted) is null;
        if (RegionChoices.IsProvincePick(pickProvince, autoPick))
        {
            // Only the province changed: show its cities and counties, keep what was typed, report nothing yet.
            ModelState.Clear();
            Form.RegionCode = null;
            await LoadRegionsAsync();
            return Page();
        }
        if (!ModelState.IsValid)
        {
            await LoadRegionsAsync();
            return Page();
        }
        var saved = await registration.SaveAsync(userId, Form, HttpContext.RequestAborted);
        if (saved.IsError)
        {
            ModelState.AddModelError("Form." + (saved.Error!.Field ?? ""), saved.Error.Message);
            await LoadRegionsAsync();
            return Page();
        }
        TempData["Status"] = text["Own_Saved"].Value;
        return Redirect("/Employers/Own");
    }

    private async Task LoadRegionsAsync()
    {
        Choices = await regions.ChoicesAsync(Province, Form.RegionCode, HttpContext.RequestAborted);
        Province = Choices.Province;
    }
}
