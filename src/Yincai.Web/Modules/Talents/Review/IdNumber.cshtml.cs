using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Shared;
using Yincai.Platform;

namespace Yincai.Modules.Talents.Review;

/// <summary>
/// An officer corrects the ID number of a talent in their scope, having checked the card: the only way the number
/// changes once saved (one person, one record). The reason goes to the audit trail; the numbers only masked.
/// </summary>
public sealed class IdNumberModel(YincaiDb db, TalentProfiles profiles, CurrentUser current, IStringLocalizer<TalentsResource> text,
    IStringLocalizer<SharedResource> shared) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();
    public Talent Talent { get; private set; } = null!;

    public sealed class InputModel
    {
        public int Version { get; set; }
        [Display(Name = "Field_NewIdNumber")] public string? IdNumber { get; set; }
        [StringLength(200, ErrorMessage = "MaxLength"), Display(Name = "Field_CorrectionReason")] public string? Reason { get; set; }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await db.FindInScopeAsync<Talent>(Id, HttpContext.RequestAborted, tracked: false) is not { } talent || talent.IsErased)
            return NotFound();
        Talent = talent;
        Input.Version = talent.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await db.FindInScopeAsync<Talent>(Id, HttpContext.RequestAborted) is not { } talent || talent.IsErased) return NotFound();
        Talent = talent;
        if (!ModelState.IsValid) return Page();
        db.Entry(talent).Property(t => t.Version).OriginalValue = Input.Version;
        try
        {
            var corrected = await profiles.CorrectIdNumberAsync(talent, Input.IdNumber, Input.Reason, current, HttpContext.RequestAborted);
            if (!corrected.IsError)
            {
                TempData["Status"] = text["Correct_Done"].Value;
                return Redirect("/Talents/Review/Details?id=" + Id);
            }
            ModelState.AddModelError("Input." + corrected.Error!.Field, corrected.Error.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", shared["ConcurrencyConflict"]);
        }
        return Page();
    }
}
