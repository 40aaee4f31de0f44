using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Talents.Profile;

/// <summary>The talent says whether they are looking for work or employed (and where); each change joins the history,
/// next to those a hire or an officer recorded.</summary>
public sealed class EmploymentModel(YincaiDb db, TalentProfiles profiles, CurrentUser current, TimeProvider clock,
    IStringLocalizer<TalentsResource> text) : PageModel
{
    [BindProperty] public InputModel Form { get; set; } = new();
    public IReadOnlyList<EmploymentChange> History { get; private set; } = [];

    public sealed class InputModel
    {
        [Display(Name = "Field_Employment")] public EmploymentStatus Employment { get; set; } = EmploymentStatus.Seeking;
        [StringLength(200, ErrorMessage = "MaxLength"), Display(Name = "Field_EmployerName")] public string? EmployerName { get; set; }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await MineAsync() is not { } talent) return PersonalFirst();
        Form = new InputModel
        {
            Employment = talent.Employment == EmploymentStatus.Unknown ? EmploymentStatus.Seeking : talent.Employment,
            EmployerName = talent.EmployerName,
        };
        await LoadHistoryAsync(talent);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await MineAsync() is not { } talent) return PersonalFirst();
        var employer = profiles.CheckEmployment(Form.Employment, Form.EmployerName);
        if (employer.IsError) ModelState.AddModelError("Form." + employer.Error!.Field, employer.Error.Message);
        if (!ModelState.IsValid)
        {
            await LoadHistoryAsync(talent);
            return Page();
        }
        if (talent.Employment != Form.Employment || talent.EmployerName != employer.Value)
        {
            profiles.RecordEmployment(talent, Form.Employment, employer.Value, EmploymentSource.Talent, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        TempData["Status"] = text["Employment_Saved"].Value;
        return RedirectToPage();
    }

    private async Task LoadHistoryAsync(Talent talent) =>
        History = await db.EmploymentChanges.AsNoTracking().Where(e => e.TalentId == talent.Id).OrderByDescending(e => e.AtUtc)
            .ThenByDescending(e => e.Id).ToListAsync(HttpContext.RequestAborted);

    private async Task<Talent?> MineAsync() =>
        current.Id is { } userId ? await profiles.MineAsync(userId, HttpContext.RequestAborted) : null;

    private RedirectResult PersonalFirst()
    {
        TempData["Status"] = text["Profile_PersonalFirst"].Value;
        return Redirect("/Talents/Profile");
    }
}
