using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Shared;
using Yincai.Platform;

namespace Yincai.Modules.Regions.Offices;

/// <summary>Create or edit an office. Another officer's region reads as 404; a concurrent edit is refused.</summary>
public sealed class EditModel(YincaiDb db, CurrentUser current, IStringLocalizer<SharedResource> shared,
    IStringLocalizer<RegionsResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();
    public IReadOnlyList<(string Code, string Name)> RegionOptions { get; private set; } = [];

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Required"), StringLength(6, MinimumLength = 6, ErrorMessage = "StringLength"), Display(Name = "Field_Region")]
        public string RegionCode { get; set; } = "";
        [Required(ErrorMessage = "Required"), StringLength(100, ErrorMessage = "MaxLength"), Display(Name = "Field_Name")] public string Name { get; set; } = "";
        [Required(ErrorMessage = "Required"), StringLength(200, ErrorMessage = "MaxLength"), Display(Name = "Field_Address")] public string Address { get; set; } = "";
        [Required(ErrorMessage = "Required"), StringLength(40, ErrorMessage = "MaxLength"), Display(Name = "Field_Phone")] public string Phone { get; set; } = "";
        [Required(ErrorMessage = "Required"), StringLength(100, ErrorMessage = "MaxLength"), Display(Name = "Field_OpeningHours")] public string OpeningHours { get; set; } = "";
        public int Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadRegionsAsync();
        if (Id is null) return Page();
        var office = await db.FindInScopeAsync<Office>(Id.Value, HttpContext.RequestAborted, tracked: false);
        if (office is null) return NotFound();
        Input = new InputModel
        {
            RegionCode = office.RegionCode, Name = office.Name, Address = office.Address,
            Phone = office.Phone, OpeningHours = office.OpeningHours, Version = office.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadRegionsAsync();
        if (!RegionOptions.Any(r => r.Code == Input.RegionCode))
            ModelState.AddModelError("Input.RegionCode", text["Offices_RegionOutside"]);
        if (!ModelState.IsValid) return Page();

        if (Id is null)
        {
            var created = new Office(Input.RegionCode, Input.Name.Trim(), Input.Address.Trim(), Input.Phone.Trim(), Input.OpeningHours.Trim());
            db.Offices.Add(created);
            await db.SaveChangesAsync(HttpContext.RequestAborted);
            TempData["Status"] = shared["Saved"].Value;
            return Redirect("/Regions/Offices");
        }

        var office = await db.FindInScopeAsync<Office>(Id.Value, HttpContext.RequestAborted);
        if (office is null) return NotFound();
        // The version the officer saw must still be the current one.
        db.Entry(office).Property(o => o.Version).OriginalValue = Input.Version;
        office.Update(Input.RegionCode, Input.Name.Trim(), Input.Address.Trim(), Input.Phone.Trim(), Input.OpeningHours.Trim());
        try
        {
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", shared["ConcurrencyConflict"]);
            return Page();
        }
        TempData["Status"] = shared["Saved"].Value;
        return Redirect("/Regions/Offices");
    }

    private async Task LoadRegionsAsync()
    {
        var prefix = current.Scope.Prefix ?? "";
        RegionOptions = (await db.Regions.AsNoTracking().Where(r => r.Code.StartsWith(prefix)).OrderBy(r => r.Code)
            .Select(r => new { r.Code, r.Name }).ToListAsync(HttpContext.RequestAborted)).Select(r => (r.Code, r.Name)).ToList();
    }
}
