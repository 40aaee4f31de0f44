using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Talents.Contracts;

namespace Yincai.Modules.Graduates.Campus;

/// <summary>A university account asks to act for its university; an officer of the university's city confirms it.</summary>
public sealed class JoinModel(CampusOffice office, UniversityCatalog universities, IStringLocalizer<GraduatesResource> text) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    public CampusMember? Latest { get; private set; }
    public string? LatestUniversity { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Required"), StringLength(100, ErrorMessage = "MaxLength"), Display(Name = "Field_University")]
        public string? University { get; set; }
        [Required(ErrorMessage = "Required"), StringLength(50, ErrorMessage = "MaxLength"), Display(Name = "Field_Name")]
        public string? FullName { get; set; }
        [Required(ErrorMessage = "Required"), StringLength(50, ErrorMessage = "MaxLength"), Display(Name = "Field_Position")]
        public string? Position { get; set; }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await office.MineAsync(HttpContext.RequestAborted) is not null) return RedirectToPage("/Graduates/Campus/Index");
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var result = await office.RequestAsync(Input.University, Input.FullName, Input.Position, HttpContext.RequestAborted);
        if (result.IsError)
        {
            ModelState.AddModelError("Input." + (result.Error!.Field ?? ""), result.Error.Message);
            await LoadAsync();
            return Page();
        }
        TempData["Status"] = text["Done_CampusRequested"].Value;
        return RedirectToPage();
    }

    /// <summary>The province's universities, offered as the field is typed (about 150 names).</summary>
    public IEnumerable<string> Universities => universities.All.Where(u => u.ProvinceCode == office.Options.ProvinceCode).Select(u => u.Name);

    private async Task LoadAsync()
    {
        Latest = await office.LatestRequestAsync(HttpContext.RequestAborted);
        if (Latest is not null) LatestUniversity = (await office.CampusNameAsync(Latest.CampusId, HttpContext.RequestAborted));
    }
}
